import type { ReservationRow } from '../db/schema';

/** Every state but 取消 is an open reservation; 取消申込 still counts until it is approved. */
export function isOpenReservation(reservation: ReservationRow): boolean {
  return reservation.state !== 'cancelled';
}
