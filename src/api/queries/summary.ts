import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../client/api';
import { readableOffline } from './offline';
import { patronKey } from './patron';

/** マイページ's summary: the patron's name and the counts of loans, reservations, ready items and the cart. */
const summaryQuery = queryOptions({
  queryKey: [...patronKey, 'summary'],
  queryFn: () => api.call('getSummary'),
  // Kept for offline マイページ (./offline-copy.ts).
  meta: readableOffline,
});

export function useSummary() {
  return useQuery(summaryQuery);
}

/** The counts moved (a reservation placed or cancelled, a loan renewed, the cart changed): read them again. */
export const refreshSummary = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: summaryQuery.queryKey });
