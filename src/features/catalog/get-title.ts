import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

export const titleQuery = (titleId: string) =>
  queryOptions({
    queryKey: ['catalogue', 'title', titleId],
    queryFn: () => api.call('getTitle', { params: { titleId } }),
    staleTime: 30_000,
  });

/** 資料詳細: the title, its series, holdings and queue. */
export function useTitle(titleId: string) {
  return useQuery(titleQuery(titleId));
}
