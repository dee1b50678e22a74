import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { renderApp } from './render-app';

// What the walk of issue 17 found on screen against each library's seed page (../shared/seeds/),
// one test per finding, in the profile concerned.

interceptApiRequests();

/** Opens a page as the library's demo reader (山田 花子, five loans), signed in. */
async function openAsReader(profileId: ProfileId, path: string) {
  openLibrary({ profileId });
  const reader = persona(profileId, 'reader');
  const { token } = await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
  useSessionToken.setState({ token });
  renderApp(path);
}

describe('p000: the card number is 登録番号 wherever it is named (seed 000, 認証画面 ①)', () => {
  it('on 利用状況の照会', async () => {
    await openAsReader('p000', '/mypage/reservations');
    const summary = await screen.findByRole('region', { name: '利用状況' });
    expect(await within(summary).findByText(/^登録番号:/)).toHaveTextContent('登録番号: ****4567');
    expect(summary).not.toHaveTextContent('利用者番号');
  });

  it('in 利用者情報', async () => {
    await openAsReader('p000', '/mypage/account');
    const card = await screen.findByText('登録番号', { selector: 'dt' });
    expect(card.nextElementSibling).toHaveTextContent('****4567');
    expect(screen.queryByText('利用者番号', { selector: 'dt' })).not.toBeInTheDocument();
  });
});
