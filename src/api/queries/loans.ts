import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { LoanHistory } from '../contract/loans';
import { api } from '../client/api';
import { isApiError } from '../client/api-error';
import { readableOffline } from './offline';
import { patronKey } from './patron';
import { refreshSummary } from './summary';

/** 貸出状況: the patron's current loans, their counts, and per loan whether 貸出延長 is possible (and why not). */
const loansQuery = queryOptions({
  queryKey: [...patronKey, 'loans'],
  queryFn: () => api.call('getLoans'),
  // Kept for offline マイページ (./offline-copy.ts).
  meta: readableOffline,
});

export function useLoans() {
  return useQuery(loansQuery);
}

/** 貸出履歴: whether the patron records one, since when, and the loans returned since. */
const loanHistoryQuery = queryOptions({
  queryKey: [...patronKey, 'loan-history'],
  queryFn: () => api.call('getLoanHistory'),
});

export function useLoanHistory() {
  return useQuery(loanHistoryQuery);
}

const refreshList = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: loansQuery.queryKey });

/** What each change to the patron's loans makes stale, read again once the library has answered. */
export const loansRefresh = {
  /** 貸出延長 and 一括延長: due dates and counts that 貸出状況 and マイページ's summary show. */
  renewed: (queryClient: QueryClient) => Promise.all([refreshList(queryClient), refreshSummary(queryClient)]),
  /** CONFLICT: the loan changed meanwhile (reserved by someone, overdue since midnight); the list learns why it may no longer be renewed. */
  refused: (queryClient: QueryClient) => (error: unknown) => {
    if (isApiError(error, 'CONFLICT')) void refreshList(queryClient);
  },
  /** 貸出履歴を記録する, on or off: the answer is the history as it now is. */
  history: (queryClient: QueryClient, history: LoanHistory) => queryClient.setQueryData(loanHistoryQuery.queryKey, history),
};
