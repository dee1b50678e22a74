import { useMutation, useQueryClient } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { useDemoStore, type LogCause, type TimeStep } from './demo-store';
import { simStatusQuery } from './get-sim-status';

/** Forward by minutes, to a moment, or the clock started or stopped. */
export type TimeMove = { minutes: TimeStep } | { now: string } | { running: boolean };

const causeOf = (move: TimeMove): LogCause =>
  'minutes' in move
    ? { kind: 'advanced', minutes: move.minutes }
    : 'now' in move
      ? { kind: 'moved-to', now: move.now }
      : { kind: 'clock', running: move.running };

/**
 * Moves the simulated clock: the library's back office plays forward, what it did goes into the
 * log, and every screen of the app reads the library again.
 */
export function useTimeMove() {
  const queryClient = useQueryClient();
  const record = useDemoStore((state) => state.record);
  return useMutation({
    mutationFn: (move: TimeMove) =>
      'minutes' in move ? simApi.call('simAdvanceClock', { body: move }) : simApi.call('simSetClock', { body: move }),
    onSuccess: ({ clock, events }, move) => {
      queryClient.setQueryData(simStatusQuery.queryKey, (status) => (status ? { ...status, clock } : status));
      if (!('running' in move) || events.length > 0) record({ cause: causeOf(move), at: clock.now, events });
      void queryClient.invalidateQueries();
    },
  });
}
