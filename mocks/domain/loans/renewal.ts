import type { RenewalRefusal } from '../../../src/api/contract/loans';
import type { LoanRow, ReservationRow, ReservationState } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { dueDateAfter, type ClosedDayLookup } from '../calendar';
import { addDays, DAY, startOfTokyoDay } from '../time';

// 貸出延長, as the seeds describe it: online where the library offers it (not p000, whose counter
// renews), once per loan, never for a loan past its due date (『返却期限日が過ぎています』) or one
// another patron has reserved (『他の利用者が予約しています』); the new due date counts from the
// day of the renewal (p002, p004) or from the old due date, and moves off a closed day.

/** 延滞: the due date is the last day the item may be kept, so it is overdue from the day after. */
export function isOverdue(loan: Pick<LoanRow, 'dueDate'>, today: string): boolean {
  return today > loan.dueDate;
}

/** The moment a loan becomes 延滞: the start of the day after its due date, in Tokyo. */
export function overdueFrom(loan: Pick<LoanRow, 'dueDate'>): number {
  return startOfTokyoDay(loan.dueDate) + DAY;
}

/** Days past the due date (0 when not overdue). */
export function overdueDays(loan: Pick<LoanRow, 'dueDate'>, today: string): number {
  if (!isOverdue(loan, today)) return 0;
  let days = 0;
  for (let day = loan.dueDate; day < today; day = addDays(day, 1)) days++;
  return days;
}

/** The states in which another patron's reservation waits for a copy of the title (so a loan of it should come back). */
const WAITS_FOR_A_COPY: readonly ReservationState[] = ['requested', 'awaiting-return', 'waiting', 'preparing'];

/** 予約 有: another patron waits for the title. */
export function isReservedByOthers(reservationsOfTitle: readonly ReservationRow[], patronId: string): boolean {
  return reservationsOfTitle.some((reservation) => reservation.patronId !== patronId && WAITS_FOR_A_COPY.includes(reservation.state));
}

export interface RenewalFacts {
  loan: LoanRow;
  /** Today in Asia/Tokyo, YYYY-MM-DD. */
  today: string;
  reservedByOthers: boolean;
}

export type RenewalDecision =
  { allowed: true; reason: null; newDueDate: string } | { allowed: false; reason: RenewalRefusal; newDueDate: null };

/** The new due date a renewal today gives: never earlier than the present one. */
function renewedDueDate(loan: LoanRow, today: string, profile: LibraryProfile, isClosed: ClosedDayLookup): string {
  const from = profile.loans.renewalFrom === 'renewal-day' ? today : loan.dueDate;
  const due = dueDateAfter(from, profile.loans.renewalDays, profile, isClosed);
  return due > loan.dueDate ? due : loan.dueDate;
}

/** Whether the loan may be renewed online today and, if so, until when; the first reason that applies otherwise. */
export function renewalDecision(facts: RenewalFacts, profile: LibraryProfile, isClosed: ClosedDayLookup): RenewalDecision {
  const refuse = (reason: RenewalRefusal): RenewalDecision => ({ allowed: false, reason, newDueDate: null });
  if (!profile.loans.onlineRenewal) return refuse('not-offered');
  if (isOverdue(facts.loan, facts.today)) return refuse('overdue');
  if (facts.reservedByOthers) return refuse('reserved');
  if (facts.loan.renewals >= profile.loans.maxRenewals) return refuse('renewal-limit');
  return { allowed: true, reason: null, newDueDate: renewedDueDate(facts.loan, facts.today, profile, isClosed) };
}
