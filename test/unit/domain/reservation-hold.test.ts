import { describe, expect, it } from 'vitest';
import type { ReservationState } from '../../../mocks/db/schema';
import { firstToSecure, holdDayIssues, holdPermission, isHeld, resumeDue, resumePermission } from '../../../mocks/domain/reservations/hold';
import { profiles } from '../../../mocks/profiles/profiles';
import { reservationRow } from '../reservation-row';

const profile = profiles.p003;
const today = '2026-11-25';
const limits = { earliest: '2026-11-26', latest: '2027-01-24' };

describe('保留: holding a waiting reservation until a day', () => {
  it('may hold a reservation waiting in its queue (返却待ち, 順番待ち), up to the library’s days ahead', () => {
    for (const state of ['awaiting-return', 'waiting'] as const) {
      expect(holdPermission(reservationRow({ state }), profile, today), state).toEqual({
        allowed: true,
        reason: null,
        earliest: '2026-11-26',
        latest: '2027-01-24',
      });
    }
  });

  it('may not hold one being approved, secured, travelling, ready, prepared after another volume or cancelled', () => {
    const others: ReservationState[] = [
      'requested',
      'awaiting-pick',
      'investigating',
      'on-order',
      'in-transit',
      'preparing',
      'ready',
      'cancel-requested',
      'cancelled',
    ];
    for (const state of others) {
      expect(holdPermission(reservationRow({ state }), profile, today), state).toEqual({
        allowed: false,
        reason: 'not-waiting',
        earliest: null,
        latest: null,
      });
    }
  });

  it('may not hold online one made at the counter, nor anything where the library offers no 保留', () => {
    expect(holdPermission(reservationRow({ origin: 'counter' }), profile, today).reason).toBe('counter-made');
    const without = { ...profile, reservations: { ...profile.reservations, hold: null } };
    expect(holdPermission(reservationRow(), without, today).reason).toBe('not-offered');
  });

  it('takes a day after today and no later than the last day allowed', () => {
    expect(holdDayIssues(today, limits)[0]?.code).toBe('hold_not_after_today');
    expect(holdDayIssues('2027-01-25', limits)[0]?.code).toBe('hold_too_far');
    expect(holdDayIssues('2026-11-26', limits)).toEqual([]);
    expect(holdDayIssues('2027-01-24', limits)).toEqual([]);
  });

  it('is held until the start of its day (Tokyo), when it resumes; the patron may resume it before', () => {
    const held = reservationRow({ heldUntil: '2026-11-28' });
    expect(isHeld(held, '2026-11-27')).toBe(true);
    expect(isHeld(held, '2026-11-28')).toBe(false);
    expect(new Date(resumeDue('2026-11-28')).toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(resumePermission(held)).toEqual({ allowed: true });
    expect(resumePermission(reservationRow())).toEqual({ allowed: false });
  });

  it('keeps its place in the queue, but a copy goes to the first one not held', () => {
    const first = reservationRow({ id: 'R1', state: 'awaiting-return', heldUntil: '2026-12-01' });
    const second = reservationRow({ id: 'R2', state: 'waiting' });
    expect(firstToSecure([first, second], today)?.id).toBe('R2');
    expect(firstToSecure([first, second], '2026-12-01')?.id).toBe('R1');
    expect(firstToSecure([first], today)).toBeUndefined();
  });
});
