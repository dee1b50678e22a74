import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client/api-error';
import { useSessionToken } from '../api/client/session-token';
import { patronKey } from '../api/queries/patron';

/** A failure that means the backend no longer knows this session: forget it, and the guards send the patron to log in. */
function onError(error: unknown) {
  if (isApiError(error, 'SESSION_EXPIRED', 'UNAUTHENTICATED')) useSessionToken.getState().expire();
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    // Retrying is the transport's (src/api/client/transport.ts): it repeats what the contract says
    // may be repeated, reads and writes alike, so Query repeating too would multiply the tries.
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // Whatever belonged to the previous session (a patron's summary, cart, …) goes with it, so that
  // the next patron on a shared computer never sees it, not even for a moment.
  useSessionToken.subscribe((state, previous) => {
    if (state.token !== previous.token) queryClient.removeQueries({ queryKey: patronKey });
  });
  return queryClient;
}
