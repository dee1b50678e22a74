import { queryOptions } from '@tanstack/react-query';
import { api } from '../client/api';
import type { RankingKind, SearchQuery } from '../contract/catalogue';
import type { MaterialType } from '../contract/common';

/** The public catalogue, the same for whoever asks; each read is kept a little while. */
const catalogueKey = ['catalogue'] as const;

export const searchCatalogueQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: [...catalogueKey, 'search', query],
    queryFn: () => api.call('searchCatalogue', { query }),
    staleTime: 30_000,
  });

/** 資料詳細: the title, its series, holdings and queue. */
export const titleQuery = (titleId: string) =>
  queryOptions({
    queryKey: [...catalogueKey, 'title', titleId],
    queryFn: () => api.call('getTitle', { params: { titleId } }),
    staleTime: 30_000,
  });

export interface NewArrivalsOptions {
  days: number;
  materialType: MaterialType | null;
  page: number;
  pageSize: number;
}

/** 新着資料: titles acquired in the last days, newest first, a page at a time. */
export const newArrivalsQuery = ({ days, materialType, page, pageSize }: NewArrivalsOptions) =>
  queryOptions({
    queryKey: [...catalogueKey, 'new-arrivals', { days, materialType, page, pageSize }],
    queryFn: () => api.call('getNewArrivals', { query: { days, materialTypes: materialType ?? undefined, page, pageSize } }),
    staleTime: 60_000,
  });

/** 貸出ベスト / 予約ベスト, top 50. */
export const rankingQuery = (kind: RankingKind, materialType: MaterialType | null) =>
  queryOptions({
    queryKey: [...catalogueKey, 'ranking', kind, materialType],
    queryFn: () => api.call('getRanking', { params: { kind }, query: { materialTypes: materialType ?? undefined } }),
    staleTime: 60_000,
  });
