import { queryOptions, useQuery } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { simKey } from './sim-key';

/** A title as the counter sees it: every copy, where it is and for whom, and the queue. */
const counterTitleQuery = (titleId: string) =>
  queryOptions({
    queryKey: [...simKey, 'title', titleId],
    queryFn: () => simApi.call('simGetTitle', { params: { titleId } }),
  });

export function useCounterTitle(titleId: string | null) {
  return useQuery({ ...counterTitleQuery(titleId ?? ''), enabled: titleId !== null });
}
