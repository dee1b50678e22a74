import { cleanup, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LibraryInfo } from '../../src/api/contract/library';
import { LIBRARY_COPY_KEY } from '../../src/api/queries/library-copy';
import { API_BASE, interceptApiRequests, openLibrary, overrideApi } from './harness';
import { renderApp } from './render-app';

interceptApiRequests();

interface KeptCopy {
  readAt: number;
  library: LibraryInfo;
}

const keptCopy = () => JSON.parse(localStorage.getItem(LIBRARY_COPY_KEY) ?? 'null') as KeptCopy | null;

/** GET /library waits until `answer` is called, then the simulated library answers it as always. */
function holdLibraryAnswer(): { answer: () => void } {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  // A resolver that returns nothing hands the request on to the library's own handler.
  overrideApi(http.get(`${API_BASE}/library`, () => answered));
  return { answer };
}

/** A first visit to the login form of `profileId`'s library, which keeps its answer; then the page is closed. */
async function visitOnce(profileId: 'p000' | 'p003') {
  openLibrary({ profileId });
  renderApp('/login');
  await screen.findByRole('textbox', { name: profileId === 'p000' ? '登録番号' : '利用者番号' });
  await waitFor(() => expect(keptCopy()?.library.id).toBe(profileId));
  cleanup();
}

describe("the library's last answer, kept in the browser", () => {
  it('draws a repeat visit’s login form at once from the last answer while the library is asked again, then shows what it answers', async () => {
    await visitOnce('p003');
    // The library's words changed since: the copy still says the old ones.
    const copy = keptCopy()!;
    copy.library.labels['login.cardNumber'] = { ja: '図書カード番号', en: 'Library card number' };
    localStorage.setItem(LIBRARY_COPY_KEY, JSON.stringify(copy));

    const held = holdLibraryAnswer();
    renderApp('/login');
    // The form a patron can use, before the library has answered.
    expect(await screen.findByRole('textbox', { name: '図書カード番号' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ログイン (認証)' })).toBeEnabled();

    held.answer();
    expect(await screen.findByRole('textbox', { name: '利用者番号' })).toBeInTheDocument();
    expect(screen.queryByText('図書カード番号')).not.toBeInTheDocument();
    await waitFor(() => expect(keptCopy()!.library.labels['login.cardNumber']).toBeUndefined());
  });

  it('shows another library’s words once it answers, never the copy’s (a profile switched since the last visit)', async () => {
    await visitOnce('p003');
    openLibrary({ profileId: 'p000' });
    renderApp('/login');
    // p000's 認証画面 names the card number 登録番号 and the button 認証.
    expect(await screen.findByRole('textbox', { name: '登録番号' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '認証' })).toBeEnabled();
    expect(screen.queryByRole('textbox', { name: '利用者番号' })).not.toBeInTheDocument();
    await waitFor(() => expect(keptCopy()?.library.id).toBe('p000'));
  });

  it('drops a copy the contract does not accept (another build’s) and waits for the library', async () => {
    openLibrary({ profileId: 'p003' });
    localStorage.setItem(LIBRARY_COPY_KEY, JSON.stringify({ readAt: 0, library: { id: 'p003', name: '古い形' } }));
    const held = holdLibraryAnswer();
    renderApp('/login');
    await waitFor(() => expect(localStorage.getItem(LIBRARY_COPY_KEY)).toBeNull());
    expect(screen.queryByRole('textbox', { name: '利用者番号' })).not.toBeInTheDocument();
    held.answer();
    expect(await screen.findByRole('textbox', { name: '利用者番号' })).toBeInTheDocument();
    await waitFor(() => expect(keptCopy()?.library.id).toBe('p003'));
  });
});
