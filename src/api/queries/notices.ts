import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../client/api';
import { patronKey } from './patron';

/** お知らせ: the patron's notices, the unread count, and the items waiting for pickup. */
const noticesQuery = queryOptions({
  queryKey: [...patronKey, 'notices'],
  queryFn: () => api.call('getNotices'),
});

/** Asked only while a patron with their own password is logged in (`enabled`): the menu's count reads it on every page. */
export function useNotices(enabled = true) {
  return useQuery({ ...noticesQuery, enabled });
}

/** What each change to the patron's notices makes stale. */
export const noticesRefresh = {
  /** A notice opened: the list and the menu's unread count are read again. */
  read: (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: noticesQuery.queryKey }),
};
