import { describe, expect, it } from 'vitest';
import type { ReservationRow, ReservationState } from '../../../mocks/db/schema';
import {
  changePermission,
  changesOffered,
  contactChangePermission,
  isListed,
  pickupBranchesFor,
  pickupChangePermission,
  reservationContactPermission,
} from '../../../mocks/domain/reservations/permissions';
import { DAY, fromIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';
import { reservationRow } from '../reservation-row';

const row = (state: ReservationState, extra: Partial<ReservationRow> = {}): ReservationRow => reservationRow({ state, ...extra });

describe('what a patron may do with a reservation, and why not', () => {
  it('may cancel or change the pickup branch while it waits', () => {
    for (const state of ['requested', 'awaiting-pick', 'awaiting-return', 'waiting', 'investigating', 'on-order', 'preparing'] as const) {
      expect(changePermission(row(state)), state).toEqual({ allowed: true, reason: null });
    }
  });

  it('may not once the item is ready (利用可能 / 確保済み) or travelling (配送中)', () => {
    expect(changePermission(row('ready'))).toEqual({ allowed: false, reason: 'ready' });
    expect(changePermission(row('in-transit'))).toEqual({ allowed: false, reason: 'in-transit' });
  });

  it('may not change a reservation made at the counter online', () => {
    expect(changePermission(row('waiting', { origin: 'counter' }))).toEqual({ allowed: false, reason: 'counter-made' });
  });

  it('may not cancel twice: a 取消申込 is pending, a 取消 is final', () => {
    expect(changePermission(row('cancel-requested'))).toEqual({ allowed: false, reason: 'cancel-pending' });
    expect(changePermission(row('cancelled'))).toEqual({ allowed: false, reason: 'cancelled' });
  });

  it('may change the contact method until told the item is ready', () => {
    expect(contactChangePermission(row('in-transit'))).toEqual({ allowed: true, reason: null });
    expect(contactChangePermission(row('ready'))).toEqual({ allowed: false, reason: 'ready' });
  });

  it('offers AV pickup only at branches that hand AV out (p003), books everywhere', () => {
    const all = profiles.p003.branches.map((branch) => branch.id);
    expect(pickupBranchesFor('book', profiles.p003)).toEqual(all);
    const av = pickupBranchesFor('cd', profiles.p003);
    expect(av.length).toBeLessThan(all.length);
    for (const id of av) expect(profiles.p003.branches.find((branch) => branch.id === id)?.handlesAv).toBe(true);
  });

  it('changes the pickup branch while the reservation may change, to a branch that hands its item out', () => {
    expect(pickupChangePermission(row('waiting'), 'dvd', profiles.p003)).toMatchObject({
      allowed: true,
      reason: null,
      branchIds: pickupBranchesFor('dvd', profiles.p003),
    });
    expect(pickupChangePermission(row('in-transit'), 'book', profiles.p003)).toMatchObject({ allowed: false, reason: 'in-transit' });
    expect(pickupChangePermission(row('waiting', { origin: 'counter' }), 'book', profiles.p003)).toMatchObject({
      allowed: false,
      reason: 'counter-made',
    });
  });

  it('offers every branch for a new pickup of a CD, the ones that cannot hand it out disabled with the reason, the current one always (p003)', () => {
    const change = pickupChangePermission(row('waiting', { pickupBranchId: 'chuo' }), 'cd', profiles.p003);
    expect(change).toMatchObject({ allowed: true, reason: null, branchIds: pickupBranchesFor('cd', profiles.p003) });
    expect(change.choices.map((choice) => choice.branchId)).toEqual(profiles.p003.branches.map((branch) => branch.id));
    expect(change.choices.find((choice) => choice.branchId === 'ogashiwa')).toEqual({
      branchId: 'ogashiwa',
      allowed: false,
      reason: 'pickup-not-possible',
    });
    expect(change.choices.find((choice) => choice.branchId === 'gyotoku')).toEqual({ branchId: 'gyotoku', allowed: true, reason: null });
    const atRoom = pickupChangePermission(row('waiting', { pickupBranchId: 'soya' }), 'dvd', profiles.p003);
    expect(atRoom.choices.find((choice) => choice.branchId === 'soya')).toEqual({ branchId: 'soya', allowed: true, reason: null });
  });

  it("lists cancelled reservations for the profile's days only (p003 about a week, p004 30 days, p001 not at all)", () => {
    const cancelled = row('cancelled', { cancelledAt: '2026-11-20T10:00:00+09:00', cancelReason: 'patron' });
    const at = (days: number) => fromIso('2026-11-20T10:00:00+09:00') + days * DAY;
    expect(isListed(cancelled, at(6), profiles.p003)).toBe(true);
    expect(isListed(cancelled, at(8), profiles.p003)).toBe(false);
    expect(isListed(cancelled, at(29), profiles.p004)).toBe(true);
    expect(isListed(cancelled, at(0), profiles.p001)).toBe(false);
    expect(isListed(row('waiting'), at(100), profiles.p001)).toBe(true);
  });

  it('counts those days as Tokyo calendar days from the day of the cancel: listed all of the last day, gone at its midnight', () => {
    const morning = row('cancelled', { cancelledAt: '2026-11-20T10:00:00+09:00', cancelReason: 'patron' });
    const lateEvening = row('cancelled', { cancelledAt: '2026-11-20T23:59:00+09:00', cancelReason: 'patron' });
    // p003: 11-20 is day one, 11-26 day seven.
    for (const cancelled of [morning, lateEvening]) {
      expect(isListed(cancelled, fromIso('2026-11-26T10:30:00+09:00'), profiles.p003)).toBe(true);
      expect(isListed(cancelled, fromIso('2026-11-26T23:59:59+09:00'), profiles.p003)).toBe(true);
      expect(isListed(cancelled, fromIso('2026-11-27T00:00:00+09:00'), profiles.p003)).toBe(false);
    }
    // p004: 30 days, 11-20 to 12-19; the day's edge is Tokyo midnight (15:00 UTC), not UTC's.
    expect(isListed(lateEvening, fromIso('2026-12-19T23:59:59+09:00'), profiles.p004)).toBe(true);
    expect(isListed(lateEvening, fromIso('2026-12-19T15:00:00Z'), profiles.p004)).toBe(false);
  });
});

describe('a library that offers no change of a reservation online (p000) refuses every row alike', () => {
  it('refuses 受取館 and 連絡方法 with not-offered whatever the state; 取消 stays as the row allows', () => {
    expect(changesOffered(profiles.p000)).toEqual({ allowed: false, reason: 'not-offered' });
    expect(changesOffered(profiles.p003)).toEqual({ allowed: true, reason: null });
    for (const state of ['waiting', 'in-transit', 'ready'] as const) {
      expect(pickupChangePermission(row(state), 'book', profiles.p000), state).toMatchObject({ allowed: false, reason: 'not-offered' });
      expect(reservationContactPermission(row(state), profiles.p000), state).toEqual({ allowed: false, reason: 'not-offered' });
    }
    expect(reservationContactPermission(row('in-transit'), profiles.p003)).toEqual({ allowed: true, reason: null });
    expect(changePermission(row('waiting'))).toEqual({ allowed: true, reason: null });
  });
});
