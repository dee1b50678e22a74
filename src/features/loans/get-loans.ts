import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

/** 貸出状況: the patron's current loans, their counts, and per loan whether 貸出延長 is possible (and why not). */
export const loansQuery = queryOptions({
  queryKey: ['me', 'loans'],
  queryFn: () => api.call('getLoans'),
});

export function useLoans() {
  return useQuery(loansQuery);
}
