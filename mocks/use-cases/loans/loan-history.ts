import type { PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** 貸出履歴 on or off (p004): opting in records from now on; opting out forgets, so a later opt-in starts afresh. */
export function setLoanHistory(library: Library, patron: PatronRow, enabled: boolean, now: number): PatronRow {
  if (!library.profile.features.loanHistory)
    throw new DomainError('CONFLICT', 'This library keeps no loan history', { reason: 'not-offered' });
  if (enabled === (patron.loanHistorySince !== null)) return patron;
  return library.db.tables.patrons.update(patron.id, { loanHistorySince: enabled ? toIso(now) : null });
}
