import type { LoanRow, PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import type { RenewalDecision } from '../../domain/loans/renewal';
import type { Library } from '../../runtime/library-host';
import { currentLoansOf, dayOf, renewalOf } from './loan-standing';

/** The answer to a renewal is kept under its request id: a retry gets the same answer and renews nothing twice. */
const renewalKey = (patronId: string, requestId: string) => `renewal:${patronId}:${requestId}`;

interface StoredRenewal<T> {
  /** The loan renewed, or '*' for 一括延長. */
  target: string;
  result: T;
}

/** The answer kept for this request id, or the one `answer` gives now, kept for the next retry. */
function onceForRequest<T>(library: Library, patron: PatronRow, requestId: string, target: string, answer: () => T): T {
  const { meta } = library.db.tables;
  const stored = meta.get(renewalKey(patron.id, requestId))?.value as StoredRenewal<T> | undefined;
  if (stored) {
    if (stored.target !== target) throw new DomainError('CONFLICT', 'This requestId was used for another renewal');
    return stored.result;
  }
  const result = answer();
  meta.insert({ key: renewalKey(patron.id, requestId), value: { target, result } satisfies StoredRenewal<T> });
  return result;
}

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
  return onceForRequest(library, patron, requestId, loanId, () => {
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
  return onceForRequest(library, patron, requestId, '*', () => {
    const day = dayOf(library, now);
    const outcomes = currentLoansOf(library, patron.id).map((loan) => ({ loan, decision: renewalOf(library, loan, day) }));
    for (const { loan, decision } of outcomes) if (decision.allowed) renew(library, loan, decision.newDueDate);
    return present(outcomes);
  });
}
