import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { OFFLINE_COPY_KEY } from './offline-copy-key';

/**
 * Offline マイページ: what the app knows about reaching the library, and which reads it keeps a
 * copy of for when it cannot (the patron's loans, reservations and マイページ's summary; never the
 * session or anything else: src/api/queries/offline-copy.ts).
 */

/** The factories of the reads kept for offline use put this in their `meta`. */
export const readableOffline = { readableOffline: true } as const;

/** The id of the banner saying オフラインです: every action it disables is described by it. */
export const OFFLINE_REASON_ID = 'offline-reason';

/** Set when a request to the library got no answer (NETWORK_ERROR, TIMEOUT), cleared by the next answer. */
export const useLibraryUnreachable = create<{ unreachable: boolean }>(() => ({ unreachable: false }));

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/** Whether the library cannot be reached: the browser says it is offline, or the last request got no answer. */
export function useOffline(): boolean {
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  const unreachable = useLibraryUnreachable((state) => state.unreachable);
  return !online || unreachable;
}

/**
 * The kept copy of one query client, which follows the session: `start` with the session the
 * browser holds (what was kept for it comes back), `handOver` when it changes hands (logout,
 * another patron's login, an ended session): the copy is forgotten, and the new session starts
 * its own. The code that keeps it loads only once somebody is logged in, so the login page never
 * carries it.
 */
export function offlineCopyOf(queryClient: QueryClient) {
  interface Session {
    token: string | null;
    stop: (() => void) | null;
  }
  let session: Session = { token: null, stop: null };
  const start = (token: string | null) => {
    const started: Session = { token, stop: null };
    session = started;
    if (!token) return;
    void import('./offline-copy').then(({ keepOfflineCopy }) => {
      if (session === started) started.stop = keepOfflineCopy(queryClient, token);
    });
  };
  return {
    start,
    handOver: (token: string | null) => {
      session.stop?.();
      globalThis.localStorage?.removeItem(OFFLINE_COPY_KEY);
      start(token);
    },
  };
}
