import type { PatronRow, ReservationRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { noticesOf, type PatronNotice } from '../../domain/notices';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** お知らせ: what the library sent the patron, one notice per sending, newest first. */
export function patronNotices(library: Library, patron: PatronRow): PatronNotice[] {
  return noticesOf(library.db.tables.mail.where('patronId', patron.id));
}

/** 利用可能: the patron's items waiting at their pickup branch, the nearest 取置期限 first. */
export function waitingForPickup(library: Library, patron: PatronRow): (ReservationRow & { pickupDeadline: string })[] {
  return library.db.tables.reservations
    .where('patronId', patron.id)
    .filter(
      (reservation): reservation is ReservationRow & { pickupDeadline: string } =>
        reservation.state === 'ready' && reservation.pickupDeadline !== null,
    )
    .sort((a, b) => (a.pickupDeadline < b.pickupDeadline ? -1 : a.pickupDeadline > b.pickupDeadline ? 1 : a.id < b.id ? -1 : 1));
}

/** Opening a notice reads it: every copy of it (one per address) is marked read, once. */
export function readNotice(library: Library, patron: PatronRow, noticeId: string, now: number): PatronNotice {
  const notice = patronNotices(library, patron).find((candidate) => candidate.id === noticeId);
  if (!notice) throw new DomainError('NOT_FOUND', `No notice ${noticeId}`);
  if (notice.read) return notice;
  const { mail } = library.db.tables;
  for (const id of notice.mailIds) mail.update(id, { readAt: toIso(now) });
  return { ...notice, read: true };
}
