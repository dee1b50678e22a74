import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { loansRefresh } from '../../api/queries/loans';

/** 貸出延長 of one loan: idempotent by the request's id, so a retry after a failure renews once. */
export function useRenewLoan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ loanId, requestId }: { loanId: string; requestId: string }) =>
      api.call('renewLoan', { params: { loanId }, body: { requestId } }),
    onSuccess: () => loansRefresh.renewed(queryClient),
    onError: loansRefresh.refused(queryClient),
  });
}

/** 一括延長: every loan that may be renewed, each answered renewed or not with the reason; idempotent by the request's id. */
export function useRenewAllLoans() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => api.call('renewAllLoans', { body: { requestId } }),
    onSuccess: () => loansRefresh.renewed(queryClient),
    onError: loansRefresh.refused(queryClient),
  });
}
