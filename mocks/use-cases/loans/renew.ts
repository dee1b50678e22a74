import type { LoanRow, PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import type { RenewalDecision } from '../../domain/loans/renewal';
import type { Library } from '../../runtime/library-host';
import { onceForRequest } from '../once-for-request';
import { currentLoansOf, dayOf, renewalOf } from './loan-standing';

/** Renews one loan that may be renewed: the new due date, one renewal more, and a fresh reminder for the new date. */
function renew(library: Library, loan: LoanRow, newDueDate: string): LoanRow {
  return library.db.tables.loans.update(loan.id, { dueDate: newDueDate, renewals: loan.renewals + 1, reminderSentAt: null });
}

/**
 * 貸出延長 of one loan, refused as a whole (with the reason the list shows) when the library does
 * not allow it; `present` words the renewed loan, and that answer is what a retry gets.
 */
export function renewLoan<T>(
  library: Library,
  patron: PatronRow,
  loanId: string,
  requestId: string,
  now: number,
  present: (loan: LoanRow) => T,
): T {
  return onceForRequest(library, patron, 'renewal', { requestId, target: loanId }, () => {
    const loan = library.db.tables.loans.get(loanId);
    if (!loan || loan.patronId !== patron.id || loan.returnedAt !== null) throw new DomainError('NOT_FOUND', `No current loan ${loanId}`);
    const decision = renewalOf(library, loan, dayOf(library, now));
    if (!decision.allowed) throw new DomainError('CONFLICT', `Renewing is not possible: ${decision.reason}`, { reason: decision.reason });
    return present(renew(library, loan, decision.newDueDate));
  });
}

export interface RenewalOutcome {
  /** The loan as it was before. */
  loan: LoanRow;
  decision: RenewalDecision;
}

/** 一括延長: every current loan the library allows is renewed, the others say why not; `present` words the outcomes. */
export function renewAllLoans<T>(
  library: Library,
  patron: PatronRow,
  requestId: string,
  now: number,
  present: (outcomes: RenewalOutcome[]) => T,
): T {
  return onceForRequest(library, patron, 'renewal', { requestId, target: '*' }, () => {
    const day = dayOf(library, now);
    const outcomes = currentLoansOf(library, patron.id).map((loan) => ({ loan, decision: renewalOf(library, loan, day) }));
    for (const { loan, decision } of outcomes) if (decision.allowed) renew(library, loan, decision.newDueDate);
    return present(outcomes);
  });
}
