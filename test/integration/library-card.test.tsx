import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFLINE_COPY_KEY } from '../../src/api/queries/offline-copy-key';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

describe('利用者カード', () => {
  it("shows the library's name, the patron's and the card number as an NW-7 barcode, and the same card with no network once read", async () => {
    openLibrary({ profileId: 'p000' });
    const reader = persona('p000', 'reader');
    const { user } = renderApp('/login?next=%2Fmypage');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    await user.click(await screen.findByRole('link', { name: '利用者カードを表示する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '利用者カード' })).toBeInTheDocument();
    // The card's own line, not the header's (which names the library too once GET /library answers).
    const card = await screen.findByRole('region', { name: /山田 花子/ });
    expect(within(card).getByText('みなと市立図書館')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 2, name: /山田 花子/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `登録番号 ${reader.cardNumber} のバーコード（NW-7）` })).toBeInTheDocument();
    expect(screen.getByText(reader.cardNumber)).toBeInTheDocument();
    // Kept with マイページ's lists once the page is idle.
    await waitFor(() => expect(localStorage.getItem(OFFLINE_COPY_KEY)).toContain(reader.cardNumber));

    // At the counter with no network: a new visit in the same session still shows the card.
    cleanup();
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: true } });
    renderApp('/mypage/card');
    expect(await screen.findByText('オフラインのため、この端末に保存したカードを表示しています。')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `登録番号 ${reader.cardNumber} のバーコード（NW-7）` })).toBeInTheDocument();
  });

  it('says when the card cannot be read and none was kept, with a retry; logging out forgets the kept card', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { user } = renderApp('/login?next=%2Fmypage');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    await screen.findByRole('heading', { level: 1, name: 'マイページ' });
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: true } });
    await user.click(screen.getByRole('link', { name: '利用者カードを表示する' }));
    expect(await screen.findByText('読み込めませんでした。')).toBeInTheDocument();
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: false } });
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByRole('img', { name: `利用者番号 ${reader.cardNumber} のバーコード（NW-7）` })).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(OFFLINE_COPY_KEY)).toContain(reader.cardNumber));
    await user.click(screen.getByRole('button', { name: 'ログアウト' }));
    await screen.findByRole('button', { name: 'ログイン (認証)' });
    expect(localStorage.getItem(OFFLINE_COPY_KEY)).toBeNull();
  });
});
