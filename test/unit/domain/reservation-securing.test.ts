import { describe, expect, it } from 'vitest';
import type { ReservationRow } from '../../../mocks/db/schema';
import { closedDayLookup, closedDaysBetween } from '../../../mocks/domain/calendar';
import { arrivalDue, expired, expiryDue, readyAt, secureCopy, securingDue } from '../../../mocks/domain/reservations/securing';
import { fromIso, toIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';
import { reservationRow } from '../reservation-row';

const p003 = profiles.p003;
const isClosed = closedDayLookup(closedDaysBetween(p003, '2026-11-01', '2027-01-31'));

const waiting: ReservationRow = reservationRow({
  state: 'awaiting-pick',
  queuedAt: '2026-11-24T10:00:00+09:00',
  reservedAt: '2026-11-24T10:00:00+09:00',
  updatedAt: '2026-11-24T10:05:00+09:00',
});

describe('securing a copy for a reservation', () => {
  it('is done by staff within two hours of 確認待ち', () => {
    expect(toIso(securingDue(waiting.updatedAt))).toBe('2026-11-24T12:05:00+09:00');
  });

  it('makes a copy already at the pickup branch 利用可能 at once, with 連絡日 and the 取置期限 (p003: a week counting the notice day, off the Monday closure)', () => {
    const now = fromIso('2026-11-24T12:05:00+09:00');
    expect(secureCopy(waiting, { id: 'C1', branchId: 'chuo' }, now, p003, isClosed)).toEqual({
      state: 'ready',
      copyId: 'C1',
      securedAt: '2026-11-24T12:05:00+09:00',
      notifiedAt: '2026-11-24T12:05:00+09:00',
      pickupDeadline: '2026-12-01',
      updatedAt: '2026-11-24T12:05:00+09:00',
    });
  });

  it('sends a copy from another branch 配送中', () => {
    const now = fromIso('2026-11-24T12:05:00+09:00');
    expect(secureCopy(waiting, { id: 'C2', branchId: 'gyotoku' }, now, p003, isClosed)).toMatchObject({
      state: 'in-transit',
      copyId: 'C2',
      securedAt: '2026-11-24T12:05:00+09:00',
    });
  });

  it('brings a copy in transit on the next opening day of the pickup branch, skipping the Monday closure', () => {
    // Secured on Sunday 29 November: Monday 30 is the weekly closing day, so it arrives on Tuesday.
    expect(toIso(arrivalDue('2026-11-29T15:00:00+09:00', 'chuo', isClosed))).toBe('2026-12-01T11:00:00+09:00');
  });

  it('counts the 取置期限 from the notice of arrival, not from securing, where the profile says (p003; day seven is a Monday)', () => {
    const arrived = fromIso('2026-12-01T11:00:00+09:00');
    expect(readyAt({ pickupBranchId: 'chuo', securedAt: '2026-11-29T15:00:00+09:00' }, arrived, p003, isClosed)).toMatchObject({
      state: 'ready',
      notifiedAt: '2026-12-01T11:00:00+09:00',
      pickupDeadline: '2026-12-08',
    });
  });

  it('counts it from securing where the profile says (p004: two weeks)', () => {
    const p004Closed = closedDayLookup(closedDaysBetween(profiles.p004, '2026-11-01', '2027-01-31'));
    const arrived = fromIso('2026-12-01T11:00:00+09:00');
    expect(
      readyAt({ pickupBranchId: 'chuo', securedAt: '2026-11-29T15:00:00+09:00' }, arrived, profiles.p004, p004Closed).pickupDeadline,
    ).toBe('2026-12-13');
  });
});

describe('a ready item not collected', () => {
  it('expires at the start of the day after its 取置期限', () => {
    expect(toIso(expiryDue('2026-11-30'))).toBe('2026-12-01T00:00:00+09:00');
  });

  it('becomes 取消 (期限切れ)', () => {
    const now = fromIso('2026-12-01T00:00:00+09:00');
    expect(expired(now)).toEqual({
      state: 'cancelled',
      cancelReason: 'expired',
      cancelledAt: '2026-12-01T00:00:00+09:00',
      updatedAt: '2026-12-01T00:00:00+09:00',
    });
  });
});
