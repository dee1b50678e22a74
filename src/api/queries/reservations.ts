import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../client/api';
import { isApiError } from '../client/api-error';
import { patronCartKey } from './cart';
import { readableOffline } from './offline';
import { patronKey } from './patron';
import { refreshSummary } from './summary';

/** 予約状況: the patron's reservations, what may be done with each, and the contact methods they may choose. */
const reservationsQuery = queryOptions({
  queryKey: [...patronKey, 'reservations'],
  queryFn: () => api.call('getReservations'),
  // Kept for offline マイページ (./offline-copy.ts).
  meta: readableOffline,
});

export function useReservations() {
  return useQuery(reservationsQuery);
}

const refreshList = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: reservationsQuery.queryKey });

/** What each change to the patron's reservations makes stale, read again once the library has answered. */
export const reservationsRefresh = {
  /** 予約する: the list, the cart the placed titles left, and the counts of マイページ. */
  placed: (queryClient: QueryClient) =>
    Promise.all([refreshList(queryClient), queryClient.invalidateQueries({ queryKey: patronCartKey }), refreshSummary(queryClient)]),
  /** 予約取消: the list and the counts. */
  cancelled: (queryClient: QueryClient) => Promise.all([refreshList(queryClient), refreshSummary(queryClient)]),
  /** 予約内容変更, 順番の変更, or 連絡方法 applied to the open reservations: the list alone (no count moves). */
  changed: refreshList,
  /** CONFLICT: the reservation moved on meanwhile (secured, cancelled); the list learns why it may no longer be changed. */
  refused: (queryClient: QueryClient) => (error: unknown) => {
    if (isApiError(error, 'CONFLICT')) void refreshList(queryClient);
  },
};
