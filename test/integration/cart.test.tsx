import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { TitleRow } from '../../mocks/db/schema';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { useGuestCart } from '../../src/features/cart/guest-cart-store';
import { advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

function open(profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
}

/** Books anyone may reserve (not 禁帯出, a copy left to lend), read from the library's own tables. */
function reservableBooks(count: number): Promise<TitleRow[]> {
  return host.run(async (library) => {
    const { titles, copies } = library.db.tables;
    const lendable = (title: TitleRow) =>
      title.materialType === 'book' && !title.referenceOnly && copies.where('titleId', title.id).some((copy) => copy.status !== 'lost');
    const found = titles.filter(lendable).slice(0, count);
    if (found.length < count) throw new Error('The seed has too few reservable books');
    return found;
  });
}

/** How a title is named in the cart: with its volume, as 海辺の姉妹 上. */
const nameOf = (title: TitleRow) => (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title);

/** Puts ids in this browser's cart, as an earlier visit would have left them. */
function browserCartHolds(titles: TitleRow[], profileId: ProfileId = 'p003') {
  useGuestCart.getState().replace(
    profileId,
    titles.map((title) => title.id),
  );
}

/** Fills a patron's cart on the server through the API, then forgets the session again. */
async function patronCartHolds(profileId: ProfileId, situation: 'reader' | 'holder' | 'quiet', titleIds: string[]) {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
  await api.call('addToCart', { body: { titleIds } });
  await api.call('logout');
  useSessionToken.setState({ token: null, expired: false });
}

/** Cart rows written straight into the library's table, as they stood before the rules that now refuse them applied. */
function cartRowsHold(cardNumber: string, titles: TitleRow[]) {
  return host.run(async (library) =>
    library.transact(() => {
      const patron = library.db.tables.patrons.find((row) => row.cardNumber === cardNumber)!;
      titles.forEach((title, n) =>
        library.db.tables.cartItems.insert({
          id: `${patron.id}:${title.id}`,
          patronId: patron.id,
          titleId: title.id,
          addedAt: '2026-11-24T10:00:00+09:00',
          position: 90 + n,
        }),
      );
    }),
  );
}

const cartNav = () => within(screen.getByRole('navigation', { name: 'メインメニュー' })).getByRole('link', { name: /^予約かご/ });
const cartItems = () => screen.findByRole('list', { name: '予約かごの資料' });
const rowOf = (title: TitleRow) => screen.getByRole('checkbox', { name: nameOf(title) }).closest('li') as HTMLElement;

describe('予約かご before login', () => {
  it('takes a title from its 資料詳細 page, counts it in the menu, and lists it with what it is and whether it is on the shelf', async () => {
    open();
    const [book] = await reservableBooks(1);
    const { user, router } = renderApp(`/titles/${book!.id}`);

    await screen.findByRole('heading', { level: 1, name: nameOf(book!) });
    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    expect(await screen.findByText('1点を予約かごに入れました。')).toBeInTheDocument();
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 1点'));
    expect(cartNav()).toHaveTextContent('予約かご (1)');

    await user.click(screen.getByRole('link', { name: '予約かごを見る' }));
    expect(await screen.findByRole('heading', { level: 1, name: '予約かご' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cart');
    const row = within(await cartItems()).getByRole('listitem');
    expect(within(row).getByRole('link', { name: nameOf(book!) })).toHaveAttribute('href', `/titles/${book!.id}`);
    expect(row).toHaveTextContent(`${book!.author} / ${book!.publisher} / ${book!.year}年`);
    expect(row).toHaveTextContent('図書');
    expect(row).toHaveTextContent(/在架 \d+冊|貸出中/);
    expect(screen.getByText('1点 / 最大10点')).toBeInTheDocument();

    expect(
      screen.getByText('この予約かごは、このブラウザに保存されています。ログインすると、あなたの予約かごに移ります。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ログインして移す' })).toHaveAttribute('href', '/login?next=%2Fcart');
  });

  it('survives a reload: the browser keeps the ids and the library answers the rows again', async () => {
    open();
    const books = await reservableBooks(2);
    browserCartHolds(books);
    const first = renderApp('/cart');
    await cartItems();
    const stored = localStorage.getItem('shiori.cart');
    expect(stored).toContain(books[0]!.id);
    first.queryClient.clear();
    // The old page goes with the reload: left mounted, it drew its list again beside the new page's.
    cleanup();

    // A new page load: memory is empty, localStorage is what the last visit left.
    useGuestCart.setState({ byLibrary: {} });
    localStorage.setItem('shiori.cart', stored!);
    await useGuestCart.persist.rehydrate();
    renderApp('/cart');
    const list = await cartItems();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: nameOf(books[1]!) })).toBeInTheDocument();
  });

  it('selects every item with 全選択, clears them with 選択解除, and removes the ticked ones', async () => {
    open();
    const books = await reservableBooks(3);
    browserCartHolds(books);
    const { user } = renderApp('/cart');
    await cartItems();

    await user.click(screen.getByRole('button', { name: '全選択' }));
    for (const book of books) expect(screen.getByRole('checkbox', { name: nameOf(book) })).toBeChecked();
    expect(screen.getByText('3点を選択中')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '選択解除' }));
    for (const book of books) expect(screen.getByRole('checkbox', { name: nameOf(book) })).not.toBeChecked();
    expect(screen.getByRole('button', { name: '選択した資料を削除' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: nameOf(books[0]!) }));
    await user.click(screen.getByRole('checkbox', { name: nameOf(books[2]!) }));
    await user.click(screen.getByRole('button', { name: '選択した資料を削除' }));

    expect(await screen.findByText('2点を予約かごから削除しました。')).toBeInTheDocument();
    const list = await cartItems();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: nameOf(books[1]!) })).not.toBeChecked();
    expect(screen.getByText('0点を選択中')).toBeInTheDocument();
    expect(screen.getByText('1点 / 最大10点')).toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual([books[1]!.id]);
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 1点'));

    await user.click(screen.getByRole('button', { name: `「${nameOf(books[1]!)}」を削除` }));
    expect(await screen.findByText('予約かごは空です。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '蔵書検索で資料を探す' })).toHaveAttribute('href', '/search');
    expect(cartNav()).toHaveAccessibleName('予約かご');
  });

  it('refuses an eleventh title at a library whose cart holds ten (p003), naming it, and keeps the ten', async () => {
    open();
    const books = await reservableBooks(11);
    browserCartHolds(books.slice(0, 10));
    const { user } = renderApp(`/titles/${books[10]!.id}`);
    await screen.findByRole('heading', { level: 1, name: nameOf(books[10]!) });
    await user.click(screen.getByRole('button', { name: '予約かごへ' }));

    expect(
      await screen.findByText(
        `「${books[10]!.title}」：予約かごがいっぱいです（10点まで）。予約かごから資料を削除してから入れてください。`,
      ),
    ).toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual(books.slice(0, 10).map((book) => book.id));
    expect(cartNav()).toHaveAccessibleName('予約かご 10点');
  });

  it('leaves the browser cart as it was when the library could not be asked, and says to try again', async () => {
    open();
    const books = await reservableBooks(2);
    browserCartHolds(books.slice(0, 1));
    overrideApi(
      http.post(
        `${API_BASE}/guest-cart/items`,
        () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp(`/titles/${books[1]!.id}`);
    await screen.findByRole('heading', { level: 1, name: nameOf(books[1]!) });
    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '図書館のシステムが応答しませんでした。少し待ってからもう一度お試しください。',
    );
    expect(useGuestCart.getState().byLibrary.p003).toEqual([books[0]!.id]);
    expect(cartNav()).toHaveAccessibleName('予約かご 1点');

    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    expect(await screen.findByText('1点を予約かごに入れました。')).toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual(books.map((book) => book.id));
  });

  it('shows a failed load with a retry, and the cart once the library answers', async () => {
    open();
    const books = await reservableBooks(1);
    browserCartHolds(books);
    overrideApi(
      http.post(
        `${API_BASE}/guest-cart`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp('/cart');
    expect(await screen.findByRole('alert')).toHaveTextContent('図書館のシステムでエラーが起きました');
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('the menu’s count and the cart agree', () => {
  it('follows a browser cart another tab changed, so that an addition here keeps what the other tab put in', async () => {
    open();
    const [first, second] = await reservableBooks(2);
    const { user } = renderApp(`/titles/${second!.id}`);
    await screen.findByRole('heading', { level: 1, name: nameOf(second!) });
    // Another tab of the same browser puts a title in the cart: localStorage changes, and the browser says so.
    const stored = localStorage.getItem('shiori.cart');
    const otherTab = JSON.stringify({ state: { byLibrary: { p003: [first!.id] } }, version: 1 });
    localStorage.setItem('shiori.cart', otherTab);
    window.dispatchEvent(new StorageEvent('storage', { key: 'shiori.cart', oldValue: stored, newValue: otherTab }));
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 1点'));

    await user.click(screen.getByRole('button', { name: '予約かごへ' }));
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 2点'));
    await user.click(screen.getByRole('link', { name: '予約かごを見る' }));
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(2);
    expect(useGuestCart.getState().byLibrary.p003).toEqual([first!.id, second!.id]);
  });

  it('counts in the menu only what the library lists in the cart: a title it no longer knows leaves the browser cart', async () => {
    open();
    const [book] = await reservableBooks(1);
    useGuestCart.getState().replace('p003', [book!.id, 'T-withdrawn']);
    renderApp('/cart');
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(1);
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 1点'));
    expect(screen.getByText('1点 / 最大10点')).toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual([book!.id]);
  });
});

describe('logging in with titles in the browser cart', () => {
  it("merges them into the patron's own cart, a title both hold once, and says so", async () => {
    open();
    const [both, onlyHere] = await reservableBooks(2);
    await patronCartHolds('p003', 'quiet', [both!.id]);
    browserCartHolds([both!, onlyHere!]);
    const quiet = persona('p003', 'quiet');
    const { user, router } = renderApp('/cart');
    await cartItems();

    await user.click(screen.getByRole('link', { name: 'ログインして移す' }));
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);

    expect(await screen.findByText('ログイン前に予約かごへ入れた1点を、あなたの予約かごに移しました。')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cart');
    const list = await cartItems();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getAllByRole('checkbox', { name: nameOf(both!) })).toHaveLength(1);
    expect(screen.queryByText(/このブラウザに保存されています/)).not.toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual([]);
    expect(cartNav()).toHaveAccessibleName('予約かご 2点');
  });

  it('names every title that did not fit in a full cart, with the reason, and empties the browser cart only then', async () => {
    open();
    const books = await reservableBooks(11);
    await patronCartHolds(
      'p003',
      'quiet',
      books.slice(0, 9).map((book) => book.id),
    );
    browserCartHolds([books[9]!, books[10]!]);
    const quiet = persona('p003', 'quiet');
    const { user } = renderApp('/login');
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);

    const notice = (
      await screen.findByText('ログイン前に予約かごへ入れた資料のうち1点をあなたの予約かごに移しました。次の1点は移せませんでした。')
    ).closest('.alert') as HTMLElement;
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      `「${books[10]!.title}」：予約かごがいっぱいです（10点まで）。予約かごから資料を削除してから入れてください。`,
    );
    expect(useGuestCart.getState().byLibrary.p003).toEqual([]);
    const cart = await api.call('getCart');
    expect(cart.items.map((item) => item.titleId)).toEqual(books.slice(0, 10).map((book) => book.id));
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 10点'));

    await user.click(within(notice).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByText(/移せませんでした/)).not.toBeInTheDocument();
  });

  it('keeps the browser cart as it was when the library could not take it, and says so', async () => {
    open();
    const books = await reservableBooks(2);
    browserCartHolds(books);
    overrideApi(
      http.post(
        `${API_BASE}/me/cart/items`,
        () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const quiet = persona('p003', 'quiet');
    const { user } = renderApp('/login');
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);

    expect(
      await screen.findByText(/ログイン前に予約かごへ入れた資料を移せませんでした。資料はこのブラウザに残っています。/),
    ).toBeInTheDocument();
    expect(useGuestCart.getState().byLibrary.p003).toEqual(books.map((book) => book.id));
    expect((await api.call('getCart')).items).toEqual([]);
  });
});

describe("a patron's 予約かご", () => {
  it('is the マイページ tab, removes the ticked items on the server, and stays as it was when removing fails', async () => {
    open();
    const books = await reservableBooks(3);
    await patronCartHolds(
      'p003',
      'quiet',
      books.map((book) => book.id),
    );
    const quiet = persona('p003', 'quiet');
    const { user } = renderApp('/login?next=/mypage/cart');
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);
    const tabs = await screen.findByRole('navigation', { name: '利用状況の一覧' });
    expect(within(tabs).getByRole('link', { name: '予約かご' })).toHaveAttribute('aria-current', 'page');
    await cartItems();
    expect(screen.getByText('3点 / 最大10点')).toBeInTheDocument();
    expect(screen.queryByText(/このブラウザに保存されています/)).not.toBeInTheDocument();

    overrideApi(
      http.post(
        `${API_BASE}/me/cart/remove`,
        () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    await user.click(screen.getByRole('checkbox', { name: nameOf(books[0]!) }));
    await user.click(screen.getByRole('button', { name: '選択した資料を削除' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('削除できませんでした。予約かごは元のままです。');
    expect(alert).toHaveTextContent('図書館のシステムが応答しませんでした。');
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: nameOf(books[0]!) })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '選択した資料を削除' }));
    expect(await screen.findByText('1点を予約かごから削除しました。')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await api.call('getCart')).items.map((item) => item.titleId)).toEqual([books[1]!.id, books[2]!.id]);
    await waitFor(() => expect(cartNav()).toHaveAccessibleName('予約かご 2点'));
  });

  it('outlives the session: after 31 idle minutes the patron logs in again and finds the same items', async () => {
    open();
    const books = await reservableBooks(2);
    await patronCartHolds(
      'p003',
      'quiet',
      books.map((book) => book.id),
    );
    const quiet = persona('p003', 'quiet');
    const { user, router } = renderApp('/login?next=/cart');
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(2);

    await advanceClock(31);
    await router.navigate('/mypage/cart');
    expect(await screen.findByText('一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    // The public cart page does not pretend the patron's cart is empty meanwhile.
    await router.navigate('/cart');
    expect(
      await screen.findByText('一定時間操作がなかったため、ログアウトしました。もう一度ログインすると、あなたの予約かごが表示されます。'),
    ).toBeInTheDocument();
    expect(screen.queryByText('予約かごは空です。')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'ログインする' }));
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cart'));
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(2);
    await router.navigate('/mypage/cart');
    await screen.findByRole('heading', { level: 1, name: 'マイページ' });
    expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(2);
    for (const book of books) expect(screen.getByRole('checkbox', { name: nameOf(book) })).toBeInTheDocument();
  });

  it('says in words why this patron cannot reserve an item (p001: their own loan, their own reservation, 禁帯出), and lets them remove it', async () => {
    open('p001');
    const reader = persona('p001', 'reader');
    const holder = persona('p001', 'holder');
    const [borrowed, reserved, reference] = await host.run(async (library) => {
      const { patrons, loans, reservations, titles } = library.db.tables;
      const readerRow = patrons.find((row) => row.cardNumber === reader.cardNumber)!;
      const holderRow = patrons.find((row) => row.cardNumber === holder.cardNumber)!;
      const loan = loans.where('patronId', readerRow.id).find((row) => row.returnedAt === null)!;
      const reservation = reservations.where('patronId', holderRow.id).find((row) => row.state === 'waiting')!;
      const referenceOnly = titles.find((title) => title.referenceOnly)!;
      return [titles.get(loan.titleId)!, titles.get(reservation.titleId)!, referenceOnly];
    });
    // None of these can go in now (p001 refuses one's own loans and reservations as they go in):
    // they went in before the patron borrowed or reserved them, or before the title became 禁帯出.
    await cartRowsHold(reader.cardNumber, [borrowed, reference]);
    await cartRowsHold(holder.cardNumber, [reserved]);

    const { user } = renderApp('/login?next=/cart');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    expect(await screen.findByRole('heading', { level: 1, name: '予約カート' })).toBeInTheDocument();
    await screen.findByRole('list', { name: '予約カートの資料' });
    expect(rowOf(borrowed)).toHaveTextContent('予約できません：あなたが借りている資料です');
    expect(screen.getByRole('checkbox', { name: nameOf(borrowed) })).toHaveAccessibleDescription(
      '予約できません：あなたが借りている資料です',
    );
    expect(rowOf(reference)).toHaveTextContent('予約できません：禁帯出');

    await user.click(screen.getByRole('checkbox', { name: nameOf(borrowed) }));
    expect(screen.getByText('（うち1点は予約できない資料です）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `「${nameOf(borrowed)}」を削除` }));
    expect(await screen.findByText('1点を予約カートから削除しました。')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: nameOf(borrowed) })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'ログアウト' }));
    await screen.findByText('ログアウトしました。');
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { level: 1, name: 'マイページ' });
    await user.click(within(screen.getByRole('navigation', { name: '利用状況の一覧' })).getByRole('link', { name: '予約カート' }));
    await screen.findByRole('list', { name: '予約カートの資料' });
    expect(rowOf(reserved)).toHaveTextContent('予約できません：あなたが予約中の資料です');
  });

  it('refuses a title the patron has on loan as it goes into the cart, with the reason seed 001 gives (p001)', async () => {
    open('p001');
    const reader = persona('p001', 'reader');
    const borrowed = await host.run(async (library) => {
      const { patrons, loans, titles } = library.db.tables;
      const readerRow = patrons.find((row) => row.cardNumber === reader.cardNumber)!;
      return titles.get(loans.where('patronId', readerRow.id).find((row) => row.returnedAt === null)!.titleId)!;
    });
    const { user } = renderApp(`/login?next=${encodeURIComponent(`/titles/${borrowed.id}`)}`);
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    await screen.findByRole('heading', { level: 1, name: nameOf(borrowed) });
    await user.click(screen.getByRole('button', { name: 'カートに入れる' }));
    expect(await screen.findByText(`「${borrowed.title}」はご自身が現在借りている資料のため、予約できません。`)).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'メインメニュー' })).getByRole('link', { name: /^予約カート/ }),
    ).toHaveAccessibleName('予約カート');
    const cart = await host.run(async (library) => library.db.tables.cartItems.filter((item) => item.titleId === borrowed.id));
    expect(cart).toEqual([]);
  });
});
