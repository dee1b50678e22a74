import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client/api-error';
import { useSessionToken } from '../api/client/session-token';
import { keepLibraryCopy } from '../api/queries/library-copy';
import { offlineCopyOf, useLibraryUnreachable } from '../api/queries/offline';
import { patronKey } from '../api/queries/patron';

/**
 * A failure that means the backend no longer knows this session: forget it, and the guards send
 * the patron to log in. One that got no answer at all: the library is unreachable (offline
 * マイページ) until the next answer.
 */
function onError(error: unknown) {
  if (isApiError(error, 'SESSION_EXPIRED', 'UNAUTHENTICATED')) useSessionToken.getState().expire();
  if (isApiError(error, 'NETWORK_ERROR', 'TIMEOUT')) useLibraryUnreachable.setState({ unreachable: true });
}

function onSuccess() {
  if (useLibraryUnreachable.getState().unreachable) useLibraryUnreachable.setState({ unreachable: false });
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({ onError, onSuccess }),
    // Retrying is the transport's (src/api/client/transport.ts): it repeats what the contract says
    // may be repeated, reads and writes alike, so Query repeating too would multiply the tries.
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // The library's last answer to GET /library, shown while it is asked again: a repeat visit's login form draws at once.
  keepLibraryCopy(queryClient);
  // Whatever belonged to the previous session (a patron's summary, cart, …) goes with it, so that
  // the next patron on a shared computer never sees it, not even for a moment; its offline copy too.
  const offlineCopy = offlineCopyOf(queryClient);
  offlineCopy.start(useSessionToken.getState().token);
  useSessionToken.subscribe((state, previous) => {
    if (state.token === previous.token) return;
    queryClient.removeQueries({ queryKey: patronKey });
    offlineCopy.handOver(state.token);
  });
  return queryClient;
}
