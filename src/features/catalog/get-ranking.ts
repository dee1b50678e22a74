import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RankingKind } from '../../api/contract/catalogue';
import type { MaterialType } from '../../api/contract/common';
import { rankingQuery } from '../../api/queries/catalogue';

/** 貸出ベスト / 予約ベスト, top 50. */
export function useRanking(kind: RankingKind, materialType: MaterialType | null) {
  // While a filter changes, the list on show stays; another kind of ranking is never shown in its place.
  return useQuery({
    ...rankingQuery(kind, materialType),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === kind ? keepPreviousData(previous) : undefined),
  });
}
