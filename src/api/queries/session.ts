import { matchQuery, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../client/api';
import { useSessionToken } from '../client/session-token';
import { libraryInfoQuery } from './library-info';

/** Every session read, one per token. */
export const sessionKey = ['session'] as const;

/** Who is logged in. Only asked while a token is held; the answer also keeps the session alive. Retried on transient failures (the app's default), never on 401. */
export const sessionQuery = (token: string | null) =>
  queryOptions({
    queryKey: [...sessionKey, token],
    queryFn: () => api.call('getSession'),
    enabled: token !== null,
    staleTime: 30_000,
    // A refusal (401) is final; a dropped or refused-for-now request is retried like any read.
  });

export function useSession() {
  const token = useSessionToken((state) => state.token);
  return useQuery(sessionQuery(token));
}

/** Logging out forgets everything read in the session; only the library's profile, the same for anyone, stays. */
export function forgetSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => !matchQuery({ queryKey: libraryInfoQuery.queryKey }, query) });
}
