import { describe, expect, it } from 'vitest';
import type { ReservationRow } from '../../../mocks/db/schema';
import { stateInOrder } from '../../../mocks/domain/reservations/approval';
import { keepsPlace, orderOptions, planOrder, type OrderMember } from '../../../mocks/domain/reservations/ordering';
import { profiles } from '../../../mocks/profiles/profiles';
import { reservationRow } from '../reservation-row';

/** A reservation of volume `volume` of series S (or of a single work when volume is null). */
function member(id: string, volume: number | null, extra: Partial<ReservationRow> = {}, seriesId = 'S'): OrderMember {
  return {
    reservation: reservationRow({ id, titleId: `T-${id}`, reservedAt: `2026-11-20T10:0${id.length}:00+09:00`, ...extra }),
    seriesId: volume === null ? null : seriesId,
    volumeNumber: volume,
  };
}
const grouped = (position: number, extra: Partial<ReservationRow> = {}) => ({ orderGroupId: 'G1', orderPosition: position, ...extra });
const find = (own: OrderMember[], id: string) => own.find((candidate) => candidate.reservation.id === id)!;

describe('what a reservation may be put in order with (順番の変更, シリーズ予約への変更)', () => {
  it('offers the movable volumes of an ordered reservation, by place, to each of them', () => {
    const own = [member('A', 1, grouped(2)), member('B', 2, grouped(1)), member('C', 3, grouped(3))];
    expect(orderOptions(find(own, 'A'), own, profiles.p003)).toEqual({ allowed: true, reason: null, reservationIds: ['B', 'A', 'C'] });
    expect(orderOptions(find(own, 'C'), own, profiles.p004).reservationIds).toEqual(['B', 'A', 'C']);
  });

  it('turns normal reservations of one series into an ordered one, by volume, and leaves other titles out', () => {
    const own = [member('V3', 3), member('V1', 1), member('other', null), member('else', 1, {}, 'S2')];
    expect(orderOptions(find(own, 'V3'), own, profiles.p003).reservationIds).toEqual(['V1', 'V3']);
    expect(orderOptions(find(own, 'other'), own, profiles.p003)).toEqual({
      allowed: false,
      reason: 'nothing-to-order',
      reservationIds: [],
    });
    expect(orderOptions(find(own, 'else'), own, profiles.p003).reason).toBe('nothing-to-order');
  });

  it('lets a volume reserved normally later join the ordered reservation of its series', () => {
    const own = [member('V1', 1, grouped(1)), member('V2', 2, grouped(2)), member('V3', 3)];
    expect(orderOptions(find(own, 'V3'), own, profiles.p003).reservationIds).toEqual(['V1', 'V2', 'V3']);
    expect(orderOptions(find(own, 'V1'), own, profiles.p003).reservationIds).toEqual(['V1', 'V2', 'V3']);
  });

  it('is not offered where the library has no ordered reservations (p000, p001, p002)', () => {
    const own = [member('V1', 1), member('V2', 2)];
    for (const profile of [profiles.p000, profiles.p001, profiles.p002])
      expect(orderOptions(own[0]!, own, profile).reason).toBe('not-offered');
  });

  it('keeps secured volumes and the ones being cancelled out of the order, and refuses them with their reason', () => {
    const own = [
      member('V1', 1, grouped(1, { state: 'ready' })),
      member('V2', 2, grouped(2)),
      member('V3', 3, grouped(3)),
      member('V4', 4, grouped(4, { state: 'cancel-requested' })),
    ];
    expect(orderOptions(find(own, 'V2'), own, profiles.p003).reservationIds).toEqual(['V2', 'V3']);
    expect(orderOptions(find(own, 'V1'), own, profiles.p003).reason).toBe('ready');
    expect(orderOptions(find(own, 'V4'), own, profiles.p003).reason).toBe('cancel-pending');
  });

  it('cannot reorder online an ordered reservation that holds a counter-made volume (the counter does it)', () => {
    const own = [member('V1', 1, grouped(1, { origin: 'counter' })), member('V2', 2, grouped(2)), member('V3', 3, grouped(3))];
    expect(orderOptions(find(own, 'V2'), own, profiles.p003)).toEqual({ allowed: false, reason: 'counter-made', reservationIds: [] });
    // A counter-made normal reservation simply is not offered; the online ones may still be ordered.
    const loose = [member('V1', 1, { origin: 'counter' }), member('V2', 2), member('V3', 3)];
    expect(orderOptions(find(loose, 'V1'), loose, profiles.p003).reason).toBe('counter-made');
    expect(orderOptions(find(loose, 'V2'), loose, profiles.p003).reservationIds).toEqual(['V2', 'V3']);
  });

  it('ignores cancelled reservations', () => {
    const own = [member('V1', 1, { state: 'cancelled' }), member('V2', 2)];
    expect(orderOptions(find(own, 'V2'), own, profiles.p003).reason).toBe('nothing-to-order');
  });
});

describe('the new order', () => {
  it('keeps the group, secured volumes first, then the order given, then the ones being cancelled', () => {
    const own = [
      member('V1', 1, grouped(1, { state: 'in-transit' })),
      member('V2', 2, grouped(2, { state: 'cancel-requested' })),
      member('V3', 3, grouped(3)),
      member('V4', 4, grouped(4)),
    ];
    const plan = planOrder(['V4', 'V3'], own, 'P1', profiles.p003);
    expect(plan).toEqual({
      groupId: 'G1',
      positions: new Map([
        ['V1', 1],
        ['V4', 2],
        ['V3', 3],
        ['V2', 4],
      ]),
    });
  });

  it('says which volumes keep their places, as the reorder form shows them: the secured ones (利用可能, 配送中)', () => {
    expect(keepsPlace(reservationRow({ state: 'ready' }))).toBe(true);
    expect(keepsPlace(reservationRow({ state: 'in-transit' }))).toBe(true);
    for (const state of ['waiting', 'preparing', 'cancel-requested'] as const)
      expect(keepsPlace(reservationRow({ state })), state).toBe(false);
  });

  it('makes a new ordered reservation of normal ones, named after the patron and the first', () => {
    const own = [member('V1', 1), member('V2', 2), member('V3', 3)];
    expect(planOrder(['V2', 'V1'], own, 'P1', profiles.p004)).toEqual({
      groupId: 'G-P1-V2',
      positions: new Map([
        ['V2', 1],
        ['V1', 2],
      ]),
    });
  });

  it("refuses what is not the patron's, what is locked, what is unrelated and a group left half out", () => {
    const own = [
      member('V1', 1, grouped(1)),
      member('V2', 2, grouped(2)),
      member('V3', 3),
      member('X', null),
      member('R', 4, { state: 'ready' }),
    ];
    expect(planOrder(['V1', 'nope'], own, 'P1', profiles.p003)).toEqual({ kind: 'not-found', reservationId: 'nope' });
    expect(planOrder(['V1', 'R'], own, 'P1', profiles.p003)).toEqual({ kind: 'not-allowed', reservationId: 'R', reason: 'ready' });
    expect(planOrder(['V1', 'V2', 'X'], own, 'P1', profiles.p003)).toEqual({
      kind: 'not-allowed',
      reservationId: 'X',
      reason: 'nothing-to-order',
    });
    expect(planOrder(['V1', 'V3'], own, 'P1', profiles.p003)).toEqual({ kind: 'incomplete', reservationId: 'V2' });
    expect(planOrder(['V1', 'V2'], own, 'P1', profiles.p001)).toEqual({ kind: 'not-allowed', reservationId: 'V1', reason: 'not-offered' });
  });

  it('refuses a reservation of another series even when that one could be ordered with its own', () => {
    const own = [member('A1', 1), member('A2', 2), member('B1', 1, {}, 'B'), member('B2', 2, {}, 'B')];
    expect(planOrder(['A1', 'B1'], own, 'P1', profiles.p003)).toEqual({ kind: 'unrelated', reservationId: 'B1' });
  });
});

describe('a volume after a reorder or a cancel', () => {
  it('waits as 準備中 while the volume before it is not ready, giving up its place in the queue or its claim on a shelf copy', () => {
    for (const state of ['awaiting-pick', 'awaiting-return', 'waiting'] as const) expect(stateInOrder(state, false)).toBe('preparing');
  });

  it('is approved again when it no longer waits for a previous volume', () => {
    expect(stateInOrder('preparing', true)).toBe('approve');
    expect(stateInOrder('preparing', null)).toBe('approve');
    expect(stateInOrder('preparing', false)).toBeNull();
  });

  it('stays as it is otherwise: 予約申込 is decided at approval, secured ones are past ordering', () => {
    for (const state of ['requested', 'investigating', 'on-order', 'in-transit', 'ready', 'cancel-requested'] as const)
      expect(stateInOrder(state, false)).toBeNull();
    expect(stateInOrder('waiting', true)).toBeNull();
  });
});
