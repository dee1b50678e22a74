import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

/** 予約状況: the patron's reservations, what may be done with each, and the contact methods they may choose. */
export const reservationsQuery = queryOptions({
  queryKey: ['me', 'reservations'],
  queryFn: () => api.call('getReservations'),
});

export function useReservations() {
  return useQuery(reservationsQuery);
}
