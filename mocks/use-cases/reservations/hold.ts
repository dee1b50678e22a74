import type { PatronRow, ReservationRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { holdDayIssues, holdPermission } from '../../domain/reservations/hold';
import { tokyoDate, toIso } from '../../domain/time';
import { resumeHeld } from '../../runtime/back-office';
import type { Library } from '../../runtime/library-host';
import { ensureAllowed, ownReservation } from './own-reservation';

/** 保留: a waiting reservation is held until `until` (a new day for one held already), where the library allows it. */
export function holdReservation(library: Library, patron: PatronRow, reservationId: string, until: string, now: number): ReservationRow {
  const reservation = ownReservation(library, patron, reservationId);
  const today = tokyoDate(now);
  const permission = holdPermission(reservation, library.profile, today);
  ensureAllowed(permission, 'Holding');
  const issues = holdDayIssues(until, { earliest: permission.earliest!, latest: permission.latest! });
  if (issues.length > 0) throw DomainError.validation(issues);
  return library.db.tables.reservations.update(reservation.id, { heldUntil: until, updatedAt: toIso(now) });
}

/** 保留の解除: a held reservation takes its place again now; one not held is answered as it is. */
export function resumeReservation(library: Library, patron: PatronRow, reservationId: string, now: number): ReservationRow {
  const reservation = ownReservation(library, patron, reservationId);
  if (reservation.heldUntil !== null) resumeHeld(library, reservation, now);
  return library.db.tables.reservations.get(reservation.id)!;
}
