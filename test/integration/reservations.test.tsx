import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { TitleRow } from '../../mocks/db/schema';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import type { Situation } from '../../mocks/seed/personas';
import { profiles } from '../../mocks/profiles/profiles';
import { useGuestCart } from '../../src/features/cart/guest-cart-store';
import { advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona, seriesVolumes } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

function open(profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
}

/** Titles of a material type anyone may reserve (not 禁帯出, a copy to lend), from the library's own tables. */
async function reservable(materialType: TitleRow['materialType'], count: number): Promise<TitleRow[]> {
  const found = await host.run(async (library) => {
    const { titles, copies } = library.db.tables;
    return titles.filter(
      (title) =>
        title.materialType === materialType &&
        !title.referenceOnly &&
        title.seriesId === null &&
        copies.where('titleId', title.id).some((copy) => copy.status !== 'lost'),
    );
  });
  if (found.length < count) throw new Error(`The seed has too few reservable ${materialType}`);
  return found.slice(0, count);
}

const nameOf = (title: TitleRow) => (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title);

/** Fills a patron's cart through the API, then forgets the session, so the test logs in through the form. */
async function cartHolds(profileId: ProfileId, situation: Situation, titles: TitleRow[]) {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
  await api.call('addToCart', { body: { titleIds: titles.map((title) => title.id) } });
  await api.call('logout');
  useSessionToken.setState({ token: null, expired: false });
}

async function logInAt(path: string, profileId: ProfileId, situation: Situation) {
  const patron = persona(profileId, situation);
  const app = renderApp(`/login?next=${encodeURIComponent(path)}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  return app;
}

/** The reservations of a patron, straight from the library's tables. */
function reservationRowsOf(profileId: ProfileId, situation: Situation) {
  const { cardNumber } = persona(profileId, situation);
  return host.run(async (library) => {
    const patron = library.db.tables.patrons.find((row) => row.cardNumber === cardNumber)!;
    return library.db.tables.reservations.where('patronId', patron.id);
  });
}

/** The heading appears first; the screen moves focus to it in an effect right after. */
async function focusedHeading(level: number, name: string) {
  const heading = await screen.findByRole('heading', { level, name });
  await waitFor(() => expect(heading).toHaveFocus());
}

const cartItems = () => screen.findByRole('list', { name: '予約かごの資料' });
const table = () => screen.findByRole('table', { name: /^予約状況：/ });
/** A row of 予約状況 by its title link (and, for a series, its 巻名). */
function rowOf(title: string, volume?: string | null): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => within(row).queryByRole('link', { name: title }));
  const found = volume ? rows.filter((row) => within(row).queryByText(volume, { selector: '.col-volume *' })) : rows;
  if (found.length !== 1) throw new Error(`${found.length} rows for ${title} ${volume ?? ''}`);
  return found[0]!;
}

/** p004's quiet patron with two books in the 予約カート, logged in and both ticked. */
async function p004CartTicked() {
  open('p004');
  const books = await reservable('book', 2);
  await cartHolds('p004', 'quiet', books);
  const { user } = await logInAt('/cart', 'p004', 'quiet');
  await screen.findByRole('list', { name: '予約カートの資料' });
  await user.click(screen.getByRole('button', { name: '全選択' }));
  return { user, books };
}

/** The quiet patron of a library whose cart says 予約カート, one book in it: ticked, and 予約する pressed. */
async function reserveOneFromCart(profileId: 'p001' | 'p004') {
  open(profileId);
  const [book] = await reservable('book', 1);
  await cartHolds(profileId, 'quiet', [book!]);
  const { user } = await logInAt('/cart', profileId, 'quiet');
  await screen.findByRole('list', { name: '予約カートの資料' });
  await user.click(screen.getByRole('checkbox', { name: nameOf(book!) }));
  await user.click(screen.getByRole('button', { name: '予約する' }));
  return user;
}

/** In 予約かご: ticks the book, 予約する, then 受取館 行徳図書館, 連絡方法 携帯電話 and 通常予約する. */
async function chooseGyotokuByMobile(user: ReturnType<typeof renderApp>['user'], book: TitleRow) {
  await cartItems();
  await user.click(screen.getByRole('checkbox', { name: nameOf(book) }));
  await user.click(screen.getByRole('button', { name: '予約する' }));
  await user.selectOptions(await screen.findByRole('combobox', { name: '予約受取館/場所' }), 'gyotoku');
  await user.click(screen.getByRole('radio', { name: '携帯電話' }));
  await user.click(screen.getByRole('button', { name: '通常予約する' }));
}

describe('予約する from the 予約かご', () => {
  it('is disabled with the reason until the patron logs in and ticks a title; the login comes back to the cart', async () => {
    open();
    const [book] = await reservable('book', 1);
    useGuestCart.getState().replace('p003', [book!.id]);
    const { user } = renderApp('/cart');
    await cartItems();
    await user.click(screen.getByRole('checkbox', { name: nameOf(book!) }));
    const reserve = screen.getByRole('button', { name: '予約する' });
    expect(reserve).toBeDisabled();
    expect(reserve).toHaveAccessibleDescription('予約するには、ログインしてください。 ログインする');
    expect(screen.getByRole('link', { name: 'ログインする' })).toHaveAttribute('href', '/login?next=%2Fcart');

    await user.click(screen.getByRole('link', { name: 'ログインする' }));
    const quiet = persona('p003', 'quiet');
    await logInThroughForm(user, quiet.cardNumber, quiet.password!);
    await cartItems();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '予約する' })).toHaveAccessibleDescription('予約する資料にチェックを入れてください。'),
    );
    expect(screen.getByRole('button', { name: '予約する' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: nameOf(book!) }));
    expect(screen.getByRole('button', { name: '予約する' })).toBeEnabled();
  });

  it('places the ticked titles: 受取館, 連絡方法, 確認, then the result names what was reserved and what was refused with 【理由】; the refused stays in the cart', async () => {
    open();
    const [book] = await reservable('book', 1);
    const [cd] = await reservable('cd', 1);
    await cartHolds('p003', 'quiet', [book!, cd!]);
    const { user, router } = await logInAt('/mypage/cart', 'p003', 'quiet');
    await cartItems();

    await user.click(screen.getByRole('button', { name: '全選択' }));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '予約内容の入力' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reserve');
    const items = await screen.findByRole('list', { name: '予約する資料' });
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent),
    ).toEqual([nameOf(book!), nameOf(cd!)]);

    // A CD is chosen: the related facilities are marked, and choosing one says what will happen.
    const pickup = screen.getByRole('combobox', { name: '予約受取館/場所' });
    expect(within(pickup).getByRole('option', { name: '大柏公民館図書室（CD・DVD受取不可）' })).toBeInTheDocument();
    expect(within(pickup).getByRole('option', { name: '中央図書館' })).toBeInTheDocument();
    // Nothing chosen yet: the form says what is missing.
    await user.click(screen.getByRole('button', { name: '通常予約する' }));
    expect(await screen.findByText('受取館を選んでください。')).toBeInTheDocument();
    expect(pickup).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(pickup, 'ogashiwa');
    expect(screen.getByText('この館ではCD・DVDを受け取れません。選んだCD・DVDは予約されず、予約かごに残ります。')).toBeInTheDocument();
    // Only the contact methods this patron has registered (高橋 翔: phones, no e-mail).
    const contact = screen.getByRole('group', { name: '連絡方法' });
    expect(
      within(contact)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['電話', '携帯電話']);
    await user.click(within(contact).getByRole('radio', { name: '携帯電話' }));
    await user.click(screen.getByRole('button', { name: '通常予約する' }));

    await focusedHeading(1, '予約内容の確認');
    expect(screen.getByText('大柏公民館図書室', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('携帯電話', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('通常予約', { selector: 'dd' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '予約する' }));

    await focusedHeading(1, '予約結果');
    const placed = screen.getByRole('region', { name: '以下のタイトルについて予約を行いました' });
    expect(
      within(placed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([nameOf(book!)]);
    expect(placed).toHaveTextContent('いまは「予約申込」の状態です。約5分で図書館のシステムに承認されます。');
    const refused = screen.getByRole('region', { name: '以下のタイトルは予約を行うことができません' });
    expect(within(refused).getByRole('listitem')).toHaveTextContent(`${nameOf(cd!)}【理由】指定の館では受け取れません。`);
    expect(refused).toHaveTextContent('予約できなかった資料は、予約かごに残っています。');
    expect(screen.getByRole('link', { name: '予約状況を確認する' })).toHaveAttribute('href', '/mypage/reservations');

    await user.click(screen.getByRole('link', { name: '予約かごに戻る' }));
    expect(router.state.location.pathname).toBe('/mypage/cart');
    await waitFor(async () => expect(within(await cartItems()).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('checkbox', { name: nameOf(cd!) })).toBeInTheDocument();
    const rows = await reservationRowsOf('p003', 'quiet');
    expect(rows.map((row) => [row.titleId, row.state, row.pickupBranchId, row.contactMethod])).toEqual([
      [book!.id, 'requested', 'ogashiwa', 'mobile'],
    ]);
  });

  it('names 予約可能点数を越えています for the title past the limit (one place left)', async () => {
    open();
    const books = await reservable('book', 2);
    await cartHolds('p003', 'near-limit', books);
    const { user } = await logInAt('/cart', 'p003', 'near-limit');
    await cartItems();
    await user.click(screen.getByRole('button', { name: '全選択' }));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '予約受取館/場所' }), 'chuo');
    await user.click(screen.getByRole('button', { name: '通常予約する' }));
    await user.click(await screen.findByRole('button', { name: '予約する' }));
    const refused = await screen.findByRole('region', { name: '以下のタイトルは予約を行うことができません' });
    expect(within(refused).getByRole('listitem')).toHaveTextContent(`${nameOf(books[1]!)}【理由】予約可能点数を越えています。`);
  });

  it('シリーズ予約する reserves the volumes in the order shown, and 予約状況 groups and numbers them', async () => {
    open();
    const volumes = await seriesVolumes(host, 3);
    await cartHolds('p003', 'quiet', volumes);
    const { user } = await logInAt('/cart', 'p003', 'quiet');
    await cartItems();
    await user.click(screen.getByRole('button', { name: '全選択' }));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '予約受取館/場所' }), 'gyotoku');
    await user.click(screen.getByRole('button', { name: 'シリーズ予約する' }));

    await screen.findByRole('heading', { level: 1, name: '予約内容の確認' });
    expect(screen.getByText('シリーズ予約（上の順に用意します）', { selector: 'dd' })).toBeInTheDocument();
    const ordered = screen.getByRole('list', { name: '予約する資料' });
    expect(ordered.tagName).toBe('OL');
    expect(
      within(ordered)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent),
    ).toEqual(volumes.map(nameOf));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await screen.findByRole('heading', { level: 1, name: '予約結果' });

    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    const group = screen
      .getByRole('rowheader', { name: /^シリーズ予約（3点）：前の巻が用意できてから、次の巻を用意します。/ })
      .closest('tbody')!;
    const rows = within(group).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('.col-volume')?.textContent)).toEqual(volumes.map((volume) => `巻名${volume.volumeLabel}`));
    expect(rows.map((row) => row.querySelector('.reservation-order .visually-hidden')?.textContent)).toEqual([
      '1番目に用意',
      '2番目に用意',
      '3番目に用意',
    ]);
    const stored = await reservationRowsOf('p003', 'quiet');
    expect(stored.sort((a, b) => a.orderPosition! - b.orderPosition!).map((row) => row.titleId)).toEqual(
      volumes.map((volume) => volume.id),
    );
  });

  it('順番を指定する (p004) asks for a place per item, refuses the same place twice, and sends the chosen order', async () => {
    const { user, books } = await p004CartTicked();
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '受取場所' }), 'chuo');
    expect(screen.queryByRole('button', { name: 'シリーズ予約する' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '順番を指定する' }));

    const first = screen.getByRole('combobox', { name: `順番（${nameOf(books[0]!)}）` });
    const second = screen.getByRole('combobox', { name: `順番（${nameOf(books[1]!)}）` });
    await user.selectOptions(second, '1');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('順番が重なっています。1から2までを1つずつ選んでください。');
    await user.selectOptions(first, '2');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));

    await screen.findByRole('heading', { level: 1, name: '予約確認' });
    expect(screen.getByText('順番を指定した予約（上の順に用意します）', { selector: 'dd' })).toBeInTheDocument();
    const ordered = screen.getByRole('list', { name: '予約する資料' });
    expect(
      within(ordered)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent),
    ).toEqual([nameOf(books[1]!), nameOf(books[0]!)]);
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await screen.findByRole('heading', { level: 1, name: '予約完了' });
    const stored = await reservationRowsOf('p004', 'quiet');
    expect(stored.sort((a, b) => a.orderPosition! - b.orderPosition!).map((row) => row.titleId)).toEqual([books[1]!.id, books[0]!.id]);
  });

  it('lets the patron set the order of a シリーズ予約 on the form with 上へ / 下へ (p003), and reserves in that order', async () => {
    open();
    const volumes = await seriesVolumes(host, 3);
    const [one, two, three] = volumes as [TitleRow, TitleRow, TitleRow];
    await cartHolds('p003', 'quiet', [two, three, one]);
    const { user } = await logInAt('/cart', 'p003', 'quiet');
    await cartItems();
    await user.click(screen.getByRole('button', { name: '全選択' }));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '予約受取館/場所' }), 'gyotoku');
    const shown = () =>
      within(screen.getByRole('list', { name: '予約する資料' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent);
    expect(shown()).toEqual([two, three, one].map(nameOf));

    // 1 goes to the top with the keyboard: focus stays on the arrow, and a status line says where it went.
    screen.getByRole('button', { name: `${nameOf(one)}を上へ` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(`${nameOf(one)}を2番目にしました。`);
    expect(screen.getByRole('button', { name: `${nameOf(one)}を上へ` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(shown()).toEqual([one, two, three].map(nameOf));
    await user.click(screen.getByRole('button', { name: 'シリーズ予約する' }));

    await screen.findByRole('heading', { level: 1, name: '予約内容の確認' });
    expect(
      within(screen.getByRole('list', { name: '予約する資料' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent),
    ).toEqual(volumes.map(nameOf));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await screen.findByRole('heading', { level: 1, name: '予約結果' });
    const stored = await reservationRowsOf('p003', 'quiet');
    expect(stored.sort((a, b) => a.orderPosition! - b.orderPosition!).map((row) => row.titleId)).toEqual(
      volumes.map((volume) => volume.id),
    );
  });

  it('offers シリーズ予約する for volumes of one series only (p003), saying why otherwise', async () => {
    open();
    const [volume] = await seriesVolumes(host, 1);
    const [book] = await reservable('book', 1);
    await cartHolds('p003', 'quiet', [volume!, book!]);
    const { user } = await logInAt('/cart', 'p003', 'quiet');
    await cartItems();
    await user.click(screen.getByRole('button', { name: '全選択' }));
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await screen.findByRole('combobox', { name: '予約受取館/場所' });
    const series = screen.getByRole('button', { name: 'シリーズ予約する' });
    expect(series).toBeDisabled();
    expect(series).toHaveAccessibleDescription('シリーズ予約は、上・下巻や1～3巻など、同一シリーズの資料だけを選んだときに使えます。');
    expect(screen.queryByRole('button', { name: /を上へ$/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '通常予約する' })).toBeEnabled();
  });

  it('offers 順番を指定する in the 予約カート (p004, seed 004), opening the form with a place per item', async () => {
    const { user, books } = await p004CartTicked();
    await user.click(screen.getByRole('button', { name: '順番を指定する' }));
    await screen.findByRole('heading', { level: 1, name: '予約内容の入力' });
    expect(await screen.findByRole('combobox', { name: `順番（${nameOf(books[0]!)}）` })).toHaveValue('1');
    expect(screen.getByRole('combobox', { name: `順番（${nameOf(books[1]!)}）` })).toHaveValue('2');
    expect(screen.getByRole('button', { name: '次へ進む' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '順番の指定をやめる' })).toBeInTheDocument();
  });

  it('keeps 受取館 and 連絡方法 through a reload of 予約内容の確認, and back on the form', async () => {
    open();
    const [book] = await reservable('book', 1);
    await cartHolds('p003', 'quiet', [book!]);
    const { user, router } = await logInAt('/cart', 'p003', 'quiet');
    await chooseGyotokuByMobile(user, book!);
    await focusedHeading(1, '予約内容の確認');

    // A reload: a new app at the same address, with nothing kept but the session.
    const { pathname, search } = router.state.location;
    cleanup();
    const again = renderApp(`${pathname}${search}`);
    await focusedHeading(1, '予約内容の確認');
    expect(await screen.findByText('行徳図書館', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('携帯電話', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('通常予約', { selector: 'dd' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: '戻る' }));
    expect(await screen.findByRole('combobox', { name: '予約受取館/場所' })).toHaveValue('gyotoku');
    expect(screen.getByRole('radio', { name: '携帯電話' })).toBeChecked();
  });

  it('names the buttons and the result as seed 001 does (p001): 予約を確定する, then 予約受付完了 with 予約完了', async () => {
    const user = await reserveOneFromCart('p001');
    const pickup = await screen.findByRole('combobox', { name: '受取場所' });
    await user.selectOptions(pickup, within(pickup).getAllByRole('option')[1]!);
    await user.click(screen.getByRole('button', { name: '次へ進む' }));

    await screen.findByRole('heading', { level: 1, name: '予約内容の確認' });
    expect(screen.getByText('以下の内容で予約します。よろしければ「予約を確定する」を押してください。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '予約を確定する' }));
    await focusedHeading(1, '予約受付完了');
    expect(screen.getByRole('link', { name: '予約完了' })).toHaveAttribute('href', '/mypage/reservations');
  });

  it('names the screens and buttons as seed 004 does (p004): 次へ進む, then 予約確認 with 予約する, then 予約完了 with 予約完了', async () => {
    const user = await reserveOneFromCart('p004');
    await user.selectOptions(await screen.findByRole('combobox', { name: '受取場所' }), 'chuo');
    expect(screen.queryByRole('button', { name: '通常予約する' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '次へ進む' }));

    await focusedHeading(1, '予約確認');
    await user.click(screen.getByRole('button', { name: '予約する' }));
    await focusedHeading(1, '予約完了');
    expect(screen.getByRole('link', { name: '予約完了' })).toHaveAttribute('href', '/mypage/reservations');
  });

  it('keeps the choices when placing fails, says what to do, and a retry under the same request places once', async () => {
    open();
    const [book] = await reservable('book', 1);
    await cartHolds('p003', 'quiet', [book!]);
    // Every placing sent is noted; the ones asked to fail answer 503, the others go on to the library.
    const sent: string[] = [];
    let failing = 0;
    overrideApi(
      http.post(`${API_BASE}/me/reservations`, async ({ request }) => {
        sent.push(((await request.clone().json()) as { requestId: string }).requestId);
        if (failing === 0) return undefined;
        failing -= 1;
        return HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 });
      }),
    );
    const { user } = await logInAt('/cart', 'p003', 'quiet');
    await chooseGyotokuByMobile(user, book!);
    await screen.findByRole('heading', { level: 1, name: '予約内容の確認' });

    // The library stays down through the transport's three tries (one request id): the patron is told.
    failing = 3;
    await user.click(screen.getByRole('button', { name: '予約する' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('予約できませんでした。');
    expect(alert).toHaveTextContent('図書館のシステムが応答しませんでした。');
    expect(alert).toHaveTextContent('もう一度「予約する」を押してください');
    expect(screen.getByRole('heading', { level: 1, name: '予約内容の確認' })).toBeInTheDocument();
    expect(await reservationRowsOf('p003', 'quiet')).toEqual([]);

    // Back on the form, everything is as it was chosen.
    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(await screen.findByRole('combobox', { name: '予約受取館/場所' })).toHaveValue('gyotoku');
    expect(screen.getByRole('radio', { name: '携帯電話' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '通常予約する' }));
    await screen.findByRole('heading', { level: 1, name: '予約内容の確認' });

    // A new confirmation, a new request id. One failure now is retried by the transport under the
    // same id without the patron seeing it, and a double click sends nothing twice.
    failing = 1;
    await user.dblClick(screen.getByRole('button', { name: '予約する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '予約結果' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(sent.slice(0, 3)).toEqual([sent[0], sent[0], sent[0]]);
    expect(sent.slice(3)).toEqual([sent[3], sent[3]]);
    expect(sent[3]).not.toBe(sent[0]);
    const rows = await reservationRowsOf('p003', 'quiet');
    expect(rows.map((row) => [row.titleId, row.pickupBranchId, row.contactMethod])).toEqual([[book!.id, 'gyotoku', 'mobile']]);
  });
});

describe('予約状況', () => {
  it('shows every state with queue places, dates, 予約確保一覧, the series grouped, the cancelled in red at the end, and disabled buttons with the reason', async () => {
    open();
    const { user } = await logInAt('/mypage/reservations', 'p003', 'holder');
    const tabs = await screen.findByRole('navigation', { name: '利用状況の一覧' });
    expect(within(tabs).getByRole('link', { name: '予約状況' })).toHaveAttribute('aria-current', 'page');
    await table();
    const { items } = await api.call('getReservations');
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['タイトル', '巻名', '受取館', '連絡方法', '状態', '予約日', '確保日', '取置期限', '操作']);

    for (const state of ['予約申込', '確認待ち', '返却待ち', '順番待ち', '調査中', '選書中', '配送中', '準備中', '利用可能', '取消申込']) {
      expect(screen.getAllByText(state, { selector: '.reservation-state' }).length, state).toBeGreaterThan(0);
    }
    // 順番待ち: the place, how many wait and how many copies.
    const waiting = items.find((item) => item.state === 'waiting' && item.origin === 'online')!;
    const waitingRow = rowOf(waiting.title);
    expect(waitingRow).toHaveTextContent(`${waiting.queuePosition} 番目`);
    expect(waitingRow).toHaveTextContent(`予約 ${waiting.waiting}件 / 所蔵 ${waiting.copies}冊`);
    expect(within(waitingRow).getByRole('link', { name: `予約取消：${waiting.title}` })).toHaveAttribute(
      'href',
      `/mypage/reservations/${waiting.id}/cancel`,
    );
    expect(within(waitingRow).getByRole('link', { name: `予約内容変更：${waiting.title}` })).toHaveAttribute(
      'href',
      `/mypage/reservations/${waiting.id}/change`,
    );

    // 利用可能: both disabled, and why.
    const ready = items.find((item) => item.state === 'ready')!;
    const readyRow = rowOf(ready.title, ready.volumeLabel);
    const why = '利用可能のため、取消・変更はできません。';
    expect(within(readyRow).getByRole('button', { name: /^予約取消/ })).toBeDisabled();
    expect(within(readyRow).getByRole('button', { name: /^予約取消/ })).toHaveAccessibleDescription(why);
    expect(within(readyRow).getByRole('button', { name: /^予約内容変更/ })).toBeDisabled();
    expect(readyRow).toHaveTextContent('2026/11/28');
    expect(readyRow).toHaveTextContent('連絡日 2026/11/22');

    // 配送中 and counter-made: no cancel, but the contact method may still change.
    const transit = rowOf(items.find((item) => item.state === 'in-transit')!.title);
    expect(within(transit).getByRole('button', { name: /^予約取消/ })).toHaveAccessibleDescription(
      '配送中のため、取消・受取館の変更はできません（連絡方法は変更できます）。',
    );
    expect(within(transit).getByRole('link', { name: /^予約内容変更/ })).toBeInTheDocument();
    const counter = rowOf(items.find((item) => item.origin === 'counter' && item.state === 'waiting')!.title);
    expect(counter).toHaveTextContent(
      '窓口で受け付けた予約のため、取消・受取館の変更は図書館へお申し出ください（連絡方法は変更できます）。',
    );
    const pending = rowOf(items.find((item) => item.state === 'cancel-requested')!.title);
    expect(within(pending).getByRole('button', { name: /^予約取消/ })).toHaveAccessibleDescription('取消申込中です。');

    // The series, grouped and numbered.
    expect(screen.getByRole('rowheader', { name: /^シリーズ予約（3点）/ })).toBeInTheDocument();

    // The cancelled ones last, in red, saying why.
    const rows = screen.getAllByRole('row').filter((row) => row.classList.contains('reservation'));
    const cancelled = rows.filter((row) => row.classList.contains('reservation-cancelled'));
    expect(rows.slice(-2)).toEqual(cancelled);
    expect(cancelled.map((row) => row.querySelector('.reservation-state')?.textContent)).toEqual(['取消（本人取消）', '取消（期限切れ）']);
    expect(screen.getByText('取り消した予約は、取り消した日から7日間、赤字で表示します。')).toBeInTheDocument();

    // 予約確保一覧: what, where, by when.
    const readyList = screen.getByRole('region', { name: /^予約確保一覧/ });
    const readyItem = within(readyList).getByRole('listitem');
    expect(within(readyItem).getByRole('link')).toHaveTextContent(ready.volumeLabel ? `${ready.title} ${ready.volumeLabel}` : ready.title);
    expect(readyItem).toHaveTextContent('受取館中央図書館');
    expect(readyItem).toHaveTextContent('取置期限2026年11月28日(土)まで');
    expect(readyItem).toHaveTextContent('連絡日2026年11月22日(日)（メールアドレス1）');

    // In English, the same states in the portal's words.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('table', { name: /^Reservations: / })).toBeInTheDocument();
    expect(screen.getAllByText('Ready to collect', { selector: '.reservation-state' })).toHaveLength(1);
    expect(rowOf(waiting.title)).toHaveTextContent(`No. ${waiting.queuePosition} in the queue`);
  });

  it("labels the states in the library's own words (p000: 確保済み and 順番待ち)", async () => {
    open('p000');
    await logInAt('/mypage/reservations', 'p000', 'holder');
    await table();
    const states = new Set(screen.getAllByText(/./, { selector: '.reservation-state' }).map((state) => state.textContent));
    expect(states).toEqual(new Set(['確保済み', '順番待ち']));
  });

  it('says so when there is no reservation, with a way to 蔵書検索', async () => {
    open();
    await logInAt('/mypage/reservations', 'p003', 'quiet');
    expect(await screen.findByText('予約はありません。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '蔵書検索で資料を探す' })).toHaveAttribute('href', '/search');
  });

  it('never shows an empty list read before as current when a refresh fails, nor says input is kept where there is none', async () => {
    open();
    const [book] = await reservable('book', 1);
    const { queryClient } = await logInAt('/mypage/reservations', 'p003', 'quiet');
    expect(await screen.findByText('予約はありません。')).toBeInTheDocument();
    // Meanwhile the patron reserved elsewhere, and the library stops answering.
    await api.call('placeReservations', {
      body: { requestId: 'elsewhere-1', titleIds: [book!.id], pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal' },
    });
    overrideApi(
      http.get(`${API_BASE}/me/reservations`, () =>
        HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
      ),
    );
    await queryClient.invalidateQueries({ queryKey: ['me', 'reservations'] });
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('図書館のシステムが応答しませんでした。少し待ってからもう一度お試しください。');
    expect(alert).not.toHaveTextContent('入力した内容は残っています。');
    expect(screen.queryByText('予約はありません。')).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    open();
    overrideApi(
      http.get(
        `${API_BASE}/me/reservations`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = await logInAt('/mypage/reservations', 'p003', 'holder');
    expect(await screen.findByRole('alert')).toHaveTextContent('図書館のシステムでエラーが起きました');
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await table()).toBeInTheDocument();
  });
});

describe('予約取消 and 予約内容変更', () => {
  it('cancels through the confirmation: 予約取消を申込みました, and the row then shows 取消申込', async () => {
    open();
    const { user, router } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const waiting = (await api.call('getReservations')).items.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!;
    await user.click(within(rowOf(waiting.title)).getByRole('link', { name: /^予約取消/ }));

    expect(router.state.location.pathname).toBe(`/mypage/reservations/${waiting.id}/cancel`);
    expect(await screen.findByRole('heading', { level: 2, name: '予約取消確認' })).toBeInTheDocument();
    expect(screen.getByText(waiting.title, { selector: 'dd' })).toBeInTheDocument();
    expect(
      screen.getByText('取消の承認までは約5分かかります。その間は「取消申込」と表示され、予約件数に数えられます。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消する' }));

    await focusedHeading(2, '予約取消を申込みました');
    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    await waitFor(() => expect(rowOf(waiting.title).querySelector('.reservation-state')).toHaveTextContent('取消申込'));
    expect(within(rowOf(waiting.title)).getByRole('button', { name: /^予約取消/ })).toHaveAccessibleDescription('取消申込中です。');
  });

  it('keeps the reservation as it was when the cancel fails, and says so', async () => {
    open();
    const waiting = (await reservationRowsOf('p003', 'holder')).find((row) => row.state === 'waiting' && row.origin === 'online')!;
    overrideApi(
      http.post(
        `${API_BASE}/me/reservations/:id/cancel`,
        () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const { user } = await logInAt(`/mypage/reservations/${waiting.id}/cancel`, 'p003', 'holder');
    await user.click(await screen.findByRole('button', { name: '取消する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('予約を取り消せませんでした。予約は元のままです。');
    expect(alert).toHaveTextContent('図書館のシステムが応答しませんでした。');
    await user.click(screen.getByRole('button', { name: '取消する' }));
    expect(await screen.findByRole('heading', { level: 2, name: '予約取消を申込みました' })).toBeInTheDocument();
  });

  it('changes the pickup branch and the contact method through the confirmation, and the list shows the new branch', async () => {
    open();
    const { user } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const waiting = (await api.call('getReservations')).items.find(
      (item) => item.state === 'waiting' && item.actions.changePickup.allowed,
    )!;
    expect(rowOf(waiting.title)).toHaveTextContent('市川駅南口図書館');
    await user.click(within(rowOf(waiting.title)).getByRole('link', { name: /^予約内容変更/ }));

    expect(await screen.findByRole('heading', { level: 2, name: '予約情報変更' })).toBeInTheDocument();
    const pickup = screen.getByRole('combobox', { name: '予約受取館' });
    expect(pickup).toHaveValue(waiting.pickupBranchId);
    // Nothing changed yet: the form says so rather than sending an empty change.
    await user.click(screen.getByRole('button', { name: '変更する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '受取館か連絡方法を、いまと違うものにしてから「変更する」を押してください。',
    );

    await user.selectOptions(pickup, 'gyotoku');
    await user.click(screen.getByRole('radio', { name: '電話' }));
    await user.click(screen.getByRole('button', { name: '変更する' }));
    await focusedHeading(2, '予約情報変更確認');
    const change = screen.getByRole('table', { name: '予約情報変更確認' });
    expect(within(change).getByRole('row', { name: '予約受取館 市川駅南口図書館 行徳図書館' })).toBeInTheDocument();
    expect(within(change).getByRole('row', { name: '連絡方法 メールアドレス1 電話' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '変更する' }));

    await focusedHeading(2, '予約情報変更申込を受付ました');
    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    await waitFor(() => expect(rowOf(waiting.title).querySelector('.col-pickup')).toHaveTextContent('行徳図書館'));
    expect(rowOf(waiting.title).querySelector('.col-contact')).toHaveTextContent('電話');
  });

  it('offers only the contact method for a counter-made reservation, the branch shown disabled with the reason', async () => {
    open();
    const { user } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const counter = (await api.call('getReservations')).items.find((item) => item.origin === 'counter' && item.state === 'waiting')!;
    await user.click(within(rowOf(counter.title)).getByRole('link', { name: /^予約内容変更/ }));
    const pickup = await screen.findByRole('combobox', { name: '予約受取館' });
    expect(pickup).toBeDisabled();
    expect(pickup).toHaveAccessibleDescription(
      '窓口で受け付けた予約のため、受取館はインターネットから変更できません。図書館へご連絡ください。',
    );
    expect(screen.getByRole('radio', { name: '電話' })).toBeEnabled();
  });
});

describe('予約内容変更 of a CD', () => {
  it('lists the related facilities disabled, named as not handing out CD・DVD, with the rule beside the pull-down', async () => {
    open();
    const [cd] = await reservable('cd', 1);
    const patron = persona('p003', 'quiet');
    const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
    useSessionToken.setState({ token });
    const { placed } = await api.call('placeReservations', {
      body: { requestId: 'change-cd-test-1', titleIds: [cd!.id], pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal' },
    });
    await api.call('logout');
    useSessionToken.setState({ token: null, expired: false });

    await logInAt(`/mypage/reservations/${placed[0]!.reservationId}/change`, 'p003', 'quiet');
    const pickup = await screen.findByRole('combobox', { name: '予約受取館' });
    expect(pickup).toHaveAccessibleDescription('CD・DVDは図書館でのみ受け取れます。「CD・DVD受取不可」の館は選べません。');
    expect(within(pickup).getByRole('option', { name: '大柏公民館図書室（CD・DVD受取不可）' })).toBeDisabled();
    expect(within(pickup).getByRole('option', { name: '行徳図書館' })).toBeEnabled();
  });
});

describe('順番の変更 and シリーズ予約の設定', () => {
  /** The patron's open ordered reservation, by place, from the library. */
  async function groupOrder(situation: Situation) {
    const rows = (await reservationRowsOf('p003', situation)).filter((row) => row.orderGroupId !== null && row.state !== 'cancelled');
    return rows.sort((a, b) => a.orderPosition! - b.orderPosition!).map((row) => row.id);
  }

  it('moves a volume of a シリーズ予約 with 上へ / 下へ, confirms, and the list shows the new order', async () => {
    open();
    const before = await groupOrder('holder');
    const { user, router } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const head = screen.getByRole('rowheader', { name: /^シリーズ予約（3点）/ });
    await user.click(within(head).getByRole('link', { name: /^順番を変更/ }));
    expect(router.state.location.pathname).toMatch(/^\/mypage\/reservations\/.+\/order$/);
    await focusedHeading(2, '予約の順番の変更');

    const list = screen.getByRole('list', { name: '用意する順番' });
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent?.replace(/^\d+番目 /, ''));
    const [first, second, third] = names();
    expect(screen.getByRole('button', { name: `${first}を上へ` })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: `${first}を下へ` }));
    expect(names()).toEqual([second, first, third]);
    expect(screen.getByRole('status')).toHaveTextContent(`${first}を2番目にしました。`);
    // Focus stays on the arrow that was pressed, so it can be pressed again.
    expect(screen.getByRole('button', { name: `${first}を下へ` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '次へ' }));

    await focusedHeading(2, '予約の順番の確認');
    expect(
      within(screen.getByRole('list', { name: '用意する順番' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.placing-item-name')?.textContent),
    ).toEqual([second, first, third]);
    await user.click(screen.getByRole('button', { name: '変更する' }));

    await focusedHeading(2, '予約の順番を変更しました');
    expect(await groupOrder('holder')).toEqual([before[1], before[0], before[2]]);
    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    // The group lists its volumes by their new places.
    const group = screen.getByRole('rowheader', { name: /^シリーズ予約（3点）/ }).closest('tbody')!;
    const shown = [...group.querySelectorAll('tr.reservation')].map((row) => {
      const volume = row.querySelector('.col-volume .reservation-cell-value')?.textContent;
      return `${row.querySelector('.col-title a')?.textContent}${volume ? ` ${volume}` : ''}`;
    });
    expect(shown).toEqual([second, first, third]);
  });

  it('keeps the order chosen and the reservations as they were when the change fails, and says so', async () => {
    open();
    const before = await groupOrder('holder');
    overrideApi(
      http.put(
        `${API_BASE}/me/reservations/order`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    await user.click(within(screen.getByRole('rowheader', { name: /^シリーズ予約/ })).getByRole('link', { name: /^順番を変更/ }));
    await focusedHeading(2, '予約の順番の変更');
    const buttons = screen.getAllByRole('button', { name: /を下へ$/ });
    await user.click(buttons[0]!);
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await focusedHeading(2, '予約の順番の確認');
    await user.click(screen.getByRole('button', { name: '変更する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('予約の順番を変更できませんでした。予約は元のままです。');
    expect(await groupOrder('holder')).toEqual(before);
    // Trying again sends the same order.
    await user.click(screen.getByRole('button', { name: '変更する' }));
    await focusedHeading(2, '予約の順番を変更しました');
    expect(await groupOrder('holder')).toEqual([before[1], before[0], before[2]]);
  });

  it('turns two normal reservations of a series into a シリーズ予約 (シリーズ予約にする), leaving out what the patron unticks', async () => {
    open();
    const volumes = await seriesVolumes(host, 3);
    const patron = persona('p003', 'quiet');
    const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
    useSessionToken.setState({ token });
    await api.call('placeReservations', {
      body: {
        requestId: 'order-ui-test-1',
        titleIds: volumes.map((volume) => volume.id),
        pickupBranchId: 'chuo',
        contactMethod: 'phone',
        mode: 'normal',
      },
    });
    await api.call('logout');
    useSessionToken.setState({ token: null, expired: false });

    const { user } = await logInAt('/mypage/reservations', 'p003', 'quiet');
    await table();
    await user.click(within(rowOf(volumes[0]!.title, volumes[0]!.volumeLabel)).getByRole('link', { name: /^シリーズ予約にする/ }));
    await focusedHeading(2, 'シリーズ予約の設定');
    await user.click(screen.getByRole('checkbox', { name: `${nameOf(volumes[2]!)}を順番に含める` }));
    await user.click(screen.getByRole('checkbox', { name: `${nameOf(volumes[1]!)}を順番に含める` }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('順番に含める資料を2点以上選んでください。');
    await user.click(screen.getByRole('checkbox', { name: `${nameOf(volumes[1]!)}を順番に含める` }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await focusedHeading(2, '予約の順番の確認');
    await user.click(screen.getByRole('button', { name: '変更する' }));
    await focusedHeading(2, '予約の順番を変更しました');

    const rows = await reservationRowsOf('p003', 'quiet');
    const of = (title: TitleRow) => rows.find((row) => row.titleId === title.id)!;
    expect([of(volumes[0]!).orderPosition, of(volumes[1]!).orderPosition, of(volumes[2]!).orderPosition]).toEqual([1, 2, null]);
    expect(of(volumes[0]!).orderGroupId).toBe(of(volumes[1]!).orderGroupId);
  });

  it('shows 順番を変更 disabled with the reason when the シリーズ予約 holds a counter-made volume', async () => {
    open();
    const rows = (await reservationRowsOf('p003', 'holder')).filter((row) => row.orderGroupId !== null);
    await host.run((library) => library.transact(() => library.db.tables.reservations.update(rows[0]!.id, { origin: 'counter' })));
    const { router } = await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const head = screen.getByRole('rowheader', { name: /^シリーズ予約/ });
    const button = within(head).getByRole('button', { name: /^順番を変更/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      '窓口で受け付けた予約を含むため、インターネットからは順番を変更できません。受取館の窓口でお申し出ください。',
    );
    // The screen itself, reached by its address, says the same and offers only the way back.
    await router.navigate(`/mypage/reservations/${rows[1]!.id}/order`);
    await focusedHeading(2, '予約の順番の変更');
    expect(
      await screen.findAllByText(
        '窓口で受け付けた予約を含むため、インターネットからは順番を変更できません。受取館の窓口でお申し出ください。',
      ),
    ).not.toHaveLength(0);
  });
});

describe('予約取消 as each library words it (issue 17)', () => {
  /** The state text of a reservation's row, or null when no row shows its title. */
  const stateShown = (title: string) =>
    screen
      .queryAllByRole('row')
      .find((row) => within(row).queryByRole('link', { name: title }))
      ?.querySelector('.reservation-state')?.textContent ?? null;

  it.each(['p000', 'p001', 'p002', 'p003', 'p004'] as const)(
    '%s: the list shows what the cancel screens promised, while pending and once approved',
    async (profileId) => {
      open(profileId);
      const { user, queryClient } = await logInAt('/mypage/reservations', profileId, 'holder');
      await screen.findAllByRole('table');
      const waiting = (await api.call('getReservations')).items.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!;
      // 予約取消 and 取消する, or the library's own words for them (p000, p001: 取消; p001: 変更する).
      const words = profiles[profileId].labels;
      await user.click(
        within(rowOf(waiting.title)).getByRole('link', { name: `${words['reservation.cancel']?.ja ?? '予約取消'}：${waiting.title}` }),
      );

      const note = (await screen.findByText(/^取消の承認までは/)).textContent!;
      const pending = /その間は「(.+?)」と表示され/.exec(note)![1]!;
      await user.click(screen.getByRole('button', { name: words['reservation.cancel.submit']?.ja ?? '取消する' }));
      await focusedHeading(2, '予約取消を申込みました');
      const done = screen.getByText(/^いまは「/).textContent!;
      expect(done).toContain(`いまは「${pending}」の状態です。`);
      await user.click(screen.getByRole('link', { name: /を確認する$/ }));
      await waitFor(() => expect(stateShown(waiting.title)).toBe(pending));

      await advanceClock(5);
      await queryClient.invalidateQueries();
      const becomes = /承認され、「(.+?)」になります。$/.exec(done)?.[1];
      const leaves = /承認され、(.+?)には表示されなくなります。$/.exec(done)?.[1];
      const moves = /承認され、(.+?)に移ります（取り消した日から(\d+)日間表示します）。$/.exec(done);
      if (becomes) {
        await waitFor(() => expect(stateShown(waiting.title)).toBe(becomes));
      } else if (leaves) {
        expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${leaves}`) })).toBeInTheDocument();
        await waitFor(() => expect(stateShown(waiting.title)).toBeNull());
      } else {
        expect(moves, done).not.toBeNull();
        const [, list, days] = moves!;
        const apart = await screen.findByRole('table', { name: new RegExp(`^${list}：`) });
        await waitFor(() => expect(within(apart).getByRole('link', { name: waiting.title })).toBeInTheDocument());
        expect(screen.getByRole('region', { name: new RegExp(`^${list}`) })).toHaveTextContent(
          `予約を取り消した日から${days}日間表示します。`,
        );
      }
    },
  );

  it('p000: where 取消 is not possible no button is shown (操作: 表示なし), the row saying why and where to cancel instead; no change is offered', async () => {
    open('p000');
    await logInAt('/mypage/reservations', 'p000', 'holder');
    await table();
    const { items } = await api.call('getReservations');
    const transit = rowOf(items.find((item) => item.state === 'in-transit')!.title);
    expect(transit.querySelector('.reservation-state')).toHaveTextContent('順番待ち');
    expect(within(transit).queryByRole('button', { name: /^取消：/ })).toBeNull();
    expect(within(transit).queryByRole('link', { name: /^取消：/ })).toBeNull();
    expect(transit.querySelector('.row-actions-why')).toHaveTextContent(
      '予約資料が確保されていますが、受取館に届いていない状態のため、取消はできません。' +
        '最寄りの市内図書館の窓口か、電話で取消を申し込んでください。',
    );
    const ready = rowOf(items.find((item) => item.state === 'ready')!.title);
    expect(within(ready).queryByRole('button', { name: /^取消：/ })).toBeNull();
    expect(ready.querySelector('.row-actions-why')).toHaveTextContent(
      '確保済みのため、取消はできません。最寄りの市内図書館の窓口か、電話で取消を申し込んでください。',
    );
    // Other 順番待ち rows may still be cancelled, as the page says (a 取消 button in the 操作 column), with nothing said beside it.
    const waiting = rowOf(items.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!.title);
    expect(within(waiting).getByRole('link', { name: /^取消：/ })).toBeInTheDocument();
    expect(waiting.querySelector('.row-actions-why')).toBeNull();
    // The page names no way to change a reservation online: neither 予約内容変更 nor まとめて変更.
    expect(screen.queryAllByRole('link', { name: /^予約内容変更/ })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^予約内容変更/ })).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'まとめて変更' })).toBeNull();
  });

  it('p003: an action a row does not allow stays in place, disabled, with the reason (its profile shows refused actions)', async () => {
    open('p003');
    await logInAt('/mypage/reservations', 'p003', 'holder');
    await table();
    const { items } = await api.call('getReservations');
    const ready = rowOf(items.find((item) => item.state === 'ready')!.title);
    expect(within(ready).getByRole('button', { name: /^予約取消：/ })).toBeDisabled();
    expect(within(ready).getByRole('button', { name: /^予約内容変更：/ })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'まとめて変更' })).toBeInTheDocument();
  });

  it('p002: a ready reservation is in 予約確保一覧 only, 予約中一覧 listing what has not come yet (seed 002)', async () => {
    open('p002');
    await logInAt('/mypage/reservations', 'p002', 'holder');
    const list = await screen.findByRole('table', { name: /^予約中一覧：/ });
    const { items } = await api.call('getReservations');
    const ready = items.filter((item) => item.state === 'ready');
    expect(ready.length).toBeGreaterThan(0);
    const readyList = screen.getByRole('region', { name: /^予約確保一覧/ });
    for (const item of ready) {
      expect(
        within(readyList)
          .getAllByRole('link')
          .some((link) => link.textContent!.startsWith(item.title)),
      ).toBe(true);
      expect(within(list).queryByRole('link', { name: item.title })).toBeNull();
    }
    expect(within(list).queryAllByText('利用可能', { selector: '.reservation-state' })).toHaveLength(0);
    const notReady = items.filter((item) => item.state !== 'ready');
    expect(screen.getByRole('heading', { level: 2, name: `予約中一覧 ${notReady.length}件` })).toBeInTheDocument();
  });

  it('p004: 予約取消一覧 lists the cancelled apart from 予約一覧, and the cancel confirmation says a new reservation goes to the back of the queue', async () => {
    open('p004');
    const { user } = await logInAt('/mypage/reservations', 'p004', 'holder');
    const openList = await screen.findByRole('table', { name: /^予約一覧：/ });
    const { items } = await api.call('getReservations');
    const cancelled = items.filter((item) => item.state === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);

    expect(
      within(openList)
        .queryAllByRole('row')
        .filter((row) => row.classList.contains('reservation-cancelled')),
    ).toHaveLength(0);
    const apart = screen.getByRole('region', { name: `予約取消一覧 ${cancelled.length}件` });
    const apartTable = within(apart).getByRole('table', { name: '予約取消一覧：取り消した予約' });
    for (const item of cancelled) expect(within(apartTable).getByRole('link', { name: item.title })).toBeInTheDocument();
    expect(apart).toHaveTextContent('予約を取り消した日から30日間表示します。');
    expect(screen.getByRole('heading', { level: 2, name: `予約一覧 ${items.length - cancelled.length}件` })).toBeInTheDocument();

    const waiting = items.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!;
    await user.click(within(rowOf(waiting.title)).getByRole('link', { name: /^予約取消/ }));
    expect(await screen.findByText('予約を取消した資料の再度予約は、順番が最後になります。')).toBeInTheDocument();
  });

  it('p004: with every reservation cancelled, 予約一覧 says there is none and 予約取消一覧 still lists them', async () => {
    open('p004');
    const [book] = await reservable('book', 1);
    const quiet = persona('p004', 'quiet');
    const { token } = await api.call('login', { body: { cardNumber: quiet.cardNumber, password: quiet.password! } });
    useSessionToken.setState({ token });
    const { placed } = await api.call('placeReservations', {
      body: { requestId: 'issue-17-cancelled-only', titleIds: [book!.id], pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal' },
    });
    await api.call('cancelReservation', { params: { reservationId: placed[0]!.reservationId } });
    await advanceClock(5);
    await api.call('logout');
    useSessionToken.setState({ token: null, expired: false });

    await logInAt('/mypage/reservations', 'p004', 'quiet');
    expect(await screen.findByRole('heading', { level: 2, name: '予約一覧 0件' })).toBeInTheDocument();
    expect(screen.getByText('予約はありません。')).toBeInTheDocument();
    const apart = screen.getByRole('region', { name: '予約取消一覧 1件' });
    expect(within(apart).getByRole('link', { name: nameOf(book!) })).toBeInTheDocument();
    expect(within(apart).getByText('取消（本人取消）')).toBeInTheDocument();
  });

  it('p003 says nothing of the queue on the cancel confirmation: its page does not', async () => {
    open('p003');
    const waiting = (await reservationRowsOf('p003', 'holder')).find((row) => row.state === 'waiting' && row.origin === 'online')!;
    await logInAt(`/mypage/reservations/${waiting.id}/cancel`, 'p003', 'holder');
    expect(await screen.findByRole('button', { name: '取消する' })).toBeInTheDocument();
    expect(screen.queryByText(/順番が最後/)).toBeNull();
  });
});
