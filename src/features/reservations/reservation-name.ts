import type { ReservationItem } from '../../api/contract/reservations';

/** A reservation's title with its volume (りすの大冒険 2), as the patron tells rows apart. */
export const reservationName = (item: Pick<ReservationItem, 'title' | 'volumeLabel'>) =>
  item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title;
