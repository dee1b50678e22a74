import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';

/** 利用者情報: registration, e-mail addresses (with links waiting to be opened) and the default contact. */
export const accountQuery = queryOptions({
  queryKey: ['me', 'account'],
  queryFn: () => api.call('getAccount'),
});

export function useAccount() {
  return useQuery(accountQuery);
}
