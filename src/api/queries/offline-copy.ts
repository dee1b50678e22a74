import { dehydrate, hydrate, type DehydratedState, type Query, type QueryClient } from '@tanstack/react-query';
import { OFFLINE_COPY_KEY } from './offline-copy-key';

/** What localStorage keeps: whose session it was read in, and the reads as TanStack Query dehydrates them. */
interface OfflineCopy {
  owner: string;
  state: DehydratedState;
}

/**
 * A fingerprint of the session's token (FNV-1a, 32 bits), so that the copy names the session it
 * belongs to without holding its token: a copy another session left is never shown.
 */
function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < token.length; at++) hash = Math.imul(hash ^ token.charCodeAt(at), 0x01000193) >>> 0;
  return hash.toString(16);
}

const kept = (query: Query) => query.meta?.readableOffline === true && query.state.status === 'success';

/** Runs `task` once the page is idle (within a second), or soon where the browser cannot say; answers the way to call it off. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * Keeps the reads marked `readableOffline` (loans, reservations, マイページ's summary) in
 * localStorage each time one is read, with when it was read (`dataUpdatedAt`), and puts back what
 * was kept for this session: offline, マイページ shows them, dated. Returns the way to stop.
 * The copy is written once the page is idle, once for reads that succeed together: a マイページ tab
 * switch reads its list again in the background, and writing the copy (both lists dehydrated and
 * turned into JSON, 200 rows each for a big account) at once held the frames that draw the list.
 * Leaving the page writes what is still to write.
 * (The persister packages of TanStack Query do the same with these two functions, and pin an older
 * query-core than the app's, which would bundle a second copy.)
 */
export function keepOfflineCopy(queryClient: QueryClient, token: string): () => void {
  const owner = fingerprint(token);
  const storage = globalThis.localStorage;
  try {
    const copy = JSON.parse(storage?.getItem(OFFLINE_COPY_KEY) ?? 'null') as OfflineCopy | null;
    // hydrate keeps what the cache holds when it is newer than the copy.
    if (copy?.owner === owner) hydrate(queryClient, copy.state);
  } catch {
    storage?.removeItem(OFFLINE_COPY_KEY);
  }
  let pending: (() => void) | null = null;
  const write = () => {
    pending = null;
    const copy: OfflineCopy = { owner, state: dehydrate(queryClient, { shouldDehydrateQuery: kept }) };
    try {
      storage?.setItem(OFFLINE_COPY_KEY, JSON.stringify(copy));
    } catch {
      // A full storage keeps the previous copy: the app runs on, and offline shows older rows, dated.
    }
  };
  const writeNow = () => {
    if (pending) {
      pending();
      write();
    }
  };
  globalThis.addEventListener?.('pagehide', writeNow);
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || !kept(event.query)) return;
    pending ??= whenIdle(write);
  });
  return () => {
    unsubscribe();
    pending?.();
    pending = null;
    globalThis.removeEventListener?.('pagehide', writeNow);
  };
}
