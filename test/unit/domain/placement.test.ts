import { describe, expect, it } from 'vitest';
import {
  orderedPlacingRefusal,
  planPlacement,
  type PatronReservations,
  type PlacementCandidate,
} from '../../../mocks/domain/reservations/placement';
import { profiles } from '../../../mocks/profiles/profiles';
import type { MaterialType } from '../../../src/api/contract/common';

const book = (titleId: string): PlacementCandidate => ({ titleId, materialType: 'book', notReservableReason: null });
const of =
  (materialType: MaterialType) =>
  (titleId: string): PlacementCandidate => ({ titleId, materialType, notReservableReason: null });
const nothing: PatronReservations = { open: [], borrowing: new Set() };
const waiting = (count: number, materialType: MaterialType = 'book', state: 'waiting' | 'ready' | 'cancel-requested' = 'waiting') =>
  Array.from({ length: count }, (_, n) => ({ titleId: `R-${materialType}-${state}-${n}`, materialType, state }));
const library = { handlesAv: true };
const facility = { handlesAv: false };

describe('placing reservations from the cart', () => {
  it('reserves every title when nothing stands in the way, in the order chosen', () => {
    const plan = planPlacement({ profile: profiles.p003, candidates: [book('A'), book('B')], patron: nothing, pickupBranch: library });
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['A', 'B']);
    expect(plan.refused).toEqual([]);
  });

  it('refuses what nobody may reserve with its own reason (禁帯出, electronic text)', () => {
    const plan = planPlacement({
      profile: profiles.p003,
      candidates: [
        { ...book('A'), notReservableReason: 'reference-only' },
        { titleId: 'E', materialType: 'etext', notReservableReason: 'etext' },
      ],
      patron: nothing,
      pickupBranch: library,
    });
    expect(plan.refused).toEqual([
      { titleId: 'A', reason: 'reference-only' },
      { titleId: 'E', reason: 'etext' },
    ]);
  });

  it('refuses a title the patron has reserved already', () => {
    const plan = planPlacement({
      profile: profiles.p003,
      candidates: [book('A')],
      patron: { open: [{ titleId: 'A', materialType: 'book', state: 'waiting' }], borrowing: new Set() },
      pickupBranch: library,
    });
    expect(plan.refused).toEqual([{ titleId: 'A', reason: 'reserved-by-you' }]);
  });

  it('refuses a title the patron has on loan where the library says so (p001), not elsewhere (p003)', () => {
    const patron = { open: [], borrowing: new Set(['A']) };
    expect(planPlacement({ profile: profiles.p001, candidates: [book('A')], patron, pickupBranch: library }).refused).toEqual([
      { titleId: 'A', reason: 'on-loan-to-you' },
    ]);
    expect(planPlacement({ profile: profiles.p003, candidates: [book('A')], patron, pickupBranch: library }).refused).toEqual([]);
  });

  it('refuses CD and DVD for pickup at a branch that cannot hand them out (指定の館では受け取れません), books are fine', () => {
    const plan = planPlacement({
      profile: profiles.p003,
      candidates: [of('cd')('C'), of('dvd')('D'), book('B')],
      patron: nothing,
      pickupBranch: facility,
    });
    expect(plan.refused).toEqual([
      { titleId: 'C', reason: 'pickup-not-possible' },
      { titleId: 'D', reason: 'pickup-not-possible' },
    ]);
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['B']);
  });

  it('stops at the total limit, counting what the patron already has (予約可能点数を越えています)', () => {
    const plan = planPlacement({
      profile: profiles.p004,
      candidates: [book('A'), book('B')],
      patron: { open: waiting(9), borrowing: new Set() },
      pickupBranch: library,
    });
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['A']);
    expect(plan.refused).toEqual([{ titleId: 'B', reason: 'limit-exceeded' }]);
  });

  it('stops at the limit per material type: p004 allows 2 CDs and 2 紙芝居 among its 10', () => {
    const plan = planPlacement({
      profile: profiles.p004,
      candidates: [of('cd')('C1'), of('cd')('C2'), of('kamishibai')('K1'), of('kamishibai')('K2'), of('kamishibai')('K3'), book('B')],
      patron: { open: waiting(1, 'cd'), borrowing: new Set() },
      pickupBranch: library,
    });
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['C1', 'K1', 'K2', 'B']);
    expect(plan.refused).toEqual([
      { titleId: 'C2', reason: 'limit-exceeded' },
      { titleId: 'K3', reason: 'limit-exceeded' },
    ]);
  });

  it('counts ready items and cancels not yet approved (取消申込) toward the limit', () => {
    const open = [...waiting(5, 'book', 'ready'), ...waiting(5, 'book', 'cancel-requested')];
    const plan = planPlacement({
      profile: profiles.p004,
      candidates: [book('A')],
      patron: { open, borrowing: new Set() },
      pickupBranch: library,
    });
    expect(plan.refused).toEqual([{ titleId: 'A', reason: 'limit-exceeded' }]);
  });

  it('does not count ready items where the profile leaves them out of the limit', () => {
    const profile = { ...profiles.p004, reservations: { ...profiles.p004.reservations, readyCountsTowardLimit: false } };
    const plan = planPlacement({
      profile,
      candidates: [book('A')],
      patron: { open: waiting(10, 'book', 'ready'), borrowing: new Set() },
      pickupBranch: library,
    });
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['A']);
  });

  it('takes a title chosen twice once', () => {
    const plan = planPlacement({ profile: profiles.p003, candidates: [book('A'), book('A')], patron: nothing, pickupBranch: library });
    expect(plan.accepted.map((item) => item.titleId)).toEqual(['A']);
    expect(plan.refused).toEqual([{ titleId: 'A', reason: 'reserved-by-you' }]);
  });
});

describe('one ordered reservation of the titles chosen (orderedPlacingRefusal)', () => {
  const volume = (seriesId: string | null) => ({ seriesId });

  it('takes volumes of one series as a シリーズ予約 (p003: 同一シリーズ)', () => {
    expect(orderedPlacingRefusal(profiles.p003, [volume('S1'), volume('S1'), volume('S1')])).toBeNull();
  });

  it('refuses a シリーズ予約 of titles from two series, or of a title in no series, as not-one-series (p003)', () => {
    expect(orderedPlacingRefusal(profiles.p003, [volume('S1'), volume('S2')])).toBe('not-one-series');
    expect(orderedPlacingRefusal(profiles.p003, [volume(null), volume(null)])).toBe('not-one-series');
    expect(orderedPlacingRefusal(profiles.p003, [volume('S1'), volume(null)])).toBe('not-one-series');
  });

  it('orders any titles where the patron sets the order (p004: 順番を指定する)', () => {
    expect(orderedPlacingRefusal(profiles.p004, [volume('S1'), volume(null)])).toBeNull();
  });

  it('needs two titles to make an order, and a library that takes ordered reservations', () => {
    expect(orderedPlacingRefusal(profiles.p003, [volume('S1')])).toBe('nothing-to-order');
    expect(orderedPlacingRefusal(profiles.p004, [])).toBe('nothing-to-order');
    expect(orderedPlacingRefusal(profiles.p001, [volume('S1'), volume('S1')])).toBe('not-offered');
  });
});
