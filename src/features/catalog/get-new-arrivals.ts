import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { MaterialType } from '../../api/contract/common';
import { PAGE_SIZE } from './search-criteria';

interface NewArrivalsOptions {
  days: number;
  materialType: MaterialType | null;
  page: number;
}

export const newArrivalsQuery = ({ days, materialType, page }: NewArrivalsOptions) =>
  queryOptions({
    queryKey: ['catalogue', 'new-arrivals', { days, materialType, page }],
    queryFn: () => api.call('getNewArrivals', { query: { days, materialTypes: materialType ?? undefined, page, pageSize: PAGE_SIZE } }),
    staleTime: 60_000,
  });

/** 新着資料: titles acquired in the last days, newest first, a page at a time. */
export function useNewArrivals(options: NewArrivalsOptions) {
  return useQuery({ ...newArrivalsQuery(options), placeholderData: keepPreviousData });
}
