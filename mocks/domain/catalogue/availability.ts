import type { Availability } from '../../../src/api/contract/catalogue';
import type { CopyRow, ReservationRow, TitleRow } from '../../db/schema';
import { isOpenReservation } from '../reservation-states';

/**
 * 在架 / 貸出中 of a title from its copies: a lost copy no longer counts, a copy held for somebody
 * or travelling between branches is as good as out. The queue is every open reservation.
 */
export function availabilityOf(copies: readonly CopyRow[], reservations: readonly ReservationRow[]): Availability {
  const held = copies.filter((copy) => copy.status !== 'lost');
  const onShelf = held.filter((copy) => copy.status === 'on-shelf').length;
  return {
    status: held.length === 0 ? 'none' : onShelf > 0 ? 'on-shelf' : 'on-loan',
    copies: held.length,
    onShelf,
    reservations: reservations.filter(isOpenReservation).length,
  };
}

/** A title as its rows show it: an electronic text is read online, on no shelf; any other is as its copies are. */
export function titleAvailability(title: TitleRow, copies: readonly CopyRow[], reservations: readonly ReservationRow[]): Availability {
  const availability = availabilityOf(copies, reservations);
  return title.materialType === 'etext' ? { ...availability, status: 'online' } : availability;
}
