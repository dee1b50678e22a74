import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { SearchQuery } from '../../api/contract/catalogue';

export const searchCatalogueQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: ['catalogue', 'search', query],
    queryFn: () => api.call('searchCatalogue', { query }),
    staleTime: 30_000,
  });

/** One page of 蔵書検索; the page before stays on show while the next one loads. */
export function useSearchCatalogue(query: SearchQuery) {
  return useQuery({ ...searchCatalogueQuery(query), placeholderData: keepPreviousData });
}
