import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { isApiError } from '../../api/client/api-error';

/** A renewal moves due dates and counts that 貸出状況 and マイページ's summary show: both are read again. */
const refreshPatron = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ['me'] });

/** CONFLICT: the loan changed meanwhile (reserved by someone, overdue since midnight); the list learns why it may no longer be renewed. */
const refreshOnConflict = (queryClient: QueryClient) => (error: unknown) => {
  if (isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: ['me', 'loans'] });
};

/** 貸出延長 of one loan: idempotent by the request's id, so a retry after a failure renews once. */
export function useRenewLoan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ loanId, requestId }: { loanId: string; requestId: string }) => api.call('renewLoan', { params: { loanId }, body: { requestId } }),
    onSuccess: () => refreshPatron(queryClient),
    onError: refreshOnConflict(queryClient),
  });
}

/** 一括延長: every loan that may be renewed, each answered renewed or not with the reason; idempotent by the request's id. */
export function useRenewAllLoans() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => api.call('renewAllLoans', { body: { requestId } }),
    onSuccess: () => refreshPatron(queryClient),
    onError: refreshOnConflict(queryClient),
  });
}

/** 貸出履歴を記録する, on or off; off forgets what was recorded. The answer is the history as it now is. */
export function useSetLoanHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api.call('setLoanHistory', { body: { enabled } }),
    onSuccess: (history) => queryClient.setQueryData(['me', 'loan-history'], history),
  });
}
