import type { LoanRow } from '../../db/schema';
import { closedDayLookup, type ClosedDayLookup } from '../../domain/calendar';
import { isReservedByOthers, renewalDecision, type RenewalDecision } from '../../domain/loans/renewal';
import { tokyoDate } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** What one request knows about the day: today in Tokyo and the library's closed days. */
export interface Day {
  today: string;
  isClosed: ClosedDayLookup;
}

export const dayOf = (library: Library, now: number): Day => ({
  today: tokyoDate(now),
  isClosed: closedDayLookup(library.db.tables.closedDays.all()),
});

/** 予約 有: another patron waits for the loan's title. */
export const reservedByOthers = (library: Library, loan: LoanRow) =>
  isReservedByOthers(library.db.tables.reservations.where('titleId', loan.titleId), loan.patronId);

/** Whether the loan may be renewed today, and until when: the domain's answer for this row, for the list and the renewal alike. */
export function renewalOf(library: Library, loan: LoanRow, day: Day, reserved = reservedByOthers(library, loan)): RenewalDecision {
  return renewalDecision({ loan, today: day.today, reservedByOthers: reserved }, library.profile, day.isClosed);
}

/** The patron's loans not yet returned. */
export const currentLoansOf = (library: Library, patronId: string) =>
  library.db.tables.loans.where('patronId', patronId).filter((loan) => loan.returnedAt === null);
