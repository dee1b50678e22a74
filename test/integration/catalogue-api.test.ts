import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { interceptApiRequests, openLibrary, persona, firstTitleIn, titlesIn } from './harness';

interceptApiRequests();

let host: LibraryHost;

function open(profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
}

async function logIn(profileId: ProfileId, situation: 'reader' | 'holder' | 'quiet') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

const toHiragana = (text: string) => text.replace(/[ァ-ヶ]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
const toFullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

describe('蔵書検索', () => {
  beforeEach(() => open());

  it('finds a title by its reading typed in hiragana, and ranks the exact title first', async () => {
    const book = await firstTitleIn(
      host,
      (title) => title.materialType === 'book' && title.volumeLabel === null && title.title.length >= 4,
    );
    const byReading = await api.call('searchCatalogue', { query: { q: toHiragana(book.titleReading), pageSize: 100 } });
    expect(byReading.items.map((item) => item.id)).toContain(book.id);

    const byTitle = await api.call('searchCatalogue', { query: { q: book.title } });
    expect(byTitle.items[0]?.title).toBe(book.title);
  });

  it('matches full-width input as half-width', async () => {
    const book = await firstTitleIn(host, (title) => title.isbn !== null);
    const result = await api.call('searchCatalogue', { query: { isbn: toFullWidth(book.isbn!) } });
    expect(result.items.map((item) => item.id)).toEqual([book.id]);
  });

  it('finds an ISBN-13 typed with hyphens and as the ISBN-10 it came from', async () => {
    const book = await firstTitleIn(host, (title) => title.isbn?.startsWith('978') ?? false);
    const isbn = book.isbn!;
    const hyphenated = `${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)}`;
    const nine = isbn.slice(3, 12);
    const sum = [...nine].reduce((total, digit, n) => total + Number(digit) * (10 - n), 0);
    const check = (11 - (sum % 11)) % 11;
    const isbn10 = `${nine}${check === 10 ? 'X' : check}`;
    for (const q of [hyphenated, isbn10]) {
      const result = await api.call('searchCatalogue', { query: { q } });
      expect(
        result.items.map((item) => item.id),
        q,
      ).toContain(book.id);
    }
  });

  it('keeps every criterion of a detailed search: author, material type, years, NDC and the shelf', async () => {
    const book = await firstTitleIn(host, (title) => title.materialType === 'book' && title.ndc.length >= 3);
    const surname = book.author.split(' ')[0]!;
    const result = await api.call('searchCatalogue', {
      query: { author: surname, materialTypes: 'book', yearFrom: book.year, yearTo: book.year, ndc: book.ndc.slice(0, 1), pageSize: 100 },
    });
    expect(result.items.map((item) => item.id)).toContain(book.id);
    for (const item of result.items) {
      expect(item.author).toContain(surname);
      expect(item.materialType).toBe('book');
      expect(item.year).toBe(book.year);
      expect(item.ndc.startsWith(book.ndc.slice(0, 1))).toBe(true);
    }

    const onShelf = await api.call('searchCatalogue', { query: { materialTypes: 'cd', available: 'true', pageSize: 100 } });
    expect(onShelf.total).toBeGreaterThan(0);
    for (const item of onShelf.items) expect(item.availability.onShelf).toBeGreaterThan(0);
  });

  it('only lists titles held at the branch asked for', async () => {
    const branch = 'chuo';
    const result = await api.call('searchCatalogue', { query: { materialTypes: 'kamishibai', branch, pageSize: 20 } });
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) {
      const detail = await api.call('getTitle', { params: { titleId: item.id } });
      expect(detail.holdings.some((holding) => holding.branchId === branch)).toBe(true);
    }
  });

  it('pages through the results and sorts them by newest or by reading', async () => {
    const first = await api.call('searchCatalogue', { query: { materialTypes: 'book', sort: 'newest', pageSize: 10 } });
    const second = await api.call('searchCatalogue', { query: { materialTypes: 'book', sort: 'newest', pageSize: 10, page: 2 } });
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(10);
    expect(second.items[0]!.year).toBeLessThanOrEqual(first.items.at(-1)!.year);
    const years = first.items.map((item) => item.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const byReading = await api.call('searchCatalogue', { query: { materialTypes: 'kamishibai', sort: 'title', pageSize: 50 } });
    const readings = byReading.items.map((item) => toHiragana(item.titleReading).replace(/[ー\s・]/g, ''));
    expect(readings).toEqual([...readings].sort());
  });

  it('refuses a search with nothing to look for, an ISBN that is not one, and years the wrong way round', async () => {
    await expect(api.call('searchCatalogue', { query: { q: '　 ' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'q', code: 'search_empty' })] },
    });
    await expect(api.call('searchCatalogue', { query: { isbn: '978-4-00-000000-1' } })).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ path: 'isbn', code: 'isbn_format' })] },
    });
    await expect(api.call('searchCatalogue', { query: { q: '本', yearFrom: 2020, yearTo: 2010 } })).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ path: 'yearTo', code: 'year_range' })] },
    });
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const result = await api.call('searchCatalogue', { query: { q: 'zzzzqqqq存在しない' } });
    expect(result).toMatchObject({ items: [], total: 0 });
  });
});

describe('資料詳細', () => {
  beforeEach(() => open());

  it('shows the series with every volume in order, the holdings per branch and the queue', async () => {
    const volume = await firstTitleIn(host, (title) => title.volumeNumber === 2 && title.materialType === 'book');
    const detail = await api.call('getTitle', { params: { titleId: volume.id } });
    expect(detail.series?.title).toBe(volume.seriesTitle);
    const numbers = detail.series!.volumes.map((item) => item.volumeNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a! - b!));
    expect(detail.series!.volumes.map((item) => item.id)).toContain(volume.id);
    expect(detail.holdings.length).toBe(detail.availability.copies);
    for (const holding of detail.holdings) expect(holding.copyId).toMatch(/\S/);
  });

  it('gives the date an item on loan is due back', async () => {
    const [queued] = (await api.call('getRanking', { params: { kind: 'reservations' } })).items;
    const detail = await api.call('getTitle', { params: { titleId: queued!.title.id } });
    expect(detail.availability.status).toBe('on-loan');
    expect(detail.availability.reservations).toBe(queued!.count);
    expect(detail.holdings.filter((holding) => holding.status === 'on-loan').every((holding) => holding.dueDate !== null)).toBe(true);
  });

  it('answers NOT_FOUND for a title the library does not have', async () => {
    await expect(api.call('getTitle', { params: { titleId: 'T999999' } })).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('says why 禁帯出 and electronic texts cannot be reserved, and gives the link to read the text', async () => {
    const reference = await firstTitleIn(host, (title) => title.referenceOnly && title.materialType === 'book');
    expect((await api.call('getTitle', { params: { titleId: reference.id } })).notReservableReason).toBe('reference-only');
    const etext = await firstTitleIn(host, (title) => title.materialType === 'etext');
    const detail = await api.call('getTitle', { params: { titleId: etext.id } });
    expect(detail.notReservableReason).toBe('etext');
    expect(detail.etextUrl).toMatch(/^https?:\/\//);
  });

  it('refuses DVDs and the latest magazine issue where the library does (p004) and not elsewhere (p003)', async () => {
    const dvd = await firstTitleIn(host, (title) => title.materialType === 'dvd');
    const latest = await firstTitleIn(host, (title) => title.materialType === 'magazine' && title.latestIssue);
    expect((await api.call('getTitle', { params: { titleId: dvd.id } })).notReservableReason).toBeNull();
    expect((await api.call('getTitle', { params: { titleId: latest.id } })).notReservableReason).toBeNull();

    open('p004');
    const dvd4 = await firstTitleIn(host, (title) => title.materialType === 'dvd');
    const latest4 = await firstTitleIn(host, (title) => title.materialType === 'magazine' && title.latestIssue);
    const older4 = await firstTitleIn(host, (title) => title.materialType === 'magazine' && !title.latestIssue);
    expect((await api.call('getTitle', { params: { titleId: dvd4.id } })).notReservableReason).toBe('video');
    expect((await api.call('getTitle', { params: { titleId: latest4.id } })).notReservableReason).toBe('latest-magazine');
    expect((await api.call('getTitle', { params: { titleId: older4.id } })).notReservableReason).toBeNull();
  });
});

describe('新着資料 and the rankings', () => {
  beforeEach(() => open());

  it('lists what arrived in the last days, newest first', async () => {
    const arrivals = await api.call('getNewArrivals', { query: { days: 14, pageSize: 100 } });
    expect(arrivals.since).toBe('2026-11-11');
    expect(arrivals.total).toBeGreaterThan(0);
    const times = arrivals.items.map((item) => item.acquiredAt);
    expect(times).toEqual([...times].sort().reverse());
    for (const time of times) expect(time >= '2026-11-11T00:00:00+09:00' && time <= '2026-11-24T10:00:00+09:00').toBe(true);
  });

  it('ranks 貸出ベスト by loans of the last 90 days and 予約ベスト by the queue, equal counts sharing a rank', async () => {
    for (const kind of ['loans', 'reservations'] as const) {
      const ranking = await api.call('getRanking', { params: { kind } });
      expect(ranking.items.length).toBeGreaterThanOrEqual(10);
      expect(ranking.items[0]!.rank).toBe(1);
      ranking.items.forEach((item, n) => {
        const previous = ranking.items[n - 1];
        if (!previous) return;
        expect(item.count).toBeLessThanOrEqual(previous.count);
        expect(item.rank).toBe(item.count === previous.count ? previous.rank : n + 1);
      });
    }
    const loans = await api.call('getRanking', { params: { kind: 'loans' } });
    expect(loans).toMatchObject({ from: '2026-08-27', to: '2026-11-24' });
    const cds = await api.call('getRanking', { params: { kind: 'loans' }, query: { materialTypes: 'cd' } });
    for (const item of cds.items) expect(item.title.materialType).toBe('cd');
  });
});

describe('予約かご on the server', () => {
  it('adds several titles at once, keeps the order, and names each one it refuses', async () => {
    open();
    await logIn('p003', 'quiet');
    const books = (await titlesIn(host, (title) => title.materialType === 'book' && !title.referenceOnly)).slice(0, 12);
    const reference = await firstTitleIn(host, (title) => title.referenceOnly);

    const first = await api.call('addToCart', { body: { titleIds: [books[0]!.id, books[1]!.id, books[0]!.id, reference.id, 'T999999'] } });
    expect(first.added).toEqual([books[0]!.id, books[1]!.id]);
    expect(first.refused).toEqual([
      { titleId: reference.id, title: reference.title, reason: 'reference-only' },
      { titleId: 'T999999', title: null, reason: 'not-found' },
    ]);

    const second = await api.call('addToCart', { body: { titleIds: books.map((book) => book.id) } });
    expect(second.cart.maxItems).toBe(10);
    expect(second.added).toEqual(books.slice(2, 10).map((book) => book.id));
    expect(second.refused).toEqual([
      { titleId: books[0]!.id, title: books[0]!.title, reason: 'already-in-cart' },
      { titleId: books[1]!.id, title: books[1]!.title, reason: 'already-in-cart' },
      { titleId: books[10]!.id, title: books[10]!.title, reason: 'cart-full' },
      { titleId: books[11]!.id, title: books[11]!.title, reason: 'cart-full' },
    ]);
    expect(second.cart.items.map((item) => item.titleId)).toEqual(books.slice(0, 10).map((book) => book.id));

    const summary = await api.call('getSummary');
    expect(summary.counts.cartItems).toBe(10);
  });

  it('takes titles out, and ignores ids that are not in it', async () => {
    open();
    await logIn('p003', 'quiet');
    const books = (await titlesIn(host, (title) => title.materialType === 'book' && !title.referenceOnly)).slice(0, 3);
    await api.call('addToCart', { body: { titleIds: books.map((book) => book.id) } });
    const cart = await api.call('removeFromCart', { body: { titleIds: [books[1]!.id, 'T999999'] } });
    expect(cart.items.map((item) => item.titleId)).toEqual([books[0]!.id, books[2]!.id]);
    expect((await api.call('getCart')).items).toHaveLength(2);
  });

  it('refuses, as they go in, what the patron already borrows or has reserved where the library refuses it (p001), and not elsewhere (p003)', async () => {
    for (const [profileId, expected] of [
      ['p001', ['on-loan-to-you', 'reserved-by-you']],
      ['p003', [null, null]],
    ] as const) {
      open(profileId);
      const reader = persona(profileId, 'reader');
      const holder = persona(profileId, 'holder');
      const [borrowed, reserved] = await host.run(async (library) => {
        const { patrons, loans, reservations } = library.db.tables;
        const readerRow = patrons.find((row) => row.cardNumber === reader.cardNumber)!;
        const holderRow = patrons.find((row) => row.cardNumber === holder.cardNumber)!;
        const loan = loans.where('patronId', readerRow.id).find((row) => row.returnedAt === null)!;
        const reservation = reservations.where('patronId', holderRow.id).find((row) => row.state === 'waiting')!;
        return [loan.titleId, reservation.titleId];
      });
      for (const [who, titleId, reason] of [
        ['reader', borrowed, expected[0]],
        ['holder', reserved, expected[1]],
      ] as const) {
        await logIn(profileId, who);
        const result = await api.call('addToCart', { body: { titleIds: [titleId] } });
        if (reason === null) {
          expect(result.added, profileId).toEqual([titleId]);
          expect(result.cart.items.find((item) => item.titleId === titleId)!.notReservableReason, profileId).toBeNull();
        } else {
          expect(result.refused, profileId).toEqual([expect.objectContaining({ titleId, reason })]);
          expect(
            result.cart.items.map((item) => item.titleId),
            profileId,
          ).not.toContain(titleId);
        }
      }
    }
  });

  it('needs a logged-in patron', async () => {
    open();
    await expect(api.call('getCart')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('予約かご kept in the browser before login', () => {
  beforeEach(() => open());

  it('is shown as the library sees it: rows in the order held, unknown ids left out, duplicates once', async () => {
    const [a, b] = await titlesIn(host, (title) => title.materialType === 'cd');
    const cart = await api.call('getGuestCart', { body: { titleIds: [b!.id, 'T999999', a!.id, b!.id] } });
    expect(cart.items.map((item) => item.titleId)).toEqual([b!.id, a!.id]);
    expect(cart.items[0]).toMatchObject({ addedAt: null, notReservableReason: null, title: { id: b!.id } });
    expect(cart.maxItems).toBe(10);
  });

  it("fills under the same rule as a patron's cart: the eleventh title is refused as cart-full", async () => {
    const books = (await titlesIn(host, (title) => title.materialType === 'book' && !title.referenceOnly)).slice(0, 11);
    const inCart = books.slice(0, 9).map((book) => book.id);
    const result = await api.call('addToGuestCart', { body: { inCart, titleIds: [books[9]!.id, books[10]!.id, books[0]!.id] } });
    expect(result.added).toEqual([books[9]!.id]);
    expect(result.refused).toEqual([
      { titleId: books[10]!.id, title: books[10]!.title, reason: 'cart-full' },
      { titleId: books[0]!.id, title: books[0]!.title, reason: 'already-in-cart' },
    ]);
    expect(result.cart.items.map((item) => item.titleId)).toEqual(books.slice(0, 10).map((book) => book.id));
  });
});
