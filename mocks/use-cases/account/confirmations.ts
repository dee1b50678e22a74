import type { ConfirmationRow, PatronRow } from '../../db/schema';
import { confirmationExpiry, confirmationMail } from '../../domain/account/confirmation';
import { nextMailId } from '../../domain/mail';
import { fromIso, toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** Sends a confirmation link: the row that the link opens, and the mail that carries it. */
export function sendConfirmation(
  library: Library,
  patron: PatronRow,
  row: Omit<ConfirmationRow, 'id' | 'createdAt' | 'expiresAt' | 'usedAt'>,
  now: number,
): ConfirmationRow {
  const { confirmations, mail } = library.db.tables;
  const sent = confirmations.insert({
    ...row,
    id: crypto.randomUUID().replaceAll('-', ''),
    createdAt: toIso(now),
    expiresAt: toIso(confirmationExpiry(now)),
    usedAt: null,
  });
  mail.insert(confirmationMail({ id: nextMailId(mail), patron, row: sent, libraryName: library.profile.name.ja }));
  return sent;
}

/**
 * An address a link was sent to before, superseded by a newer request: its link no longer works.
 * Only links still open are touched; a used or expired one is left as it is, so nothing is written for it.
 */
export function withdrawPending(library: Library, patron: PatronRow, kind: ConfirmationRow['kind'], slot: 1 | 2 | null, now: number): void {
  for (const row of library.db.tables.confirmations.where('patronId', patron.id)) {
    if (row.kind === kind && row.slot === slot && row.usedAt === null && fromIso(row.expiresAt) > now)
      library.db.tables.confirmations.update(row.id, { expiresAt: toIso(now) });
  }
}
