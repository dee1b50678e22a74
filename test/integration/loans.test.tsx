import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../mocks/seed/personas';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import type { ProfileId } from '../../src/api/contract/library';
import type { LoanItem } from '../../src/api/contract/loans';
import { formatDate, formatDateTime, formatShortDate } from '../../src/lib/format-date';
import { advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

function open(profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
}

async function logInAt(path: string, profileId: ProfileId, situation: Situation = 'reader') {
  const patron = persona(profileId, situation);
  const app = renderApp(`/login?next=${encodeURIComponent(path)}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  return app;
}

/** The heading appears first; the screen moves focus to it in an effect right after. */
async function focusedHeading(level: number, name: string) {
  const heading = await screen.findByRole('heading', { level, name });
  await waitFor(() => expect(heading).toHaveFocus());
}

/** The reader's loans straight from the library's tables. */
function loanRowsOf(profileId: ProfileId, situation: Situation = 'reader') {
  const { cardNumber } = persona(profileId, situation);
  return host.run(async (library) => {
    const patron = library.db.tables.patrons.find((row) => row.cardNumber === cardNumber)!;
    return library.db.tables.loans.where('patronId', patron.id).filter((loan) => loan.returnedAt === null);
  });
}

const nameOf = (item: Pick<LoanItem, 'title' | 'volumeLabel'>) => (item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title);
const long = (date: string) => formatDate(date, 'ja');
const short = (date: string) => formatShortDate(date, 'ja');

const table = () => screen.findByRole('table', { name: /^貸出状況：/ });
/** The list under the library's own name for it (p001: 貸出中一覧). */
const listTable = (list: string) => screen.findByRole('table', { name: new RegExp(`^${list}：`) });
/** A row of 貸出状況 by the link of its title (with its volume). */
function rowOf(item: Pick<LoanItem, 'title' | 'volumeLabel'>): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => within(row).queryByRole('link', { name: nameOf(item) }));
  if (rows.length !== 1) throw new Error(`${rows.length} rows for ${nameOf(item)}`);
  return rows[0]!;
}
const shownTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.col-title a')?.textContent);

describe('貸出状況', () => {
  it('lists every loan with 資料コード, 貸出館, 区分, 延滞 in a word, 予約 有, the counts and the next due date', async () => {
    open();
    const { user } = await logInAt('/mypage/loans', 'p003');
    const tabs = await screen.findByRole('navigation', { name: '利用状況の一覧' });
    expect(within(tabs).getByRole('link', { name: '貸出状況' })).toHaveAttribute('aria-current', 'page');
    await table();
    const { items, counts, nextDueDate } = await api.call('getLoans');
    expect(items).toHaveLength(5);

    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['資料コード', 'タイトル', '貸出日', '返却期限日近い順▲', '予約', '注意', '貸出館', '区分', '操作']);

    // The counts, and the nearest due date of a loan not yet overdue, stand first.
    const overview = screen.getByRole('heading', { level: 2, name: '貸出状況' }).parentElement!;
    expect(within(overview).getByText('借りている資料').nextSibling).toHaveTextContent(`${counts.total}冊`);
    expect(within(overview).getByText('うち延滞').nextSibling).toHaveTextContent('1冊');
    expect(within(overview).getByText('次の返却期限日').nextSibling).toHaveTextContent(long(nextDueDate!));
    expect(screen.getByText(/^返却期限日を過ぎた資料があります。/)).toBeInTheDocument();

    for (const item of items) {
      const row = rowOf(item);
      expect(row).toHaveTextContent(item.copyId);
      expect(row).toHaveTextContent(short(item.loanedAt));
      expect(row).toHaveTextContent(short(item.dueDate));
      expect(within(row).getByRole('link', { name: nameOf(item) })).toHaveAttribute('href', `/titles/${item.titleId}`);
    }
    // 延滞 says so in a word (with a sign and the days late), not by colour alone.
    const overdue = items.find((item) => item.overdue)!;
    expect(rowOf(overdue).querySelector('.col-note')).toHaveTextContent(`注意延滞（${overdue.overdueDays}日超過）`);
    expect(overdue.overdueDays).toBe(5);
    expect(rowOf(overdue).querySelector('.col-note svg')).toHaveAttribute('aria-hidden', 'true');
    for (const item of items.filter((candidate) => !candidate.overdue))
      expect(rowOf(item).querySelector('.col-note')).not.toHaveTextContent('延滞');
    // 予約 有 where another patron waits, and nothing elsewhere.
    const reserved = items.find((item) => item.reserved)!;
    expect(rowOf(reserved).querySelector('.col-reserved')).toHaveTextContent('予約有');
    expect(items.filter((item) => item.reserved)).toHaveLength(1);
    // 区分 in words, 貸出館 by its name.
    const cd = items.find((item) => item.materialType === 'cd')!;
    expect(rowOf(cd).querySelector('.col-materialType')).toHaveTextContent('区分CD');
    expect(rowOf(items.find((item) => item.materialType === 'book')!).querySelector('.col-materialType')).toHaveTextContent('区分図書');
    const library = await api.call('getLibrary');
    expect(rowOf(cd).querySelector('.col-branch')).toHaveTextContent(library.branches.find((branch) => branch.id === cd.branchId)!.name.ja);

    // In English, the same list in the portal's words.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('table', { name: /^Loans: / })).toBeInTheDocument();
    expect(rowOf(overdue).querySelector('.col-note')).toHaveTextContent('Overdue');
  });

  it('offers 貸出延長 where the library allows it, and shows it disabled with the reason beside it where it does not', async () => {
    open();
    await logInAt('/mypage/loans', 'p003');
    await table();
    const { items } = await api.call('getLoans');
    const renewable = items.filter((item) => item.actions.renew.allowed);
    expect(renewable).toHaveLength(2);
    for (const item of renewable) {
      expect(within(rowOf(item)).getByRole('link', { name: `貸出延長：${nameOf(item)}` })).toHaveAttribute(
        'href',
        `/mypage/loans/${item.id}/renew`,
      );
    }
    const reasons = {
      overdue: '返却期限日が過ぎています。',
      reserved: '他の利用者が予約しています。',
      'renewal-limit': '貸出延長は1回までです。',
    } as const;
    for (const [reason, words] of Object.entries(reasons)) {
      const item = items.find((candidate) => candidate.actions.renew.reason === reason)!;
      const button = within(rowOf(item)).getByRole('button', { name: `貸出延長：${nameOf(item)}` });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(words);
      expect(rowOf(item)).toHaveTextContent(words);
    }
    // The loan renewed once already says so beside its due date.
    expect(rowOf(items.find((item) => item.renewals === 1)!).querySelector('.col-dueDate')).toHaveTextContent('延長済み');
    expect(screen.getByRole('link', { name: '一括延長' })).toHaveAttribute('href', '/mypage/loans/renew-all');
    expect(screen.getByText('延長できる資料（2冊）を、まとめて延長します。')).toBeInTheDocument();
  });

  it('sorts by 返却期限日 nearest first, and farthest first from the header button', async () => {
    open();
    const { user } = await logInAt('/mypage/loans', 'p003');
    await table();
    const { items } = await api.call('getLoans');
    const byDue = [...items].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)).map(nameOf);
    const header = screen.getByRole('columnheader', { name: /^返却期限日/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(shownTitles()).toEqual(byDue);

    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(within(header).getByRole('button')).toHaveAccessibleName('返却期限日遠い順');
    expect(shownTitles()).toEqual([...byDue].reverse());

    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(shownTitles()).toEqual(byDue);
  });

  it('says so when nothing is on loan, with a way to 蔵書検索', async () => {
    open();
    await logInAt('/mypage/loans', 'p003', 'quiet');
    expect(await screen.findByText('借りている資料はありません。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '蔵書検索で資料を探す' })).toHaveAttribute('href', '/search');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    open();
    overrideApi(
      http.get(`${API_BASE}/me/loans`, () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = await logInAt('/mypage/loans', 'p003');
    expect(await screen.findByRole('alert')).toHaveTextContent('図書館のシステムでエラーが起きました');
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await table()).toBeInTheDocument();
  });

  it("says once, above the list and in the library's words, that the counter renews where it offers no online renewal, with no 貸出延長 or 一括延長 (p000)", async () => {
    open('p000');
    await logInAt('/mypage/loans', 'p000');
    await table();
    // Seed 000: 「最寄りの図書館で延長手続きを行ってください。インターネットや電話では手続きができません。」
    const note =
      '借りている本を引き続き借りたい場合は、最寄りの図書館の窓口で延長手続きを行ってください。インターネットや電話では手続きができません。';
    expect(screen.getAllByText(note)).toHaveLength(1);
    const { items } = await api.call('getLoans');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(within(rowOf(item)).queryByRole('button', { name: /^貸出延長/ })).not.toBeInTheDocument();
      expect(within(rowOf(item)).queryByRole('link', { name: /^貸出延長/ })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('columnheader', { name: '操作' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '一括延長' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '一括延長' })).not.toBeInTheDocument();
  });

  it('says in 注意 why a loan cannot be renewed, as seed 001 shows (『他の利用者が予約しています』『返却期限日が過ぎています』) (p001)', async () => {
    open('p001');
    await logInAt('/mypage/loans', 'p001');
    await listTable('貸出中一覧');
    const { items } = await api.call('getLoans');
    const reserved = items.find((item) => item.actions.renew.reason === 'reserved')!;
    const overdue = items.find((item) => item.actions.renew.reason === 'overdue')!;
    const noteOf = (item: LoanItem) => rowOf(item).querySelector('.col-note')!;
    expect(noteOf(reserved)).toHaveTextContent('他の利用者が予約しています。');
    expect(noteOf(overdue)).toHaveTextContent('返却期限日が過ぎています。');
    // Said once, in 注意, and the disabled 貸出延長 is described by it.
    expect(rowOf(reserved).querySelector('.col-actions')).not.toHaveTextContent('他の利用者が予約しています。');
    const button = within(rowOf(reserved)).getByRole('button', { name: `貸出延長：${nameOf(reserved)}` });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('他の利用者が予約しています。');
  });

  it('says why beside 貸出延長 where the library names no 注意 for it (p003)', async () => {
    open();
    await logInAt('/mypage/loans', 'p003');
    await table();
    const { items } = await api.call('getLoans');
    const reserved = items.find((item) => item.actions.renew.reason === 'reserved')!;
    expect(rowOf(reserved).querySelector('.col-note')).not.toHaveTextContent('他の利用者が予約しています。');
    expect(rowOf(reserved).querySelector('.col-actions')).toHaveTextContent('他の利用者が予約しています。');
  });
});

describe('貸出延長', () => {
  it('renews one loan through the confirmation: the new due date is shown, and the list then shows it with no second renewal', async () => {
    open();
    const { user, router } = await logInAt('/mypage/loans', 'p003');
    await table();
    const loan = (await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!;
    const newDueDate = loan.actions.renew.newDueDate!;
    await user.click(within(rowOf(loan)).getByRole('link', { name: /^貸出延長/ }));

    expect(router.state.location.pathname).toBe(`/mypage/loans/${loan.id}/renew`);
    await focusedHeading(2, '貸出延長確認');
    expect(screen.getByText(nameOf(loan), { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText(loan.copyId, { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('延長後の返却期限日').nextSibling).toHaveTextContent(long(newDueDate));
    expect(screen.getByText('返却期限日', { selector: 'dt' }).nextSibling).toHaveTextContent(long(loan.dueDate));
    expect(screen.getByText(/^延長後の返却期限日は、延長した日から数えて14日後です/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '変更する' }));

    await focusedHeading(2, '貸出延長しました');
    expect(screen.getByText(`新しい返却期限日は ${long(newDueDate)} です。`)).toBeInTheDocument();
    expect((await loanRowsOf('p003')).find((row) => row.id === loan.id)).toMatchObject({ dueDate: newDueDate, renewals: 1 });

    await user.click(screen.getByRole('link', { name: '貸出状況を確認する' }));
    await table();
    await waitFor(() => expect(rowOf(loan).querySelector('.col-dueDate')).toHaveTextContent(short(newDueDate)));
    const button = within(rowOf(loan)).getByRole('button', { name: /^貸出延長/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('貸出延長は1回までです。');
    expect(screen.getByText('延長できる資料（1冊）を、まとめて延長します。')).toBeInTheDocument();
  });

  it('keeps the loan as it was when the renewal fails, and a retry — double-clicked — renews it once under the same request', async () => {
    open();
    const sent: string[] = [];
    let failing = 1;
    overrideApi(
      http.post(`${API_BASE}/me/loans/:loanId/renew`, async ({ request }) => {
        sent.push(((await request.clone().json()) as { requestId: string }).requestId);
        if (failing === 0) return undefined;
        failing -= 1;
        return HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 });
      }),
    );
    const before = (await loanRowsOf('p003')).slice();
    const { user } = await logInAt('/mypage/loans', 'p003');
    await table();
    const loan = (await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!;
    await user.click(within(rowOf(loan)).getByRole('link', { name: /^貸出延長/ }));
    await focusedHeading(2, '貸出延長確認');

    await user.click(screen.getByRole('button', { name: '変更する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('貸出を延長できませんでした。返却期限日は元のままです。');
    expect(alert).toHaveTextContent('図書館のシステムでエラーが起きました');
    expect(alert).toHaveTextContent('もう一度「変更する」を押してください');
    expect(screen.getByRole('heading', { level: 2, name: '貸出延長確認' })).toBeInTheDocument();
    expect(await loanRowsOf('p003')).toEqual(before);

    await user.dblClick(screen.getByRole('button', { name: '変更する' }));
    await focusedHeading(2, '貸出延長しました');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    const after = (await loanRowsOf('p003')).find((row) => row.id === loan.id)!;
    expect(after).toMatchObject({ dueDate: loan.actions.renew.newDueDate, renewals: 1 });
  });

  it('says why when the library refuses the renewal meanwhile (another patron reserved it)', async () => {
    open();
    const { user } = await logInAt('/mypage/loans', 'p003');
    await table();
    const loan = (await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!;
    overrideApi(
      http.post(`${API_BASE}/me/loans/:loanId/renew`, () =>
        HttpResponse.json({ error: { code: 'CONFLICT', message: 'reserved', details: { reason: 'reserved' } } }, { status: 409 }),
      ),
    );
    await user.click(within(rowOf(loan)).getByRole('link', { name: /^貸出延長/ }));
    await focusedHeading(2, '貸出延長確認');
    await user.click(screen.getByRole('button', { name: '変更する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('貸出を延長できませんでした。返却期限日は元のままです。');
    expect(alert).toHaveTextContent('他の利用者が予約しています。');
    expect(alert).not.toHaveTextContent('もう一度');
  });

  it('reached by its address, an overdue loan says why it cannot be renewed and offers only the way back', async () => {
    open();
    const overdue = (await loanRowsOf('p003')).find((row) => row.dueDate < '2026-11-24')!;
    await logInAt(`/mypage/loans/${overdue.id}/renew`, 'p003');
    await focusedHeading(2, '貸出延長確認');
    expect(screen.getByRole('status')).toHaveTextContent('返却期限日が過ぎています。');
    expect(screen.queryByRole('button', { name: '変更する' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '貸出状況を確認する' })).toHaveAttribute('href', '/mypage/loans');
  });

  it("says so for a loan that is not the patron's", async () => {
    open();
    await logInAt('/mypage/loans/L999999/renew', 'p003');
    await screen.findByRole('heading', { level: 2, name: '貸出延長確認' });
    expect(
      screen.getByText('この貸出は見つかりませんでした。すでに返却されたか、アドレスが正しくないかもしれません。'),
    ).toBeInTheDocument();
  });
});

describe('一括延長', () => {
  it('lists what will and will not be renewed, renews, and names per title 延長しました with the new due date or 延長できませんでした with the reason', async () => {
    open();
    const { user, router } = await logInAt('/mypage/loans', 'p003');
    await table();
    const { items } = await api.call('getLoans');
    const renewable = items.filter((item) => item.actions.renew.allowed);
    const kept = items.filter((item) => !item.actions.renew.allowed);
    await user.click(screen.getByRole('link', { name: '一括延長' }));

    expect(router.state.location.pathname).toBe('/mypage/loans/renew-all');
    await focusedHeading(2, '一括延長確認');
    const will = screen.getByRole('region', { name: '延長する資料（2冊）' });
    expect(
      within(will)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(renewable.map((item) => `${nameOf(item)}返却期限日 ${long(item.dueDate)} → ${long(item.actions.renew.newDueDate!)}`));
    const wont = screen.getByRole('region', { name: '延長できない資料（3冊）' });
    expect(within(wont).getAllByRole('listitem')).toHaveLength(3);
    expect(wont).toHaveTextContent(`${nameOf(kept.find((item) => item.overdue)!)}【理由】返却期限日が過ぎています。`);
    await user.click(screen.getByRole('button', { name: '延長する' }));

    await focusedHeading(2, '一括延長の結果');
    const renewed = screen.getByRole('region', { name: '延長しました（2冊）' });
    expect(
      within(renewed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(renewable.map((item) => `${nameOf(item)}新しい返却期限日 ${long(item.actions.renew.newDueDate!)}`));
    const notRenewed = screen.getByRole('region', { name: '延長できませんでした（3冊）' });
    const reasonOf = {
      overdue: '返却期限日が過ぎています。',
      reserved: '他の利用者が予約しています。',
      'renewal-limit': '貸出延長は1回までです。',
    };
    expect(
      within(notRenewed)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
        .sort(),
    ).toEqual(kept.map((item) => `${nameOf(item)}【理由】${reasonOf[item.actions.renew.reason as keyof typeof reasonOf]}`).sort());
    const rows = await loanRowsOf('p003');
    for (const item of renewable)
      expect(rows.find((row) => row.id === item.id)).toMatchObject({ dueDate: item.actions.renew.newDueDate, renewals: 1 });
    for (const item of kept)
      expect(rows.find((row) => row.id === item.id)).toMatchObject({ dueDate: item.dueDate, renewals: item.renewals });

    // Back on the list nothing is left to renew: 一括延長 is disabled and says why.
    await user.click(screen.getByRole('link', { name: '貸出状況を確認する' }));
    await table();
    await waitFor(() => expect(screen.getByRole('button', { name: '一括延長' })).toBeDisabled());
    expect(screen.getByRole('button', { name: '一括延長' })).toHaveAccessibleDescription('いま延長できる資料はありません。');
  });

  it('renews nothing when it fails, and says so', async () => {
    open();
    // Down through the transport's three tries, then up again.
    let failing = 3;
    overrideApi(
      http.post(`${API_BASE}/me/loans/renew-all`, () => {
        if (failing === 0) return undefined;
        failing -= 1;
        return HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 });
      }),
    );
    const before = await loanRowsOf('p003');
    const { user } = await logInAt('/mypage/loans/renew-all', 'p003');
    await focusedHeading(2, '一括延長確認');
    await user.click(screen.getByRole('button', { name: '延長する' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('貸出を延長できませんでした。返却期限日は元のままです。');
    expect(alert).toHaveTextContent('図書館のシステムが応答しませんでした。');
    expect(await loanRowsOf('p003')).toEqual(before);
    await user.click(screen.getByRole('button', { name: '延長する' }));
    await focusedHeading(2, '一括延長の結果');
  });
});

describe('貸出履歴 (My本棚)', () => {
  /** The patron's row, for the moment they opted in. */
  function patronRow(profileId: ProfileId, situation: Situation) {
    const { cardNumber } = persona(profileId, situation);
    return host.run(async (library) => library.db.tables.patrons.find((row) => row.cardNumber === cardNumber)!);
  }
  const historyRows = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);

  it('is off until the patron turns it on, with what it means, reached from マイページ (p004)', async () => {
    open('p004');
    const { user, router } = await logInAt('/mypage', 'p004', 'quiet');
    await user.click(await screen.findByRole('link', { name: 'My本棚' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'マイページ' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mypage/shelves');
    const section = await screen.findByRole('region', { name: '貸出履歴' });
    const toggle = await within(section).findByRole('switch', { name: '貸出履歴を記録する' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription('いまは貸出履歴を記録していません。');
    expect(section).toHaveTextContent('記録をはじめる前に借りた資料は、あとで返却しても記録されません。はじめは記録しない設定です。');
    // Seed 004's own words: the library cannot see the history, and what is recorded.
    expect(section).toHaveTextContent('貸出履歴は図書館側からは閲覧・確認ができませんので、ご自身で管理してください。');
    expect(section).toHaveTextContent('「利用する」を設定登録した以降に借りた資料を記録します。');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists what was borrowed since the opt-in and returned; turning it off asks first and deletes it; turning it on again records only what is borrowed from then (p004)', async () => {
    open('p004');
    const { user, router } = await logInAt('/mypage/shelves', 'p004');
    const recorded = await screen.findByRole('table', { name: /^貸出履歴：返却した資料（新しい順） 3件/ });
    const before = await api.call('getLoanHistory');
    expect(historyRows(recorded)).toEqual(before.items.map((item) => `${nameOf(item)}${short(item.loanedAt)}${short(item.returnedAt)}`));
    expect(before.items.map((item) => item.returnedAt)).toEqual([...before.items.map((item) => item.returnedAt)].sort().reverse());
    const toggle = screen.getByRole('switch', { name: '貸出履歴を記録する' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(
      `${formatDateTime(before.since!, 'ja')}から記録しています。記録をやめると、それまでの貸出履歴はすべて削除され、元に戻せません。`,
    );

    // Turning it off asks first; keeping it changes nothing.
    await user.click(toggle);
    await focusedHeading(3, '貸出履歴の記録をやめますか');
    expect(screen.getByRole('group', { name: '貸出履歴の記録をやめますか' })).toHaveTextContent(
      'これまでに記録した貸出履歴（3件）はすべて削除され、元に戻せません。',
    );
    expect(toggle).toBeChecked();
    await user.click(screen.getByRole('button', { name: '記録を続ける' }));
    expect(toggle).toHaveFocus();
    expect(toggle).toBeChecked();
    expect(screen.queryByRole('group', { name: '貸出履歴の記録をやめますか' })).not.toBeInTheDocument();
    expect((await patronRow('p004', 'reader')).loanHistorySince).toBe(before.since);

    await user.click(toggle);
    await user.click(await screen.findByRole('button', { name: '記録をやめて履歴を削除する' }));
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(await screen.findByText('貸出履歴の記録をやめ、記録していた履歴を削除しました。')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^貸出履歴：/ })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect((await patronRow('p004', 'reader')).loanHistorySince).toBeNull();

    // On again: nothing from before comes back, and it records from this moment.
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(await screen.findByText('貸出履歴の記録をはじめました。これから借りる資料を記録します。')).toBeInTheDocument();
    expect(toggle).toHaveAccessibleDescription(/^2026年11月24日\(火\) 10:00から記録しています。/);
    expect(screen.getByText('まだ貸出履歴はありません。資料を返却すると、ここに表示されます。')).toBeInTheDocument();
    expect((await patronRow('p004', 'reader')).loanHistorySince).toBe('2026-11-24T10:00:00+09:00');

    // Ten minutes later a loan borrowed before the opt-in comes back, and one borrowed after it:
    // only the one borrowed after it is listed (「設定登録した以降に借りた資料を記録します」).
    const [borrowedBefore] = await loanRowsOf('p004');
    await advanceClock(5);
    const [borrowedAfter] = await host.run((library) =>
      library.transact(() => [
        library.db.tables.loans.insert({ ...borrowedBefore!, id: 'L-after-opt-in', loanedAt: '2026-11-24T10:05:00+09:00' }),
      ]),
    );
    await advanceClock(5);
    await host.run((library) =>
      library.transact(() => {
        for (const loan of [borrowedBefore!, borrowedAfter!])
          library.db.tables.loans.update(loan.id, { returnedAt: '2026-11-24T10:10:00+09:00' });
      }),
    );
    await router.navigate('/mypage/loans');
    // p004 calls the list 貸出一覧.
    await screen.findByRole('table', { name: /^貸出一覧：/ });
    await router.navigate('/mypage/shelves');
    const after = await screen.findByRole('table', { name: /^貸出履歴：返却した資料（新しい順） 1件/ });
    const [item] = (await api.call('getLoanHistory')).items;
    expect(item!.loanId).toBe(borrowedAfter!.id);
    expect(historyRows(after)).toEqual([`${nameOf(item!)}${short(item!.loanedAt)}2026/11/24`]);
  });

  it('keeps the setting as it was when the change fails, and says so', async () => {
    open('p004');
    overrideApi(
      http.put(
        `${API_BASE}/me/loan-history`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = await logInAt('/mypage/shelves', 'p004', 'quiet');
    const toggle = await screen.findByRole('switch', { name: '貸出履歴を記録する' });
    await user.click(toggle);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('設定を変更できませんでした。設定は元のままです。');
    expect(toggle).not.toBeChecked();
    expect((await patronRow('p004', 'quiet')).loanHistorySince).toBeNull();
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect((await patronRow('p004', 'quiet')).loanHistorySince).not.toBeNull();
  });

  it('is not offered where the library keeps no loan history (p003)', async () => {
    open();
    const { user } = await logInAt('/mypage', 'p003');
    // p003's own words (seed 003, 5. ②): 利用者情報変更 and 予約連絡方法.
    await user.click(await screen.findByRole('link', { name: '利用者情報変更' }));
    expect(await screen.findByRole('region', { name: '予約連絡方法' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '貸出履歴' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
