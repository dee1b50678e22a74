import { matchQuery, type QueryClient } from '@tanstack/react-query';
import { safeParse } from 'zod/mini';
import { loadEndpoint } from '../contract/endpoint-modules';
import type { LibraryInfo } from '../contract/library';
import { libraryInfoQuery } from './library-info';

/**
 * localStorage, the library's last answer to GET /library: `{ readAt, library }`. The same for
 * anyone (no patron's data), so it outlives sessions, as the query it copies does.
 */
export const LIBRARY_COPY_KEY = 'shiori.library';

interface LibraryCopy {
  readAt: number;
  library: unknown;
}

/** Forget the copy: the next visit waits for the library's answer (an address that switches the simulated library). */
export function forgetLibraryCopy(): void {
  globalThis.localStorage?.removeItem(LIBRARY_COPY_KEY);
}

function readCopy(): LibraryCopy | null {
  try {
    const copy = JSON.parse(globalThis.localStorage?.getItem(LIBRARY_COPY_KEY) ?? 'null') as LibraryCopy | null;
    return copy && typeof copy.readAt === 'number' ? copy : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the library's last answer to GET /library (its name, labels and rules, what the login
 * form and the header need) and shows it on the next visit while the library is asked again: a
 * repeat visit draws its login form at once instead of after the library answers (the simulated
 * library starts in the page first), and an installed app starting offline still has its
 * library's words. The answer replaces the copy as soon as it arrives, so another library (a
 * profile switched in the demo panel) or changed labels show once answered; a copy the contract
 * no longer accepts (another build's) is dropped. Only shown while the query has nothing of its
 * own: an answer that came first is never replaced by the older copy. Returns the way to stop.
 */
export function keepLibraryCopy(queryClient: QueryClient): () => void {
  const { queryKey } = libraryInfoQuery;
  const copy = readCopy();
  if (copy) {
    void loadEndpoint('getLibrary')
      .then((endpoint) => {
        const parsed = endpoint.response ? safeParse(endpoint.response, copy.library) : null;
        if (!parsed?.success) return forgetLibraryCopy();
        const state = queryClient.getQueryState(queryKey);
        if (state?.data !== undefined || state?.status === 'error') return;
        queryClient.setQueryData(queryKey, parsed.data as LibraryInfo, { updatedAt: copy.readAt });
        // Asked again however fresh the copy: a read under way goes on, one not yet made is made at once.
        void queryClient.invalidateQueries({ queryKey, exact: true }, { cancelRefetch: false });
      })
      // The contract's module did not load (offline, before the app was cached): the app asks the library as it would.
      .catch(() => undefined);
  }
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
    if (!matchQuery({ queryKey, exact: true }, event.query)) return;
    const kept: LibraryCopy = { readAt: event.query.state.dataUpdatedAt, library: event.query.state.data };
    try {
      globalThis.localStorage?.setItem(LIBRARY_COPY_KEY, JSON.stringify(kept));
    } catch {
      // A full storage keeps the previous copy, which the next answer replaces on screen.
    }
  });
}
