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

  it('on 利用者カード, beside the number and in the barcode’s name', async () => {
    await openAsReader('p000', '/mypage/card');
    const { cardNumber } = persona('p000', 'reader');
    expect(await screen.findByRole('img', { name: `登録番号 ${cardNumber} のバーコード（NW-7）` })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: /山田 花子/ });
    expect(within(card).getByText('登録番号')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('利用者番号');
  });

  it('on the top page', async () => {
    openLibrary({ profileId: 'p000' });
    renderApp('/');
    expect(await screen.findByText(/登録番号とパスワードでログインすると/)).toHaveTextContent(
      'みなと市立図書館のマイページです。登録番号とパスワードでログインすると、予約や貸出の状況を確認できます。',
    );
    expect(screen.queryByText(/利用者番号/)).not.toBeInTheDocument();
  });
});

describe('p002 and p004: why a loan cannot be renewed stands in 注意, as their pages say (注意の欄に「延滞」…「予約」…)', () => {
  it.each([
    ['p002', '貸出中一覧'],
    ['p004', '貸出一覧'],
  ] as const)('%s: in %s', async (profileId, list) => {
    await openAsReader(profileId, '/mypage/loans');
    const table = await screen.findByRole('table', { name: new RegExp(`^${list}：`) });
    const { items } = await api.call('getLoans');
    const noteOf = (reason: string) => {
      const loan = items.find((item) => item.actions.renew.reason === reason)!;
      const row = within(table)
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByText(loan.title));
      return row!.querySelector('.col-note');
    };
    expect(noteOf('reserved')).toHaveTextContent('他の利用者が予約しています。');
    expect(noteOf('overdue')).toHaveTextContent('返却期限日が過ぎています。');
  });
});
