import type { ReservationRow, ReservationState } from '../../db/schema';

/** The states of a reservation waiting for a copy to come back: 返却待ち (first) and 順番待ち. */
const WAITING_FOR_A_COPY: readonly ReservationState[] = ['awaiting-return', 'waiting'];

const byPlace = (a: ReservationRow, b: ReservationRow) =>
  a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * The queue of one title: its reservations waiting for a copy, by the time they joined the queue
 * (reserving again after a cancel joins at the back), then by id.
 */
export function queueOf(reservationsOfTitle: readonly ReservationRow[]): ReservationRow[] {
  return reservationsOfTitle.filter((reservation) => WAITING_FOR_A_COPY.includes(reservation.state)).sort(byPlace);
}

/** `n 番目`: the place of a reservation in its title's queue, from 1; null when it is not queued. */
export function queuePosition(reservation: ReservationRow, reservationsOfTitle: readonly ReservationRow[]): number | null {
  const place = queueOf(reservationsOfTitle).findIndex((queued) => queued.id === reservation.id);
  return place < 0 ? null : place + 1;
}

/** The first of the queue is 返却待ち, everyone behind is 順番待ち: the states to correct after the queue moved. */
export function relabelQueue(reservationsOfTitle: readonly ReservationRow[]): { id: string; state: ReservationState }[] {
  return queueOf(reservationsOfTitle).flatMap((reservation, place) => {
    const state: ReservationState = place === 0 ? 'awaiting-return' : 'waiting';
    return reservation.state === state ? [] : [{ id: reservation.id, state }];
  });
}
