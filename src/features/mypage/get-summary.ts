import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

export const summaryQuery = queryOptions({
  queryKey: ['me', 'summary'],
  queryFn: () => api.call('getSummary'),
});

export function useSummary() {
  return useQuery(summaryQuery);
}
