import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchQuery } from '../../api/contract/catalogue';
import { searchCatalogueQuery } from '../../api/queries/catalogue';

/** One page of 蔵書検索; the page before stays on show while the next one loads. */
export function useSearchCatalogue(query: SearchQuery) {
  return useQuery({ ...searchCatalogueQuery(query), placeholderData: keepPreviousData });
}
