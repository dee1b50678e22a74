import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { TitleRow } from '../../mocks/db/schema';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import type { ProfileId } from '../../src/api/contract/library';
import { API_BASE, interceptApiRequests, openLibrary, overrideApi, firstTitleIn, seriesVolumes } from './harness';
import { renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

function open(profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
}

/** A book anyone may reserve whose title no other record shares, so that a search for it names one row. */
async function uniqueReservableBook(): Promise<TitleRow> {
  return host.run(async (library) => {
    const { titles, copies } = library.db.tables;
    const all = titles.all();
    const found = all.find(
      (title) =>
        title.materialType === 'book' &&
        !title.referenceOnly &&
        title.seriesId === null &&
        copies.where('titleId', title.id).some((copy) => copy.status !== 'lost') &&
        all.filter((other) => other.title === title.title).length === 1,
    );
    if (!found) throw new Error('The seed has no such book');
    return found;
  });
}

const banner = () => screen.getByRole('banner');
const resultsList = () => screen.getByRole('list', { name: '検索結果' });
const rowTitles = () =>
  within(resultsList())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('蔵書検索 from the header to 予約かご', () => {
  it('finds a title with the header box, opens 資料詳細, puts it in 予約かご and goes back to the results', async () => {
    open();
    const book = await uniqueReservableBook();
    const { user, router } = renderApp('/');

    const header = within(banner()).getByRole('search', { name: '簡易検索' });
    await user.type(within(header).getByLabelText('キーワード'), book.title);
    await user.click(within(header).getByRole('button', { name: '検索' }));

    expect(await screen.findByRole('heading', { level: 1, name: '検索結果一覧' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(book.title);
    const heading = await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
    // Screen readers start again at the results once they are in.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('キーワード', { selector: 'dt' }).nextSibling).toHaveTextContent(book.title);
    // The header box keeps the keyword being searched.
    expect(within(banner()).getByLabelText('キーワード')).toHaveValue(book.title);

    await user.click(within(resultsList()).getByRole('link', { name: book.title }));
    expect(await screen.findByRole('heading', { level: 1, name: book.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/titles/${book.id}`);
    expect(screen.getByText(book.titleReading)).toBeInTheDocument();
    expect(screen.getByText(book.isbn!)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    expect(await screen.findByText('1点を予約かごに入れました。')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '検索結果に戻る' }));
    expect(await screen.findByRole('heading', { level: 1, name: '検索結果一覧' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(book.title);
  });

  it('puts every ticked title of a page in 予約かご at once, and 全選択 ticks only the ones that can be reserved', async () => {
    open();
    const { user } = renderApp('/search?materialTypes=book&ndc=0');
    await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
    // 禁帯出 reference books (NDC 0: dictionaries, encyclopaedias), and titles with no copy to lend,
    // carry the reason instead of a checkbox.
    expect(within(resultsList()).getAllByText('禁帯出').length).toBeGreaterThan(0);
    for (const row of within(resultsList()).getAllByRole('listitem')) {
      const reason = within(row).queryByText(/^(禁帯出|貸出可能な資料なし)$/);
      expect(within(row).queryAllByRole('checkbox')).toHaveLength(reason ? 0 : 1);
    }
    const checkboxes = within(resultsList()).getAllByRole('checkbox');
    expect(checkboxes.length).toBeGreaterThan(2);

    await user.click(checkboxes[0]!);
    await user.click(checkboxes[1]!);
    expect(screen.getByText('2点を選択中')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    expect(await screen.findByText('2点を予約かごに入れました。')).toBeInTheDocument();
    expect(within(resultsList()).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: '全選択' }));
    expect(within(resultsList()).getAllByRole('checkbox', { checked: true })).toHaveLength(checkboxes.length);
    expect(screen.getByText(`${checkboxes.length}点を選択中`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '全選択' }));
    expect(within(resultsList()).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });
});

describe('ticking volumes in 検索結果一覧 (p003)', () => {
  it('puts them in 予約かご in the order the patron ticked them, whatever order the results show', async () => {
    open();
    const volumes = await seriesVolumes(host, 3);
    const nameOf = (title: TitleRow) => `${title.title} ${title.volumeLabel}`;
    const { user } = renderApp(`/search?q=${encodeURIComponent(volumes[0]!.title)}`);
    await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
    const shown = rowTitles();
    // Ticked in the reverse of the order shown: the cart follows the patron, not the page.
    const ticked = [...volumes].sort((a, b) => shown.indexOf(nameOf(b)) - shown.indexOf(nameOf(a)));
    for (const volume of ticked) await user.click(within(resultsList()).getByRole('checkbox', { name: nameOf(volume) }));
    await user.click(screen.getAllByRole('button', { name: '予約かごへ' })[0]!);
    expect(await screen.findByText('3点を予約かごに入れました。')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '予約かごを見る' }));
    const cart = await screen.findByRole('list', { name: '予約かごの資料' });
    const rows = within(cart).getAllByRole('listitem');
    expect(
      ticked.map((volume) =>
        rows.indexOf(
          within(cart)
            .getByRole('checkbox', { name: nameOf(volume) })
            .closest('li')!,
        ),
      ),
    ).toEqual([0, 1, 2]);
  });
});

describe('詳細蔵書検索', () => {
  it('finds only CDs on the shelf, as many as the library holds, and comes back filled in to refine', async () => {
    open();
    const expected = await host.run(async (library) => {
      const { titles, copies } = library.db.tables;
      return titles.filter(
        (title) => title.materialType === 'cd' && copies.where('titleId', title.id).some((copy) => copy.status === 'on-shelf'),
      ).length;
    });
    const { user, router } = renderApp('/search/advanced');

    await user.click(await screen.findByRole('checkbox', { name: 'CD' }));
    await user.click(screen.getByRole('checkbox', { name: '貸出可能な資料のみ' }));
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: '検索' }));

    expect(await screen.findByRole('heading', { level: 2, name: `検索結果 ${expected}件` })).toBeInTheDocument();
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('materialTypes')).toBe('cd');
    expect(params.get('available')).toBe('true');
    for (const row of within(resultsList()).getAllByRole('listitem')) {
      expect(within(row).getByText('CD')).toBeInTheDocument();
      expect(within(row).getByText(/^在架 \d+冊$/)).toBeInTheDocument();
    }
    expect(screen.getByText('貸出可能な資料のみ')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '条件を変えて検索' }));
    expect(await screen.findByRole('heading', { level: 1, name: '詳細蔵書検索' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'CD' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '図書' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: '貸出可能な資料のみ' })).toBeChecked();
  });

  it('narrows by branch with the names the library gives', async () => {
    open();
    const { user, router } = renderApp('/search/advanced');
    await user.selectOptions(await screen.findByRole('combobox', { name: '所蔵館' }), '行徳図書館');
    await user.click(screen.getByRole('checkbox', { name: '紙芝居' }));
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: '検索' }));
    await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
    expect(new URLSearchParams(router.state.location.search).get('branch')).toBe('gyotoku');
    expect(screen.getByText('所蔵館', { selector: 'dt' }).nextSibling).toHaveTextContent('行徳図書館');
  });

  it('asks for a criterion, puts the years in order, and shows the library’s refusal of an ISBN at its field', async () => {
    open();
    const { user, router } = renderApp('/search/advanced');
    await user.click(await within(screen.getByRole('main')).findByRole('button', { name: '検索' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('検索する言葉を入力するか、条件を1つ以上指定してください。');

    const years = screen.getByRole('group', { name: '出版年' });
    await user.type(within(years).getByLabelText('から'), '２０２０');
    await user.type(within(years).getByLabelText('まで'), '2010');
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: '検索' }));
    expect(await screen.findByText('出版年は「から」に前の年、「まで」に後の年を入力してください。')).toBeInTheDocument();
    expect(within(years).getByLabelText('まで')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('検索する言葉を入力するか、条件を1つ以上指定してください。')).not.toBeInTheDocument();

    await user.clear(within(years).getByLabelText('から'));
    await user.clear(within(years).getByLabelText('まで'));
    await user.type(screen.getByLabelText('ISBN'), '978-4-00-000000-1');
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: '検索' }));
    expect(await screen.findByText(/ISBNは10桁または13桁の数字です/)).toBeInTheDocument();
    expect(screen.getByLabelText('ISBN')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByLabelText('ISBN')).toHaveFocus());
    expect(router.state.location.pathname).toBe('/search/advanced');
  });
});

describe('検索結果一覧', () => {
  it('says what to type when the header box is empty, and sends nothing', async () => {
    open();
    const { user, router } = renderApp('/');
    await user.click(within(banner()).getByRole('button', { name: '検索' }));
    expect(await within(banner()).findByRole('alert')).toHaveTextContent('探したい資料の書名や著者名などを入力してください。');
    expect(within(banner()).getByLabelText('キーワード')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the library’s refusal of a keyword with nothing to look for, with the way to correct it', async () => {
    open();
    renderApp('/search?q=%E3%83%BB');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('この条件では検索できませんでした。');
    expect(alert).toHaveTextContent('検索する言葉を入力するか、条件を1つ以上指定してください。');
    expect(within(alert).getByRole('link', { name: '条件を直す' })).toHaveAttribute('href', '/search/advanced?q=%E3%83%BB');
  });

  it('pages and sorts through the address, showing the rows the library answers for it', async () => {
    open();
    const { user, router } = renderApp('/search?materialTypes=book');
    await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
    const firstPage = rowTitles();
    expect(firstPage).toHaveLength(20);
    const pages = screen.getByRole('navigation', { name: 'ページ' });
    expect(within(pages).getByRole('link', { name: '1ページ' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).queryByRole('link', { name: '前へ' })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: '2ページ' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ })).toHaveFocus());
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
    expect(screen.getByText(/件中 21〜40件目/)).toBeInTheDocument();
    const second = await api.call('searchCatalogue', { query: { materialTypes: 'book', page: 2 } });
    expect(rowTitles()).toEqual(second.items.map((item) => (item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title)));
    expect(within(screen.getByRole('navigation', { name: 'ページ' })).getByRole('link', { name: '2ページ' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(screen.getByRole('navigation', { name: 'ページ' })).getByRole('link', { name: '次へ' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('page')).toBe('3'));
    await screen.findByText(/件中 41〜60件目/);

    await user.selectOptions(screen.getByRole('combobox', { name: '並び順' }), 'タイトル順');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('title'));
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    const byTitle = await api.call('searchCatalogue', { query: { materialTypes: 'book', sort: 'title' } });
    await waitFor(() =>
      expect(rowTitles()).toEqual(byTitle.items.map((item) => (item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title))),
    );
    expect(screen.getByRole('combobox', { name: '並び順' })).toHaveValue('title');

    // The back button returns to the page before, sorted as it was.
    await router.navigate(-1);
    await screen.findByText(/件中 41〜60件目/);
    expect(screen.getByRole('combobox', { name: '並び順' })).toHaveValue('relevance');
  });

  it('says when the library did not answer, and tries again at the patron’s word', async () => {
    open();
    let failing = true;
    overrideApi(
      http.get(`${API_BASE}/catalogue/search`, () =>
        failing ? HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'Down for the test' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp('/search?q=%E6%B5%B7');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('読み込めませんでした。');
    expect(alert).toHaveTextContent('図書館のシステムでエラーが起きました。');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what to try when nothing matches', async () => {
    open();
    renderApp('/search?q=zzzzqqqq');
    expect(await screen.findByRole('heading', { level: 2, name: '検索結果 0件' })).toBeInTheDocument();
    expect(screen.getByText('条件に合う資料は見つかりませんでした。')).toBeInTheDocument();
    expect(screen.getByText(/読みをひらがなで入力/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '詳細蔵書検索で条件を変える' })).toHaveAttribute('href', '/search/advanced?q=zzzzqqqq');
    expect(screen.getByRole('link', { name: '新着資料を見る' })).toHaveAttribute('href', '/new');
  });

  it('offers the keyword box, 詳細蔵書検索 and the lists to browse before any search', async () => {
    open();
    const { user, router } = renderApp('/search');
    expect(await screen.findByRole('heading', { level: 1, name: '蔵書検索' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '詳細蔵書検索' })).toHaveAttribute('href', '/search/advanced');
    expect(screen.getByRole('link', { name: '新着資料' })).toHaveAttribute('href', '/new');
    expect(screen.getByRole('link', { name: '貸出ベスト' })).toHaveAttribute('href', '/rankings/loans');
    expect(screen.getByRole('link', { name: '予約ベスト' })).toHaveAttribute('href', '/rankings/reservations');
    const box = screen.getByRole('search', { name: '蔵書検索' });
    await user.type(within(box).getByLabelText('キーワード'), 'ねこ');
    await user.click(within(box).getByRole('button', { name: '検索' }));
    await screen.findByRole('heading', { level: 1, name: '検索結果一覧' });
    expect(router.state.location.search).toBe(`?q=${encodeURIComponent('ねこ')}`);
  });
});

describe('資料詳細', () => {
  it('shows 禁帯出 in place of 予約かごへ, with the holdings and their branches', async () => {
    open();
    const reference = await firstTitleIn(host, (title) => title.referenceOnly && title.materialType === 'book');
    renderApp(`/titles/${reference.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: reference.title })).toBeInTheDocument();
    expect(screen.getByText('禁帯出の資料です。貸出・予約はできません。館内でご利用ください。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '予約かごへ' })).not.toBeInTheDocument();

    const copies = await host.run(async (library) => library.db.tables.copies.where('titleId', reference.id));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(copies.length + 1);
    expect(within(table).getByRole('columnheader', { name: '資料コード' })).toBeInTheDocument();
    expect(within(table).getByText(copies[0]!.id)).toBeInTheDocument();
    expect(within(table).getAllByText(copies[0]!.shelf).length).toBeGreaterThan(0);
    const branch = (await api.call('getLibrary')).branches.find((item) => item.id === copies[0]!.branchId)!;
    expect(within(table).getAllByText(branch.name.ja).length).toBeGreaterThan(0);
  });

  it('gives an electronic text a link that reads it in a new window', async () => {
    open();
    const etext = await firstTitleIn(host, (title) => title.materialType === 'etext');
    renderApp(`/titles/${etext.id}`);
    const link = await screen.findByRole('link', { name: '電子テキストを読む（新しいウィンドウで開きます）' });
    expect(link).toHaveAttribute('href', etext.etextUrl);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('button', { name: '予約かごへ' })).not.toBeInTheDocument();
  });

  it('gives the date a copy on loan is due back', async () => {
    open();
    const [queued] = (await api.call('getRanking', { params: { kind: 'reservations' } })).items;
    const detail = await api.call('getTitle', { params: { titleId: queued!.title.id } });
    const onLoan = detail.holdings.find((holding) => holding.status === 'on-loan')!;
    renderApp(`/titles/${detail.id}`);
    const row = (await screen.findByText(onLoan.copyId)).closest('tr')!;
    const [year, month, day] = onLoan.dueDate!.split('-').map(Number);
    expect(within(row).getByText('貸出中')).toBeInTheDocument();
    expect(row).toHaveTextContent(new RegExp(`返却予定日 ${year}年${month}月${day}日\\(.\\)`));
    expect(screen.getByText(`予約 ${queued!.count}件`)).toBeInTheDocument();
  });

  it('links every volume of the series and moves to another one', async () => {
    open();
    const second = await firstTitleIn(host, (title) => title.volumeNumber === 2 && title.materialType === 'book');
    const first = await firstTitleIn(host, (title) => title.seriesId === second.seriesId && title.volumeNumber === 1);
    const { user, router } = renderApp(`/titles/${first.id}`);
    const series = await screen.findByRole('navigation', { name: `シリーズ「${second.seriesTitle}」の巻` });
    const current = within(series).getByRole('link', { current: 'page' });
    expect(current).toHaveTextContent(`${first.title} ${first.volumeLabel}`);

    await user.click(within(series).getByRole('link', { name: `${second.title} ${second.volumeLabel}` }));
    expect(await screen.findByRole('heading', { level: 1, name: `${second.title} ${second.volumeLabel}` })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/titles/${second.id}`);
    const after = screen.getByRole('navigation', { name: `シリーズ「${second.seriesTitle}」の巻` });
    expect(within(after).getByRole('link', { current: 'page' })).toHaveTextContent(`${second.title} ${second.volumeLabel}`);
  });

  it('says plainly when the library has no such title, with the way back to search', async () => {
    open();
    const { user, router } = renderApp('/titles/T999999');
    expect(await screen.findByRole('heading', { level: 1, name: '資料が見つかりません' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '蔵書検索へ' }));
    expect(await screen.findByRole('heading', { level: 1, name: '蔵書検索' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/search');
  });
});

describe('新着資料 and the rankings', () => {
  it('lists what arrived in the chosen days, and narrows by material type', async () => {
    open();
    const { user, router } = renderApp('/new');
    const arrivals = await api.call('getNewArrivals', { query: { days: 30 } });
    expect(await screen.findByRole('heading', { level: 2, name: `新着資料 ${arrivals.total}件` })).toBeInTheDocument();
    expect(screen.getByText('2026年10月26日(月)以降に図書館に入った資料です（新しい順）。')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '期間' }), '最近7日');
    const week = await api.call('getNewArrivals', { query: { days: 7 } });
    expect(await screen.findByRole('heading', { level: 2, name: `新着資料 ${week.total}件` })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?days=7');

    await user.selectOptions(screen.getByRole('combobox', { name: '資料形態' }), '図書');
    await waitFor(() => expect(router.state.location.search).toBe('?days=7&materialTypes=book'));
    const books = await api.call('getNewArrivals', { query: { days: 7, materialTypes: 'book' } });
    expect(await screen.findByRole('heading', { level: 2, name: `新着資料 ${books.total}件` })).toBeInTheDocument();
  });

  it('shows 貸出ベスト and 予約ベスト as tabs with rank, count and the period', async () => {
    open();
    const { user } = renderApp('/rankings/loans');
    const tabs = await screen.findByRole('navigation', { name: 'ランキングの種類' });
    expect(within(tabs).getByRole('link', { name: '貸出ベスト' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 2, name: '集計期間：2026年8月27日(木)〜2026年11月24日(火)' })).toBeInTheDocument();
    const loans = await api.call('getRanking', { params: { kind: 'loans' } });
    const list = screen.getByRole('list', { name: '貸出ベスト' });
    const firstRow = within(list).getAllByRole('listitem')[0]!;
    expect(firstRow).toHaveTextContent('1位');
    expect(firstRow).toHaveTextContent(`貸出 ${loans.items[0]!.count}回`);

    await user.click(within(tabs).getByRole('link', { name: '予約ベスト' }));
    expect(await screen.findByRole('heading', { level: 1, name: '予約ベスト' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '2026年11月24日(火)現在' })).toBeInTheDocument();
    const reservations = await api.call('getRanking', { params: { kind: 'reservations' } });
    const reservationRow = within(screen.getByRole('list', { name: '予約ベスト' })).getAllByRole('listitem')[0]!;
    expect(reservationRow).toHaveTextContent(`予約 ${reservations.items[0]!.count}件`);
  });
});
