import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client/api';
import { readableOffline } from './offline';
import { patronKey } from './patron';

/**
 * 利用者カード: read from the library, and kept with マイページ's lists for the session that read
 * it (`readableOffline`, ./offline-copy.ts), so that the card still shows at the counter with no
 * network.
 */
const libraryCardQuery = queryOptions({
  queryKey: [...patronKey, 'card'],
  queryFn: () => api.call('getLibraryCard'),
  meta: readableOffline,
});

export function useLibraryCard() {
  return useQuery(libraryCardQuery);
}
