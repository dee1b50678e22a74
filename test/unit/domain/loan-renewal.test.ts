import { describe, expect, it } from 'vitest';
import { closedDayLookup, closedDaysBetween } from '../../../mocks/domain/calendar';
import { dueReminder, reminderDue } from '../../../mocks/domain/loans/reminder';
import { isOverdue, isReservedByOthers, overdueDays, overdueFrom, renewalDecision } from '../../../mocks/domain/loans/renewal';
import { fromIso, toIso } from '../../../mocks/domain/time';
import type { LibraryProfile } from '../../../mocks/profiles/profile';
import { profiles } from '../../../mocks/profiles/profiles';
import { loanRow } from '../loan-row';
import { patronRow } from '../patron-row';
import { reservationRow } from '../reservation-row';

// Every profile closes on Mondays, on national holidays and from 12-29 to 01-03.
const isClosed = closedDayLookup(closedDaysBetween(profiles.p004, '2026-11-01', '2027-02-28'));
const decide = (profile: LibraryProfile, today: string, extra: { reservedByOthers?: boolean; renewals?: number; dueDate?: string } = {}) =>
  renewalDecision(
    {
      loan: loanRow({ renewals: extra.renewals ?? 0, dueDate: extra.dueDate ?? '2026-11-24' }),
      today,
      reservedByOthers: extra.reservedByOthers ?? false,
    },
    profile,
    isClosed,
  );

describe('延滞', () => {
  it('starts the day after the due date: the due date is the last day the item may be kept', () => {
    expect(isOverdue(loanRow({ dueDate: '2026-11-24' }), '2026-11-24')).toBe(false);
    expect(isOverdue(loanRow({ dueDate: '2026-11-24' }), '2026-11-25')).toBe(true);
    expect(overdueDays(loanRow({ dueDate: '2026-11-24' }), '2026-11-27')).toBe(3);
    expect(overdueDays(loanRow({ dueDate: '2026-11-24' }), '2026-11-20')).toBe(0);
  });

  it("begins at midnight in Tokyo after the due date, the moment the clock's events call it 延滞", () => {
    expect(overdueFrom(loanRow({ dueDate: '2026-11-24' }))).toBe(fromIso('2026-11-25T00:00:00+09:00'));
  });
});

describe('予約 有: another patron waits for the title', () => {
  it("counts other patrons' reservations waiting for a copy, not the borrower's own nor finished or secured ones", () => {
    expect(isReservedByOthers([reservationRow({ patronId: 'P2', state: 'waiting' })], 'P1')).toBe(true);
    expect(isReservedByOthers([reservationRow({ patronId: 'P2', state: 'requested' })], 'P1')).toBe(true);
    expect(isReservedByOthers([reservationRow({ patronId: 'P1', state: 'waiting' })], 'P1')).toBe(false);
    for (const state of ['cancelled', 'cancel-requested', 'ready', 'in-transit', 'awaiting-pick'] as const) {
      expect(isReservedByOthers([reservationRow({ patronId: 'P2', state })], 'P1'), state).toBe(false);
    }
  });
});

describe('貸出延長', () => {
  it('is not offered online where the counter renews (p000)', () => {
    expect(decide(profiles.p000, '2026-11-20')).toEqual({ allowed: false, reason: 'not-offered', newDueDate: null });
  });

  it('refuses an overdue loan (『返却期限日が過ぎています』) before anything else, then one reserved by others (『他の利用者が予約しています』)', () => {
    expect(decide(profiles.p001, '2026-11-25', { reservedByOthers: true, renewals: 1 }).reason).toBe('overdue');
    expect(decide(profiles.p001, '2026-11-20', { reservedByOthers: true, renewals: 1 }).reason).toBe('reserved');
  });

  it('renews once per loan', () => {
    expect(decide(profiles.p002, '2026-11-20', { renewals: 1 })).toEqual({ allowed: false, reason: 'renewal-limit', newDueDate: null });
    expect(decide(profiles.p002, '2026-11-20').allowed).toBe(true);
  });

  it('gives a due date two weeks from the day of the renewal (p002, p004), on the due date itself too', () => {
    expect(decide(profiles.p004, '2026-11-20').newDueDate).toBe('2026-12-04');
    expect(decide(profiles.p002, '2026-11-24').newDueDate).toBe('2026-12-08');
  });

  it('moves a new due date that falls on a closed day to the next opening day: a Monday, and 年末年始 into the next Monday', () => {
    expect(decide(profiles.p004, '2026-11-16', { dueDate: '2026-11-20' }).newDueDate).toBe('2026-12-01');
    // 2026-12-30 is in the year-end closure to 01-03, and 2027-01-04 is a Monday.
    expect(decide(profiles.p004, '2026-12-16', { dueDate: '2026-12-20' }).newDueDate).toBe('2027-01-05');
  });

  it('keeps a due date on a closed day where the profile says so, and counts from the old due date where it says so', () => {
    const keep: LibraryProfile = { ...profiles.p004, loans: { ...profiles.p004.loans, dueDateOnClosedDay: 'keep' } };
    expect(decide(keep, '2026-11-16', { dueDate: '2026-11-20' }).newDueDate).toBe('2026-11-30');
    const fromDue: LibraryProfile = { ...profiles.p004, loans: { ...profiles.p004.loans, renewalFrom: 'due-date' } };
    expect(decide(fromDue, '2026-11-20', { dueDate: '2026-11-24' }).newDueDate).toBe('2026-12-08');
  });

  it('never gives a due date earlier than the present one', () => {
    expect(decide(profiles.p004, '2026-11-10', { dueDate: '2026-12-15' }).newDueDate).toBe('2026-12-15');
  });
});

describe('the due-date reminder', () => {
  const reader = patronRow({ email1: 'reader@example.jp', contactMethod: 'email1' });

  it("goes out at 9:00 the profile's days before the due date to a patron reached by e-mail", () => {
    expect(toIso(reminderDue(loanRow({ dueDate: '2026-11-24' }), reader, profiles.p003)!)).toBe('2026-11-22T09:00:00+09:00');
  });

  it('does not go to a patron reached by phone, where the library sends none (p000), twice, or for a returned loan', () => {
    expect(reminderDue(loanRow(), patronRow({ contactMethod: 'phone' }), profiles.p003)).toBeNull();
    expect(reminderDue(loanRow(), reader, profiles.p000)).toBeNull();
    expect(reminderDue(loanRow({ reminderSentAt: '2026-11-22T09:00:00+09:00' }), reader, profiles.p003)).toBeNull();
    expect(reminderDue(loanRow({ returnedAt: '2026-11-21T10:00:00+09:00' }), reader, profiles.p003)).toBeNull();
  });

  it('names the title and the due date', () => {
    const mail = dueReminder({
      id: 'M1',
      patron: reader,
      to: 'reader@example.jp',
      libraryName: '桶川市図書館',
      title: 'こころ',
      dueDate: '2026-11-24',
      sentAt: '2026-11-22T09:00:00+09:00',
    });
    expect(mail).toMatchObject({ kind: 'due-reminder', to: 'reader@example.jp', subject: '【桶川市図書館】返却期限日のお知らせ' });
    expect(mail.body).toContain('資料名：こころ');
    expect(mail.body).toContain('返却期限日：2026-11-24');
  });
});
