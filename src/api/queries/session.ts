import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client/api';
import { useSessionToken } from '../client/session-token';

/** Who is logged in. Only asked while a token is held; the answer also keeps the session alive. */
export const sessionQuery = (token: string | null) =>
  queryOptions({
    queryKey: ['session', token],
    queryFn: () => api.call('getSession'),
    enabled: token !== null,
    staleTime: 30_000,
    retry: false,
  });

export function useSession() {
  const token = useSessionToken((state) => state.token);
  return useQuery(sessionQuery(token));
}
