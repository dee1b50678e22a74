import { queryOptions, useQuery } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { simKey } from './sim-key';

/** Which library runs, its clock, the network settings and the demo patrons. */
export const simStatusQuery = queryOptions({
  queryKey: [...simKey, 'status'],
  queryFn: () => simApi.call('simGetStatus'),
});

/** While the clock runs, the time on show is read again now and then. */
export function useSimStatus() {
  return useQuery({ ...simStatusQuery, refetchInterval: (query) => (query.state.data?.clock.running ? 30_000 : false) });
}
