import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import type { Situation } from '../../mocks/seed/personas';
import { advanceClock, api, firstTitleIn, interceptApiRequests, openLibrary, persona } from './harness';
import { renderApp } from './render-app';

interceptApiRequests();

// The seed's moment: Tuesday 2026-11-24, 10:00 in Tokyo; 勤労感謝の日 was the day before.

/** Logs a demo patron in through the API, as the login form would, and keeps the token for the app. */
async function loggedIn(profileId: ProfileId, situation: Situation) {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

const calendarTable = () => screen.findByRole('table', { name: '2026年11月' });
const cellOf = (table: HTMLElement, date: RegExp) => within(table).getByRole('cell', { name: date });

describe('図書館カレンダー (p004 links it from its help page)', () => {
  it('shows the month as a table of dates, today marked, closed days named, and moves to the next month', async () => {
    openLibrary({ profileId: 'p004' });
    const { user, router } = renderApp('/library/calendar');
    expect(await screen.findByRole('heading', { level: 1, name: '図書館カレンダー' })).toBeInTheDocument();
    const table = await calendarTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((head) => head.textContent),
    ).toEqual(['日', '月', '火', '水', '木', '金', '土']);

    const today = cellOf(table, /2026年11月24日/);
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(today).toHaveTextContent('今日');
    expect(cellOf(table, /2026年11月23日/)).toHaveTextContent('勤労感謝の日休館（祝日）');
    expect(cellOf(table, /2026年11月30日/)).toHaveTextContent('休館（定休日）');
    expect(cellOf(table, /2026年11月25日/)).not.toHaveTextContent('休館');
    const closedList = screen.getByRole('list', { name: 'この月の休館日' });
    expect(within(closedList).getAllByRole('listitem')[0]).toHaveTextContent('2026年11月2日(月) 休館（定休日）');

    await user.click(screen.getByRole('link', { name: '次の月' }));
    const december = await screen.findByRole('table', { name: '2026年12月' });
    expect(new URLSearchParams(router.state.location.search).get('month')).toBe('2026-12');
    expect(cellOf(december, /2026年12月31日/)).toHaveTextContent('休館（年末年始）');
    expect(within(december).queryByRole('cell', { current: 'date' })).toBeNull();
    await user.click(screen.getByRole('link', { name: '前の月' }));
    expect(await calendarTable()).toBeInTheDocument();
  });

  it('says a month the library does not publish cannot be found, with the way to try again', async () => {
    openLibrary({ profileId: 'p004' });
    renderApp('/library/calendar?month=1990-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('見つかりませんでした。');
    expect(screen.getByRole('button', { name: 'もう一度読み込む' })).toBeInTheDocument();
  });

  it('is where the pickup deadlines of 予約確保一覧 (p002: closed days not counted) and the due dates of 貸出状況 lead', async () => {
    openLibrary({ profileId: 'p002' });
    await loggedIn('p002', 'holder');
    const { user, router } = renderApp('/mypage/reservations');
    const ready = await screen.findByRole('region', { name: /予約確保一覧/ });
    await user.click(within(ready).getByRole('link', { name: '図書館カレンダー' }));
    expect(await calendarTable()).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/library/calendar');

    await loggedIn('p002', 'reader');
    await router.navigate('/mypage/loans');
    expect(await screen.findByText('次の返却期限日')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '図書館カレンダー' })).toHaveAttribute('href', '/library/calendar');
  });
});

describe('the top page opens on what the library offers', () => {
  it('shows a visitor today’s opening, the search box, new arrivals and both rankings, 利用案内 and 図書館カレンダー (p004)', async () => {
    openLibrary({ profileId: 'p004' });
    const { user, router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '桶川市図書館へようこそ' })).toBeInTheDocument();
    expect(await screen.findByText(/^本日（2026年11月24日.*）は開館日です。$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ログインする' })).toHaveAttribute('href', '/login');

    for (const [name, href] of [
      ['新着資料', '/new'],
      ['貸出ベスト', '/rankings/loans'],
      ['予約ベスト', '/rankings/reservations'],
    ] as const) {
      const section = screen.getByRole('region', { name });
      await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
      expect(within(section).getByRole('link', { name: `${name}をもっと見る` })).toHaveAttribute('href', href);
    }
    expect(screen.getByRole('link', { name: '利用案内' })).toHaveAttribute('href', '/library/guide');
    expect(screen.getByRole('link', { name: '図書館カレンダー' })).toHaveAttribute('href', '/library/calendar');

    const search = screen.getByRole('search', { name: '蔵書検索' });
    await user.type(within(search).getByLabelText('キーワード'), '図書館');
    await user.click(within(search).getByRole('button', { name: '検索' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('図書館');
  });

  it('says the library is closed today on its weekly closing day, naming why (p001, Monday)', async () => {
    openLibrary({ profileId: 'p001' });
    await advanceClock(6 * 24 * 60);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '大洲市立図書館へようこそ' })).toBeInTheDocument();
    expect(await screen.findByText(/^本日（2026年11月30日.*）は休館日です。$/)).toBeInTheDocument();
    expect(screen.getByText('休館（定休日）')).toBeInTheDocument();
  });

  it('shows a logged-in patron their counts and what is ready to collect, at the top of the page (p000)', async () => {
    openLibrary({ profileId: 'p000' });
    await loggedIn('p000', 'holder');
    renderApp('/');
    const mine = await screen.findByRole('region', { name: 'あなたの利用状況' });
    expect(await within(mine).findByText('佐藤 健一')).toBeInTheDocument();
    const ready = await within(mine).findByRole('region', { name: /予約確保一覧/ });
    expect(within(ready).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(mine).getByRole('link', { name: 'マイページへ' })).toHaveAttribute('href', '/mypage');
    expect(screen.queryByRole('link', { name: 'ログインする' })).toBeNull();
  });
});

describe('利用案内: each library’s limits, periods and notices, from GET /library', () => {
  const guide = async (profileId: ProfileId) => {
    openLibrary({ profileId });
    renderApp('/library/guide');
    expect(await screen.findByRole('heading', { level: 1, name: '利用案内' })).toBeInTheDocument();
    return {
      reservations: await screen.findByRole('region', { name: '予約' }),
      loans: screen.getByRole('region', { name: '貸出' }),
      notices: screen.queryByRole('region', { name: 'ご注意' }),
    };
  };

  it('p004: 10 reservations with ready ones, CD 2 and 紙芝居 2; lends 本・雑誌 10, 紙芝居 2, CD 2 for 2 weeks; kept 2 weeks from securing; a returned item still listed → contact the library', async () => {
    const { reservations, loans, notices } = await guide('p004');
    expect(reservations).toHaveTextContent('予約は10点までです（用意できたものも含みます）。');
    expect(reservations).toHaveTextContent('CDは2点まで予約できます。');
    expect(reservations).toHaveTextContent('紙芝居は2点まで予約できます。');
    expect(reservations).toHaveTextContent('予約カートには20点まで入れられます。');
    expect(reservations).toHaveTextContent('確保された日から2週間以内にお受け取りください。');
    for (const item of ['雑誌の最新号', '視聴覚資料（DVD、LD）', '禁帯出資料（参考資料、辞書、郷土資料など。館内でご覧ください）'])
      expect(within(reservations).getByText(item)).toBeInTheDocument();
    expect(loans).toHaveTextContent('図書・雑誌は10点まで借りられます。');
    expect(loans).toHaveTextContent('紙芝居は2点まで借りられます。');
    expect(loans).toHaveTextContent('CDは2点まで借りられます。');
    expect(loans).toHaveTextContent('貸出期間は2週間です。');
    expect(loans).toHaveTextContent('1回に限り、延長手続きをした日から2週間延長できます（マイページの貸出一覧から）。');
    expect(notices).toHaveTextContent('すでに返却された資料が貸出状況に残っている場合は、ご面倒をおかけしますが図書館にご連絡ください。');
    expect(notices).not.toHaveTextContent('取り置き');
  });

  it('p001: kept a week from the notice; an item on the shelf may be lent before the reservation secures it', async () => {
    const { reservations, notices } = await guide('p001');
    expect(reservations).toHaveTextContent('連絡を受けた日から1週間以内にお受け取りください。');
    expect(notices).toHaveTextContent('貸出可能の資料を予約されても取り置きを確定するものではありません。');
  });

  it('p002: kept 7 days from securing, closed days not counted; the shelf notice', async () => {
    const { reservations, notices } = await guide('p002');
    expect(reservations).toHaveTextContent('確保された日から7日（休館日は数えません）以内にお受け取りください。');
    expect(notices).toHaveTextContent('予約時点で貸出されてない場合であっても、準備前に貸出される場合があります。');
  });

  it('p003: 20 reservations, CD 5, DVD 5; a week counting the day of the notice; the shelf notice', async () => {
    const { reservations, notices } = await guide('p003');
    expect(reservations).toHaveTextContent(
      '予約は20点までです（用意できたものも含みます）。CDは5点まで予約できます。DVDは5点まで予約できます。',
    );
    expect(reservations).toHaveTextContent('連絡を受けた日から1週間（その日を含めて）以内にお受け取りください。');
    expect(notices).toHaveTextContent('資料の状態が利用可能（図書館の棚にある）状態であっても、貸出になってしまう場合もありますので');
  });

  it('p000: renewals at the counter only, and no notice its page does not give', async () => {
    const { loans, notices } = await guide('p000');
    expect(loans).toHaveTextContent('貸出期間の延長は、図書館の窓口でお申し出ください。インターネットや電話ではできません。');
    expect(notices).toBeNull();
  });
});

describe('the limits are said before a refusal, with the way to 利用案内', () => {
  const limits = /^予約は10点までです（用意できたものも含みます）。CDは2点まで予約できます。紙芝居は2点まで予約できます。$/;

  it('on the cart (p004, 予約カート) and on the placing form', async () => {
    const host = openLibrary({ profileId: 'p004' });
    const book = await firstTitleIn(host, (title) => title.materialType === 'book' && !title.referenceOnly);
    await loggedIn('p004', 'quiet');
    await api.call('addToCart', { body: { titleIds: [book.id] } });
    const { user, router } = renderApp('/cart');
    expect(await screen.findByRole('heading', { level: 1, name: '予約カート' })).toBeInTheDocument();
    const cartLine = await screen.findByText(limits);
    expect(within(cartLine).getByRole('link', { name: '利用案内' })).toHaveAttribute('href', '/library/guide');

    await router.navigate(`/reserve?titles=${book.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: '予約内容の入力' })).toBeInTheDocument();
    await user.click(within(await screen.findByText(limits)).getByRole('link', { name: '利用案内' }));
    expect(await screen.findByRole('heading', { level: 1, name: '利用案内' })).toBeInTheDocument();
  });
});
