import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client/api';
import { useSessionToken } from '../client/session-token';

/** Who is logged in. Only asked while a token is held; the answer also keeps the session alive. Retried on transient failures (the app's default), never on 401. */
export const sessionQuery = (token: string | null) =>
  queryOptions({
    queryKey: ['session', token],
    queryFn: () => api.call('getSession'),
    enabled: token !== null,
    staleTime: 30_000,
    // A refusal (401) is final; a dropped or refused-for-now request is retried like any read.
  });

export function useSession() {
  const token = useSessionToken((state) => state.token);
  return useQuery(sessionQuery(token));
}
