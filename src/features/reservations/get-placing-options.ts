import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { patronKey } from '../../api/queries/patron';

/** What the placing form may offer for these titles: one ordered reservation (シリーズ予約: volumes of one series), or why not. */
const placingOptionsQuery = (titleIds: readonly string[]) =>
  queryOptions({
    queryKey: [...patronKey, 'placing-options', [...titleIds].sort()],
    queryFn: () => api.call('getPlacingOptions', { query: { titleIds: titleIds.join(',') } }),
  });

export function usePlacingOptions(titleIds: readonly string[]) {
  return useQuery({ ...placingOptionsQuery(titleIds), enabled: titleIds.length > 0 });
}
