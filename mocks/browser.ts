import { setupWorker } from 'msw/browser';
import { ProfileId } from '../src/api/contract/library';
import { indexedDbStorage } from './db/indexeddb-storage';
import { createHandlers } from './handlers/handlers';
import { LibraryHost } from './runtime/library-host';

const PROFILE_KEY = 'shiori.sim.profile';

const idleMoment = () =>
  new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 0)));

export interface SimulatedLibrary {
  /** Settles when the library's database is open (seeded on the first visit). */
  ready: Promise<{ profileId: ProfileId; reseedReason: string | null }>;
}

/**
 * Starts the simulated library inside the page: MSW's service worker hands every API request to
 * handlers running here, over a database in IndexedDB shared by all tabs of this origin.
 * `?library=p001` in the address picks the profile and is remembered.
 */
export async function startSimulatedLibrary(options: { baseUrl: string; search: string }): Promise<SimulatedLibrary> {
  const requested = ProfileId.safeParse(new URLSearchParams(options.search).get('library'));
  if (requested.success) localStorage.setItem(PROFILE_KEY, requested.data);
  const host = new LibraryHost({
    storageFor: (id) => indexedDbStorage(`shiori-${id}`),
    wallClock: () => Date.now(),
    profileSetting: {
      get: () => ProfileId.safeParse(localStorage.getItem(PROFILE_KEY)).data ?? null,
      set: (id) => localStorage.setItem(PROFILE_KEY, id),
    },
    clockRuns: true,
    network: { latency: 'realistic', failureRate: 0 },
  });
  const worker = setupWorker(...createHandlers(host, options.baseUrl));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  const ready = host.run(async (library) => ({ profileId: library.profile.id, reseedReason: library.reseedReason }));
  // The search index is built while the patron reads the first page, a slice per idle moment.
  void ready.then(() => host.warmSearch(idleMoment));
  return { ready };
}
