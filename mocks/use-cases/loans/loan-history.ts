import type { LoanRow, PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { isInLoanHistory } from '../../domain/loans/history';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

function requireHistory(library: Library): void {
  if (!library.profile.features.loanHistory)
    throw new DomainError('CONFLICT', 'This library keeps no loan history', { reason: 'not-offered' });
}

/** 貸出履歴 on or off (p004): opting in records from now on; opting out forgets, so a later opt-in starts afresh. */
export function setLoanHistory(library: Library, patron: PatronRow, enabled: boolean, now: number): PatronRow {
  requireHistory(library);
  if (enabled === (patron.loanHistorySince !== null)) return patron;
  if (!enabled) forgetRemovals(library, patron);
  return library.db.tables.patrons.update(patron.id, { loanHistorySince: enabled ? toIso(now) : null });
}

/** When the patron records one: since when (null: not recording, or the library keeps none). */
export const historySince = (library: Library, patron: PatronRow) =>
  library.profile.features.loanHistory ? patron.loanHistorySince : null;

/** The loans 貸出履歴 lists, newest return first: recorded by the library's rule, less the entries the patron deleted. */
export function loanHistoryOf(library: Library, patron: PatronRow): LoanRow[] {
  const since = historySince(library, patron);
  if (since === null) return [];
  const removed = new Set(library.db.tables.loanHistoryRemovals.where('patronId', patron.id).map((row) => row.id));
  return library.db.tables.loans
    .where('patronId', patron.id)
    .filter((loan) => isInLoanHistory(loan, since) && !removed.has(loan.id))
    .sort((a, b) => (a.returnedAt! < b.returnedAt! ? 1 : a.returnedAt! > b.returnedAt! ? -1 : a.id < b.id ? 1 : -1));
}

/** Deletes one entry of 貸出履歴 (the loan stays the library's record); an entry not in it is NOT_FOUND. */
export function removeLoanHistoryItem(library: Library, patron: PatronRow, loanId: string, now: number): void {
  requireHistory(library);
  const removals = library.db.tables.loanHistoryRemovals;
  if (removals.get(loanId)?.patronId === patron.id) return;
  if (!loanHistoryOf(library, patron).some((loan) => loan.id === loanId)) throw new DomainError('NOT_FOUND', `No history entry ${loanId}`);
  removals.insert({ id: loanId, patronId: patron.id, removedAt: toIso(now) });
}

/** Deletes every entry of 貸出履歴; recording goes on. */
export function clearLoanHistory(library: Library, patron: PatronRow, now: number): void {
  requireHistory(library);
  for (const loan of loanHistoryOf(library, patron)) {
    library.db.tables.loanHistoryRemovals.insert({ id: loan.id, patronId: patron.id, removedAt: toIso(now) });
  }
}

/** Turned off, the history is forgotten whole: the deleted entries need no remembering either. */
function forgetRemovals(library: Library, patron: PatronRow): void {
  for (const row of library.db.tables.loanHistoryRemovals.where('patronId', patron.id))
    library.db.tables.loanHistoryRemovals.delete(row.id);
}
