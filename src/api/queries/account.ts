import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Account } from '../contract/account';
import { api } from '../client/api';
import { patronKey } from './patron';
import { reservationsRefresh } from './reservations';
import { refreshSummary } from './summary';

/** 利用者情報: registration, e-mail addresses (with links waiting to be opened) and the default contact. */
const accountQuery = queryOptions({
  queryKey: [...patronKey, 'account'],
  queryFn: () => api.call('getAccount'),
});

export function useAccount() {
  return useQuery(accountQuery);
}

/** What each change to the account makes stale; the library answers the account as it now is. */
export const accountRefresh = {
  /** An e-mail address added or removed. */
  changed: (queryClient: QueryClient, account: Account) => queryClient.setQueryData(accountQuery.queryKey, account),
  /** The default 連絡方法, maybe applied to the open reservations too: their list and the summary (which shows it) are read again. */
  contactChanged: (queryClient: QueryClient, account: Account) => {
    queryClient.setQueryData(accountQuery.queryKey, account);
    void reservationsRefresh.changed(queryClient);
    void refreshSummary(queryClient);
  },
};
