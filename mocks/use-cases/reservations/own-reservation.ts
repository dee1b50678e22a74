import type { PatronRow, ReservationRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import type { Library } from '../../runtime/library-host';

/** The patron's own reservation; anyone else's is as good as absent. */
export function ownReservation(library: Library, patron: PatronRow, reservationId: string): ReservationRow {
  const reservation = library.db.tables.reservations.get(reservationId);
  if (!reservation || reservation.patronId !== patron.id) throw new DomainError('NOT_FOUND', `No reservation ${reservationId}`);
  return reservation;
}

/** An operation the row does not allow is a CONFLICT that carries the reason the list shows. */
export function ensureAllowed(permission: { allowed: boolean; reason: string | null }, what: string): void {
  if (!permission.allowed)
    throw new DomainError(
      'CONFLICT',
      `${what} is not possible: ${permission.reason}`,
      permission.reason ? { reason: permission.reason } : {},
    );
}
