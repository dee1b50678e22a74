import { useMutation, useQueryClient } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { useDemoStore } from './demo-store';
import { simStatusQuery } from './get-sim-status';

/** What staff do by hand at the counter, and where in the panel it was asked for. */
export type CounterAction = { source: 'patron' | 'title' } & (
  | { action: 'return'; loanId: string }
  | { action: 'lend'; cardNumber: string; titleId: string }
  | { action: 'reserve'; cardNumber: string; titleId: string }
  | { action: 'lose'; copyId: string }
  | { action: 'receive'; titleId: string }
);

function perform(request: CounterAction) {
  switch (request.action) {
    case 'return':
      return simApi.call('simCounterReturn', { body: { loanId: request.loanId } });
    case 'lend':
      return simApi.call('simCounterLend', { body: { cardNumber: request.cardNumber, titleId: request.titleId } });
    case 'reserve':
      return simApi.call('simCounterReserve', { body: { cardNumber: request.cardNumber, titleId: request.titleId } });
    case 'lose':
      return simApi.call('simCounterLose', { body: { copyId: request.copyId } });
    case 'receive':
      return simApi.call('simCounterReceive', { body: { titleId: request.titleId } });
  }
}

/** A counter action: what it did goes into the log, and the counter's views and the app read the library again. */
export function useCounterAction() {
  const queryClient = useQueryClient();
  const record = useDemoStore((state) => state.record);
  return useMutation({
    mutationFn: perform,
    onSuccess: ({ events }, request) => {
      const at = events.at(-1)?.at ?? queryClient.getQueryData(simStatusQuery.queryKey)?.clock.now;
      if (at) record({ cause: { kind: 'counter', action: request.action }, at, events });
      void queryClient.invalidateQueries();
    },
  });
}
