import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFLINE_COPY_KEY } from '../../src/api/queries/offline-copy-key';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

const offline = (on: boolean) => api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: on } });

/** The kept copy as localStorage holds it: which reads, and nothing of the session. */
function keptCopy() {
  const text = localStorage.getItem(OFFLINE_COPY_KEY);
  if (!text) return null;
  const copy = JSON.parse(text) as { owner: string; state: { queries: { queryKey: unknown[] }[] } };
  return { text, keys: copy.state.queries.map((query) => query.queryKey.join('/')).sort() };
}

describe('offline マイページ', () => {
  it('keeps the loans, reservations and summary last read (never the session), and shows them offline, dated, every action disabled with the reason', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { user } = renderApp('/login?next=%2Fmypage%2Floans');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    expect(await screen.findByRole('heading', { level: 2, name: '貸出状況' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '予約状況' }));
    await screen.findByRole('heading', { level: 2, name: /^予約状況/ });
    await waitFor(() => expect(keptCopy()?.keys).toEqual(['me/loans', 'me/reservations', 'me/summary']));
    const token = JSON.parse(localStorage.getItem('shiori.session')!) as { state: { token: string } };
    expect(keptCopy()!.text).not.toContain(token.state.token);
    expect(keptCopy()!.text).not.toContain(reader.password!);

    // A new visit with no network: the rows last read, dated, and nothing to press.
    cleanup();
    await offline(true);
    renderApp('/mypage/loans');
    const banner = await screen.findByText('オフラインです。');
    expect(banner.closest('p')).toHaveAttribute('id', 'offline-reason');
    expect(await screen.findByRole('heading', { level: 2, name: '貸出状況' })).toBeInTheDocument();
    // The session cannot be checked offline, but she is still logged in: the header says so.
    expect(screen.getByRole('button', { name: 'ログアウト' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'ログイン' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/^\d+月\d+日 \d+時\d{2}分 時点の情報です。$/).length).toBeGreaterThanOrEqual(2);
    const renew = screen.getAllByRole('button', { name: /^貸出延長/ });
    expect(renew.length).toBeGreaterThan(0);
    for (const button of renew) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(/オフラインです。/);
    }
    expect(screen.queryByRole('link', { name: /^貸出延長/ })).not.toBeInTheDocument();
    const renewAll = screen.getByRole('button', { name: '一括延長' });
    expect(renewAll).toBeDisabled();
    expect(renewAll).toHaveAccessibleDescription(/オフラインです。/);

    // Back online: read again, and the banner goes.
    await offline(false);
    await user.click(screen.getByRole('button', { name: 'もう一度接続する' }));
    await waitFor(() => expect(screen.queryByText('オフラインです。')).not.toBeInTheDocument());
    expect(screen.queryByText(/時点の情報です。$/)).not.toBeInTheDocument();
    expect((await screen.findAllByRole('link', { name: /^貸出延長/ })).length).toBeGreaterThan(0);
  });

  it('shows the reservations last read offline with 予約取消, 予約内容変更, 保留 and まとめて変更 disabled, described by the banner', async () => {
    openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const { user } = renderApp('/login?next=%2Fmypage%2Freservations');
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { level: 2, name: /^予約状況/ });
    await waitFor(() => expect(keptCopy()?.keys).toContain('me/reservations'));
    cleanup();
    await offline(true);
    renderApp('/mypage/reservations');
    expect(await screen.findByText('オフラインです。')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: /^予約状況/ });
    const table = screen.getAllByRole('table').at(-1)!;
    const actions = within(table).getAllByRole('button', { name: /^(予約取消|予約内容変更|保留)/ });
    expect(actions.length).toBeGreaterThan(2);
    for (const button of [...actions, screen.getByRole('button', { name: 'まとめて変更' })]) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(/オフラインです。/);
    }
    expect(within(table).queryByRole('link', { name: /^(予約取消|予約内容変更)/ })).not.toBeInTheDocument();
    expect(screen.getByText(/^\d+月\d+日 \d+時\d{2}分 時点の情報です。$/)).toBeInTheDocument();
  });

  it('forgets the copy at logout, and another patron never sees it', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const other = persona('p003', 'quiet');
    const { user } = renderApp('/login?next=%2Fmypage%2Floans');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    await screen.findByRole('heading', { level: 2, name: '貸出状況' });
    await waitFor(() => expect(keptCopy()?.keys).toContain('me/loans'));
    await user.click(screen.getByRole('button', { name: 'ログアウト' }));
    await screen.findByRole('button', { name: 'ログイン (認証)' });
    expect(localStorage.getItem(OFFLINE_COPY_KEY)).toBeNull();

    // A copy left under another session (a second tab that kept writing) is not shown to the next patron.
    const left = JSON.stringify({ owner: 'someone-else', state: { mutations: [], queries: [] } });
    cleanup();
    const second = renderApp('/login?next=%2Fmypage%2Floans');
    await logInThroughForm(second.user, other.cardNumber, other.password!);
    await screen.findByRole('heading', { level: 2, name: '貸出状況' });
    localStorage.setItem(OFFLINE_COPY_KEY, left);
    cleanup();
    await offline(true);
    renderApp('/mypage/loans');
    expect(await screen.findByText('オフラインです。')).toBeInTheDocument();
    expect(await screen.findAllByText('読み込めませんでした。')).not.toHaveLength(0);
    expect(screen.queryByText(/時点の情報です。$/)).not.toBeInTheDocument();
    expect(screen.queryByText(reader.name)).not.toBeInTheDocument();
  });
});
