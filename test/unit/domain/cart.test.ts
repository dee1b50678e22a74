import { describe, expect, it } from 'vitest';
import type { CopyRow, CopyStatus, ReservationRow, ReservationState } from '../../../mocks/db/schema';
import { availabilityOf, titleAvailability } from '../../../mocks/domain/catalogue/availability';
import { planCartAddition } from '../../../mocks/domain/catalogue/cart';
import { rankByCount } from '../../../mocks/domain/catalogue/rankings';
import { cartItemReason, notReservableReason } from '../../../mocks/domain/catalogue/reservability';
import { profiles } from '../../../mocks/profiles/profiles';
import type { Availability, NotReservableReason } from '../../../src/api/contract/catalogue';
import { titleRow } from '../title-row';

/** A catalogue where T9 does not exist, R1 is 禁帯出 and everything else may be reserved. */
const reasonOf = (titleId: string): NotReservableReason | null | undefined =>
  titleId === 'T9' ? undefined : titleId === 'R1' ? 'reference-only' : null;

const plan = (inCart: string[], requested: string[], maxItems = 10) =>
  planCartAddition({ inCart: new Set(inCart), requested, maxItems, reasonOf });

describe('putting titles in the cart (planCartAddition)', () => {
  it('adds the titles in the order they were asked for', () => {
    expect(plan([], ['T3', 'T1', 'T2'])).toEqual({ added: ['T3', 'T1', 'T2'], refused: [] });
  });

  it('adds a title asked for twice once, and says nothing about the second time', () => {
    expect(plan([], ['T1', 'T2', 'T1'])).toEqual({ added: ['T1', 'T2'], refused: [] });
  });

  it('refuses a title already in the cart as already-in-cart', () => {
    expect(plan(['T1'], ['T1', 'T2'])).toEqual({ added: ['T2'], refused: [{ titleId: 'T1', reason: 'already-in-cart' }] });
  });

  it('refuses an id the library does not have as not-found', () => {
    expect(plan([], ['T9'])).toEqual({ added: [], refused: [{ titleId: 'T9', reason: 'not-found' }] });
  });

  it('refuses a title nobody may reserve with its reason', () => {
    expect(plan([], ['R1', 'T1'])).toEqual({ added: ['T1'], refused: [{ titleId: 'R1', reason: 'reference-only' }] });
  });

  it('refuses the (max+1)th title as cart-full', () => {
    const nine = Array.from({ length: 9 }, (_, n) => `C${n}`);
    expect(plan(nine, ['T1', 'T2'])).toEqual({ added: ['T1'], refused: [{ titleId: 'T2', reason: 'cart-full' }] });
  });

  it('adds nothing past the maximum, naming every title that did not fit', () => {
    const requested = Array.from({ length: 13 }, (_, n) => `T${n + 10}`);
    const result = plan([], requested);
    expect(result.added).toEqual(requested.slice(0, 10));
    expect(result.refused).toEqual(requested.slice(10).map((titleId) => ({ titleId, reason: 'cart-full' })));
  });

  it('names a title that cannot go in for another reason by that reason even when the cart is full', () => {
    const full = Array.from({ length: 10 }, (_, n) => `C${n}`);
    expect(plan(full, ['C0', 'R1', 'T9', 'T1']).refused).toEqual([
      { titleId: 'C0', reason: 'already-in-cart' },
      { titleId: 'R1', reason: 'reference-only' },
      { titleId: 'T9', reason: 'not-found' },
      { titleId: 'T1', reason: 'cart-full' },
    ]);
  });
});

const lendable: Availability = { status: 'on-shelf', copies: 2, onShelf: 1, reservations: 0 };
const noCopies: Availability = { status: 'none', copies: 0, onShelf: 0, reservations: 0 };

describe('who may reserve a title (notReservableReason)', () => {
  it('lets anyone reserve an ordinary book with copies', () => {
    for (const profile of Object.values(profiles)) expect(notReservableReason(titleRow(), lendable, profile), profile.id).toBeNull();
  });

  it('refuses 禁帯出 where the library says so', () => {
    expect(notReservableReason(titleRow({ referenceOnly: true }), lendable, profiles.p003)).toBe('reference-only');
  });

  it('refuses an electronic text everywhere: it is read online', () => {
    for (const profile of Object.values(profiles)) {
      expect(notReservableReason(titleRow({ materialType: 'etext' }), lendable, profile), profile.id).toBe('etext');
    }
  });

  it('refuses the latest magazine issue and DVDs in p004 only', () => {
    const latest = titleRow({ materialType: 'magazine', latestIssue: true });
    const older = titleRow({ materialType: 'magazine', latestIssue: false });
    const dvd = titleRow({ materialType: 'dvd' });
    expect(notReservableReason(latest, lendable, profiles.p004)).toBe('latest-magazine');
    expect(notReservableReason(dvd, lendable, profiles.p004)).toBe('video');
    expect(notReservableReason(older, lendable, profiles.p004)).toBeNull();
    expect(notReservableReason(latest, lendable, profiles.p003)).toBeNull();
    expect(notReservableReason(dvd, lendable, profiles.p003)).toBeNull();
  });

  it('refuses a title with no copy left to lend as no-copies', () => {
    expect(notReservableReason(titleRow(), noCopies, profiles.p003)).toBe('no-copies');
  });

  it('gives the reason of the kind of material before the lack of copies', () => {
    expect(notReservableReason(titleRow({ referenceOnly: true }), noCopies, profiles.p003)).toBe('reference-only');
  });
});

describe('why this patron cannot reserve an item in their cart (cartItemReason)', () => {
  const none = { borrowing: false, reserved: false };

  it('tells a p001 patron that they already borrow the item', () => {
    expect(cartItemReason(null, { borrowing: true, reserved: false }, profiles.p001)).toBe('on-loan-to-you');
  });

  it('tells a p001 patron that they already reserved the item', () => {
    expect(cartItemReason(null, { borrowing: false, reserved: true }, profiles.p001)).toBe('reserved-by-you');
  });

  it("does not refuse a patron's own loans or reservations in the other libraries", () => {
    for (const id of ['p000', 'p002', 'p003', 'p004'] as const) {
      expect(cartItemReason(null, { borrowing: true, reserved: true }, profiles[id]), id).toBeNull();
    }
  });

  it('gives the reason that holds for everyone first', () => {
    expect(cartItemReason('reference-only', { borrowing: true, reserved: true }, profiles.p001)).toBe('reference-only');
  });

  it('has no reason for an item the patron may reserve', () => {
    expect(cartItemReason(null, none, profiles.p001)).toBeNull();
  });
});

const copy = (n: number, status: CopyStatus): CopyRow => ({ id: `C${n}`, titleId: 'T1', branchId: 'chuo', status, shelf: '一般開架' });
const reservation = (n: number, state: ReservationState) => ({ id: `R${n}`, titleId: 'T1', state }) as ReservationRow;

describe('在架 and 貸出中 (availabilityOf)', () => {
  it('is 在架 while one copy is on the shelf', () => {
    expect(availabilityOf([copy(1, 'on-shelf'), copy(2, 'on-loan')], [])).toEqual({
      status: 'on-shelf',
      copies: 2,
      onShelf: 1,
      reservations: 0,
    });
  });

  it('is 貸出中 when every copy is out, held for somebody or travelling', () => {
    expect(availabilityOf([copy(1, 'on-loan'), copy(2, 'held'), copy(3, 'in-transit')], []).status).toBe('on-loan');
  });

  it('is read online for an electronic text, which is on no shelf; any other title is as its copies are', () => {
    expect(titleAvailability(titleRow({ materialType: 'etext' }), [], [])).toEqual({
      status: 'online',
      copies: 0,
      onShelf: 0,
      reservations: 0,
    });
    expect(titleAvailability(titleRow(), [copy(1, 'on-loan')], []).status).toBe('on-loan');
  });

  it('no longer counts a lost copy', () => {
    expect(availabilityOf([copy(1, 'lost'), copy(2, 'on-loan')], [])).toMatchObject({ status: 'on-loan', copies: 1 });
    expect(availabilityOf([copy(1, 'lost')], [])).toEqual({ status: 'none', copies: 0, onShelf: 0, reservations: 0 });
  });

  it('counts every open reservation in the queue, a cancel not yet approved included, but not a cancelled one', () => {
    const queue = [reservation(1, 'waiting'), reservation(2, 'ready'), reservation(3, 'cancel-requested'), reservation(4, 'cancelled')];
    expect(availabilityOf([copy(1, 'on-loan')], queue).reservations).toBe(3);
  });
});

describe('貸出ベスト and 予約ベスト (rankByCount)', () => {
  it('ranks the highest count first, equal counts sharing a rank and the next rank skipping: 1, 2, 2, 4', () => {
    const counts = new Map([
      ['A', 3],
      ['B', 9],
      ['C', 5],
      ['D', 5],
    ]);
    expect(rankByCount(counts, 10)).toEqual([
      { titleId: 'B', count: 9, rank: 1 },
      { titleId: 'C', count: 5, rank: 2 },
      { titleId: 'D', count: 5, rank: 2 },
      { titleId: 'A', count: 3, rank: 4 },
    ]);
  });

  it('lists equal counts by title id, whatever order they came in', () => {
    const counts = new Map([
      ['Z', 2],
      ['M', 2],
      ['A', 2],
    ]);
    expect(rankByCount(counts, 10).map((row) => row.titleId)).toEqual(['A', 'M', 'Z']);
  });

  it('stops at the limit but keeps a tie at the limit whole', () => {
    const counts = new Map([
      ['A', 9],
      ['B', 7],
      ['C', 7],
      ['D', 7],
      ['E', 1],
    ]);
    expect(rankByCount(counts, 2).map((row) => [row.titleId, row.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 2],
    ]);
    expect(rankByCount(counts, 1).map((row) => row.titleId)).toEqual(['A']);
  });

  it('leaves out titles counted zero times', () => {
    expect(
      rankByCount(
        new Map([
          ['A', 0],
          ['B', 1],
        ]),
        10,
      ).map((row) => row.titleId),
    ).toEqual(['B']);
  });
});
