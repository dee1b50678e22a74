import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, firstTitleIn, interceptApiRequests, openLibrary, persona, titlesIn } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: 'reader' | 'quiet' | 'holder' = 'reader') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

let requests = 0;
const requestId = () => `shelf-request-${++requests}`;
const books = (host: ReturnType<typeof openLibrary>) => titlesIn(host, (title) => title.materialType === 'book');

describe('My本棚 (p004)', () => {
  it("holds the seeded reader's two shelves, a title the catalogue no longer holds listed with what was saved, and the library's limits", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const { shelves, limits, create } = await api.call('getShelves');
    expect(shelves.map((shelf) => shelf.kind)).toEqual(['want-to-read', 'favourites']);
    expect(shelves[0]!.items).toHaveLength(4);
    expect(shelves[1]!.items).toHaveLength(2);
    expect(shelves[0]!.items.find((item) => !item.inCatalogue)).toMatchObject({
      saved: { title: '消えた図書館の謎' },
      notReservableReason: 'no-copies',
    });
    expect(shelves[0]!.actions).toEqual({ rename: false, delete: false });
    expect(limits).toEqual({ maxShelves: 10, maxItemsPerShelf: 100 });
    expect(create).toEqual({ allowed: true, reason: null });
  });

  it('makes a shelf once per requestId, renames and deletes it, and refuses one past the library’s number of shelves', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    const key = requestId();
    const shelf = await api.call('createShelf', { body: { requestId: key, name: '旅の本' } });
    expect(await api.call('createShelf', { body: { requestId: key, name: '旅の本' } })).toEqual(shelf);
    await expect(api.call('createShelf', { body: { requestId: key, name: '別の名前' } })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await api.call('renameShelf', { params: { shelfId: shelf.id }, body: { name: '旅行の本' } })).toMatchObject({
      name: '旅行の本',
      kind: 'own',
    });
    await expect(api.call('renameShelf', { params: { shelfId: 'favourites' }, body: { name: 'x' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    for (let n = 0; n < 7; n++) await api.call('createShelf', { body: { requestId: requestId(), name: `棚${n}` } });
    const full = await api.call('getShelves');
    expect(full.shelves).toHaveLength(10);
    expect(full.create).toEqual({ allowed: false, reason: 'shelf-limit' });
    await expect(api.call('createShelf', { body: { requestId: requestId(), name: '11' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'shelf-limit' },
    });
    await api.call('deleteShelf', { params: { shelfId: shelf.id } });
    expect((await api.call('getShelves')).shelves).toHaveLength(9);
  });

  it('puts several titles on a shelf once each, keeps a note, moves and removes them', async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    const [a, b, c] = await books(host);
    const added = await api.call('addToShelf', {
      params: { shelfId: 'want-to-read' },
      body: { titleIds: [a!.id, b!.id, 'no-such-title'] },
    });
    expect(added.added).toEqual([a!.id, b!.id]);
    expect(added.refused).toEqual([{ titleId: 'no-such-title', reason: 'not-found' }]);
    expect(added.shelf.items.map((item) => item.titleId)).toEqual([b!.id, a!.id]);
    const again = await api.call('addToShelf', { params: { shelfId: 'want-to-read' }, body: { titleIds: [a!.id, c!.id] } });
    expect(again).toMatchObject({ added: [c!.id], refused: [{ titleId: a!.id, reason: 'already-on-shelf' }] });
    const noted = await api.call('changeShelfItem', {
      params: { shelfId: 'want-to-read', titleId: a!.id },
      body: { note: '友だちのおすすめ' },
    });
    expect(noted.note).toBe('友だちのおすすめ');
    await api.call('changeShelfItem', { params: { shelfId: 'want-to-read', titleId: a!.id }, body: { shelfId: 'favourites' } });
    const { shelves } = await api.call('getShelves');
    expect(shelves[1]!.items).toMatchObject([{ titleId: a!.id, note: '友だちのおすすめ' }]);
    expect(shelves[0]!.items.map((item) => item.titleId)).toEqual([c!.id, b!.id]);
    await api.call('addToShelf', { params: { shelfId: 'want-to-read' }, body: { titleIds: [a!.id] } });
    await expect(
      api.call('changeShelfItem', { params: { shelfId: 'want-to-read', titleId: a!.id }, body: { shelfId: 'favourites' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'already-on-shelf' } });
    await api.call('removeFromShelf', { params: { shelfId: 'favourites', titleId: a!.id } });
    expect((await api.call('getShelves')).shelves[1]!.items).toEqual([]);
  });

  it("refuses a title past the shelf's limit with shelf-full", async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    const ids = (await books(host)).slice(0, 101).map((title) => title.id);
    const result = await api.call('addToShelf', { params: { shelfId: 'favourites' }, body: { titleIds: ids.slice(0, 100) } });
    expect(result.added).toHaveLength(100);
    const over = await api.call('addToShelf', { params: { shelfId: 'favourites' }, body: { titleIds: [ids[100]!] } });
    expect(over.refused).toEqual([{ titleId: ids[100], reason: 'shelf-full' }]);
  });

  it("never shows or changes another patron's shelf", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    const own = await api.call('createShelf', { body: { requestId: requestId(), name: '私の棚' } });
    await logIn('p004', 'holder');
    expect((await api.call('getShelves')).shelves).toHaveLength(2);
    await expect(api.call('renameShelf', { params: { shelfId: own.id }, body: { name: 'x' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.call('addToShelf', { params: { shelfId: own.id }, body: { titleIds: ['x'] } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.call('deleteShelf', { params: { shelfId: own.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is not offered where the library does not name it (p003), until a designer switches it on', async () => {
    const host = openLibrary();
    await logIn('p003');
    await expect(api.call('getShelves')).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'not-offered' } });
    await expect(api.call('getReadingGoals')).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'not-offered' } });
    expect(await api.call('simSetSettings', { body: { shelves: true, readingMarathon: true } })).toEqual({
      shelves: true,
      readingMarathon: true,
    });
    expect((await api.call('getLibrary')).features).toMatchObject({ shelves: true, readingMarathon: true, loanHistory: false });
    expect((await api.call('getShelves')).shelves).toHaveLength(2);
    // Without 貸出履歴, 読書マラソン counts the titles marked 読了.
    const goals = await api.call('getReadingGoals');
    expect(goals.source).toBe('read-marks');
    expect(goals.loans).toHaveLength(5);
    const goal = await api.call('createReadingGoal', { body: { requestId: requestId(), target: 2, period: { kind: 'month' } } });
    expect(goal).toMatchObject({
      count: 0,
      reached: false,
      status: 'running',
      period: { from: '2026-11-01', to: '2026-11-30' },
      daysLeft: 7,
    });
    const title = await firstTitleIn(host, (row) => row.materialType === 'book');
    await api.call('setReadMark', { params: { titleId: goals.loans[0]!.titleId }, body: { read: true } });
    await api.call('setReadMark', { params: { titleId: title.id }, body: { read: true } });
    await api.call('setReadMark', { params: { titleId: title.id }, body: { read: true } });
    const after = await api.call('getReadingGoals');
    expect(after.goals[0]).toMatchObject({ count: 2, reached: true, months: [{ month: '2026-11', count: 2 }] });
    expect(after.loans[0]!.readAt).not.toBeNull();
    await api.call('simSetSettings', { body: { shelves: false } });
    await expect(api.call('getShelves')).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('読書マラソン (p004)', () => {
  it("shows the seeded reader's goal for the year half reached, counted from 貸出履歴, month by month", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const { source, goals, periods, loans } = await api.call('getReadingGoals');
    expect(source).toBe('loan-history');
    expect(loans).toEqual([]);
    expect(periods.map((period) => period.kind)).toEqual(['year', 'summer', 'month']);
    expect(periods[1]).toEqual({ kind: 'summer', from: '2027-07-20', to: '2027-08-31' });
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ target: 6, count: 3, reached: false, status: 'running', daysLeft: 38 });
    expect(goals[0]!.months).toHaveLength(12);
    expect(goals[0]!.months.reduce((sum, month) => sum + month.count, 0)).toBe(3);
  });

  it('completes a goal one book short when a loan comes back at the counter', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const goal = await api.call('createReadingGoal', {
      body: { requestId: requestId(), target: 4, period: { kind: 'custom', from: '2026-09-01', to: '2026-12-31' } },
    });
    expect(goal).toMatchObject({ count: 3, reached: false });
    const reader = persona('p004', 'reader');
    const { loans } = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    await api.call('simCounterReturn', { body: { loanId: loans[0]!.loanId } });
    const after = (await api.call('getReadingGoals')).goals.find((item) => item.id === goal.id);
    expect(after).toMatchObject({ count: 4, reached: true });
  });

  it('refuses a period of reversed dates, and lists a past goal with its result', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    await expect(
      api.call('createReadingGoal', {
        body: { requestId: requestId(), target: 3, period: { kind: 'custom', from: '2026-10-01', to: '2026-09-01' } },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ path: 'period.to', code: 'period_reversed' }] } });
    const past = await api.call('createReadingGoal', {
      body: { requestId: requestId(), target: 2, period: { kind: 'custom', from: '2026-09-01', to: '2026-10-31' } },
    });
    expect(past).toMatchObject({ status: 'ended', reached: true, count: 3, daysLeft: null });
    const { goals } = await api.call('getReadingGoals');
    expect(goals.map((goal) => goal.status)).toEqual(['running', 'ended']);
    await api.call('deleteReadingGoal', { params: { goalId: past.id } });
    expect((await api.call('getReadingGoals')).goals).toHaveLength(1);
  });
});

describe('貸出履歴 in My本棚', () => {
  it('deletes one entry or all of them, keeps recording, and turning it off forgets the deleted ones too', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const history = await api.call('getLoanHistory');
    const [first] = history.items;
    const fewer = await api.call('removeLoanHistoryItem', { params: { loanId: first!.loanId } });
    expect(fewer.items.map((item) => item.loanId)).not.toContain(first!.loanId);
    expect(fewer.items).toHaveLength(2);
    expect((await api.call('getReadingGoals')).goals[0]!.count).toBe(2);
    await expect(api.call('removeLoanHistoryItem', { params: { loanId: 'L999999' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const cleared = await api.call('clearLoanHistory');
    expect(cleared).toMatchObject({ enabled: true, items: [] });
    await api.call('setLoanHistory', { body: { enabled: false } });
    await api.call('setLoanHistory', { body: { enabled: true } });
    expect((await api.call('getLoanHistory')).items).toEqual([]);
  });
});

describe('the built-in scenario 読書マラソンまであと1冊 (p004)', () => {
  it('leaves the autumn goal one book short, and returning a loan at the counter completes it', async () => {
    openLibrary({ profileId: 'p004' });
    const restored = await api.call('simRestoreScenario', { params: { scenarioId: 'reading-goal-one-short' } });
    useSessionToken.setState({ token: restored.signIn!.token });
    const autumn = (await api.call('getReadingGoals')).goals.find((goal) => goal.period.from.endsWith('-09-01'))!;
    expect(autumn).toMatchObject({ reached: false, status: 'running' });
    expect(autumn.target - autumn.count).toBe(1);
    const { loans } = await api.call('simGetPatron', { params: { cardNumber: persona('p004', 'reader').cardNumber } });
    await api.call('simCounterReturn', { body: { loanId: loans[0]!.loanId } });
    expect((await api.call('getReadingGoals')).goals.find((goal) => goal.id === autumn.id)).toMatchObject({ reached: true });
  });
});
