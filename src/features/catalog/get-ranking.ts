import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { RankingKind } from '../../api/contract/catalogue';
import type { MaterialType } from '../../api/contract/common';

export const rankingQuery = (kind: RankingKind, materialType: MaterialType | null) =>
  queryOptions({
    queryKey: ['catalogue', 'ranking', kind, materialType],
    queryFn: () => api.call('getRanking', { params: { kind }, query: { materialTypes: materialType ?? undefined } }),
    staleTime: 60_000,
  });

/** 貸出ベスト / 予約ベスト, top 50. */
export function useRanking(kind: RankingKind, materialType: MaterialType | null) {
  // While a filter changes, the list on show stays; another kind of ranking is never shown in its place.
  return useQuery({
    ...rankingQuery(kind, materialType),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === kind ? keepPreviousData(previous) : undefined),
  });
}
