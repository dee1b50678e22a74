import type { OrderMember } from '../../domain/reservations/ordering';
import type { Library } from '../../runtime/library-host';

/** The patron's reservations with the series facts ordering needs. */
export function orderMembersOf(library: Library, patronId: string): OrderMember[] {
  const { titles, reservations } = library.db.tables;
  return reservations.where('patronId', patronId).map((reservation) => {
    const title = titles.get(reservation.titleId);
    return { reservation, seriesId: title?.seriesId ?? null, volumeNumber: title?.volumeNumber ?? null };
  });
}
