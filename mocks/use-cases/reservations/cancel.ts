import type { PatronRow, ReservationRow } from '../../db/schema';
import { changePermission } from '../../domain/reservations/permissions';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { ensureAllowed, ownReservation } from './own-reservation';

/** 予約取消: the patron asks to cancel; the back office approves it (取消申込 → 取消). */
export function cancelReservation(library: Library, patron: PatronRow, reservationId: string, now: number): ReservationRow {
  const reservation = ownReservation(library, patron, reservationId);
  ensureAllowed(changePermission(reservation), 'Cancelling');
  const at = toIso(now);
  return library.db.tables.reservations.update(reservation.id, { state: 'cancel-requested', cancelledAt: at, updatedAt: at });
}
