import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

/** 貸出履歴: whether the patron records one, since when, and the loans returned since. */
export const loanHistoryQuery = queryOptions({
  queryKey: ['me', 'loan-history'],
  queryFn: () => api.call('getLoanHistory'),
});

export function useLoanHistory() {
  return useQuery(loanHistoryQuery);
}
