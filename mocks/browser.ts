import { setupWorker } from 'msw/browser';
import seedAssetUrls from 'virtual:shiori-seed-assets';
import type { LoginResponse } from '../src/api/contract/auth';
import { ProfileId } from '../src/api/contract/library';
import { NetworkSettings } from '../src/api/contract/simulation';
import { indexedDbScenarioStore } from './db/indexeddb-scenarios';
import { indexedDbStorage } from './db/indexeddb-storage';
import type { TableData } from './db/database';
import { readTables } from './db/table-encoding';
import { DomainError } from './domain/errors';
import { createHandlers } from './handlers/handlers';
import { presentSignIn } from './handlers/present-session';
import { buildIndexInWorker } from './runtime/index-in-worker';
import { keptSeed, LibraryHost, type Library } from './runtime/library-host';
import { restoreScenario } from './use-cases/scenarios/restore';

const PROFILE_KEY = 'shiori.sim.profile';
const NETWORK_KEY = 'shiori.sim.network';

function storedNetwork(): NetworkSettings | null {
  try {
    return NetworkSettings.safeParse(JSON.parse(localStorage.getItem(NETWORK_KEY) ?? 'null')).data ?? null;
  } catch {
    return null;
  }
}

/** A profile's seed as the build made it (vite.config.ts: seedAssets), fetched and decoded: the page does not generate one. */
async function seedAsset(profileId: ProfileId): Promise<TableData> {
  const url = seedAssetUrls[profileId];
  if (!url) throw new Error(`The build has no seed for ${profileId}`);
  const response = await fetch(url);
  // For test/scripts/measure-login.ts: from here to seed-built, the seed is read, unzipped and decoded.
  performance.mark('shiori:seed-fetched');
  if (!response.ok || !response.body) throw new Error(`The seed of ${profileId} could not be loaded (${response.status})`);
  return readTables(response.body);
}

export interface SimulatedLibrary {
  /** Settles when the library's database is open (seeded on the first visit). */
  ready: Promise<{ profileId: ProfileId; reseedReason: string | null }>;
  /** The address named a scenario (`?scenario=…`): it was restored, and its patron signed in; or why it could not be. */
  scenario: { id: string; signIn: LoginResponse | null } | { id: string; error: string } | null;
}

/**
 * Starts the simulated library inside the page: MSW's service worker hands every API request to
 * handlers running here, over a database in IndexedDB shared by all tabs of this origin.
 * `?library=p001` in the address picks the profile and is remembered; `?scenario=in-transit`
 * restores a scenario before the app starts (and leaves the address, so that a reload keeps the
 * demo where it got to). The network settings of the demo panel are remembered too.
 */
export async function startSimulatedLibrary(options: { baseUrl: string; search: string }): Promise<SimulatedLibrary> {
  const requested = ProfileId.safeParse(new URLSearchParams(options.search).get('library'));
  if (requested.success) localStorage.setItem(PROFILE_KEY, requested.data);
  let workerStarted!: () => void;
  const taking = new Promise<void>((resolve) => (workerStarted = resolve));
  let profileAnswered!: () => void;
  const answeredProfile = new Promise<void>((resolve) => (profileAnswered = resolve));
  const host = new LibraryHost({
    storageFor: (id) => indexedDbStorage(`shiori-${id}`),
    wallClock: () => Date.now(),
    profileSetting: {
      get: () => ProfileId.safeParse(localStorage.getItem(PROFILE_KEY)).data ?? null,
      set: (id) => localStorage.setItem(PROFILE_KEY, id),
    },
    clockRuns: true,
    // A first visit decodes its seed once the page has drawn the library's profile (GET /library, which the login form
    // needs): decoding and storing the seed hold the page's thread, and the service worker's start, the answer and the
    // form drawn from it waited behind them. A page that has not asked for it a second after the worker started waits no longer.
    seed: keptSeed(async (profileId) => {
      await taking;
      // Idle twice: the first idle moment may come before the answer has reached the page.
      await Promise.race([answeredProfile.then(pageIdle).then(pageIdle), wait(1000)]);
      return seedAsset(profileId);
    }),
    network: { latency: 'realistic', failureRate: 0, offline: false },
    networkSetting: { get: storedNetwork, set: (settings) => localStorage.setItem(NETWORK_KEY, JSON.stringify(settings)) },
    scenarios: indexedDbScenarioStore(),
  });
  performance.mark('shiori:library-start');
  const describe = async (library: Library) => ({ profileId: library.profile.id, reseedReason: library.reseedReason });
  const worker = setupWorker(...createHandlers(host, options.baseUrl));
  const profilePath = new URL(`${options.baseUrl}/library`, window.location.href).pathname;
  worker.events.on('response:mocked', ({ request }) => {
    if (new URL(request.url).pathname === profilePath) profileAnswered();
  });
  let firstRequest!: () => void;
  const asked = new Promise<void>((resolve) => (firstRequest = resolve));
  worker.events.on('request:start', () => firstRequest());
  // The library opens its database (reads its stored rows, or seeds) when the page first asks it something, or a second
  // after the service worker started: reading 58,000 rows holds the page's thread, and a repeat visit's page (its login
  // form drawn from the library's kept answer) waited behind it. A request opens it in any case.
  const opening = Promise.race([asked, taking.then(() => wait(1000))]).then(() => host.run(describe));
  opening.catch(() => undefined); // when a scenario is restored instead, its own start tells of a failure
  try {
    await worker.start({
      // shiori-sw.js runs MSW's mockServiceWorker.js and also keeps the app shell for offline starts.
      serviceWorker: { url: `${import.meta.env.BASE_URL}shiori-sw.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } finally {
    workerStarted();
  }
  performance.mark('shiori:worker-started');
  const scenario = await startingScenario(host, options.search);
  const ready = (scenario ? host.run(describe) : opening).then((opened) => {
    performance.mark('shiori:library-ready');
    return opened;
  });
  // Two jobs of a first visit wait until the patron is reading rather than clicking: the service worker's copy of the
  // app for offline starts (with the seed of this profile: a reset needs it offline; the other profiles' seeds only
  // when used), and the search index, built in a Web Worker (or read from IndexedDB). Started as soon as the library
  // was ready, they cost 2.5–3 s of CPU on this machine in the seconds the patron spends on the login form (a search
  // that comes first builds the index on the page, as it always could).
  let lastRequest = performance.now();
  worker.events.on('request:start', () => void (lastRequest = performance.now()));
  worker.events.on('request:end', () => void (lastRequest = performance.now()));
  void ready.then(async ({ profileId }) => {
    await patronReading(() => lastRequest);
    const files = [seedAssetUrls[profileId]].filter((url) => url !== undefined);
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'SHIORI_CACHE_SHELL', files });
    await host.warmSearch(buildIndexInWorker);
    // For test/scripts/measure-search-index.ts: the index is ready; the page's main-thread time up to here is measured.
    performance.mark('shiori:search-index-ready');
  });
  return { ready, scenario };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settles once the page has nothing else to do (what it was given has been drawn), or after 300 ms at most. */
const pageIdle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 300 }) : setTimeout(resolve, 0),
  );

/** How long the library must have had no request before a first visit's background jobs start. */
const QUIET_MS = 8000;

/**
 * Settles once the library has answered no request for `QUIET_MS`, or at once when the page is
 * hidden (a phone switching apps, a tab left behind): the moments a patron is not waiting on it.
 */
function patronReading(lastRequest: () => number): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', whenHidden);
      resolve();
    };
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') done();
    };
    const check = () => {
      const quiet = performance.now() - lastRequest();
      if (quiet >= QUIET_MS) done();
      else timer = setTimeout(check, QUIET_MS - quiet);
    };
    document.addEventListener('visibilitychange', whenHidden);
    if (document.visibilityState === 'hidden') done();
    else check();
  });
}

async function startingScenario(host: LibraryHost, search: string): Promise<SimulatedLibrary['scenario']> {
  const params = new URLSearchParams(search);
  const id = params.get('scenario');
  if (!id) return null;
  params.delete('scenario');
  const rest = params.toString();
  history.replaceState(history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
  try {
    const { profile, signIn } = await restoreScenario(host, id);
    return { id, signIn: signIn && presentSignIn(profile, signIn) };
  } catch (error) {
    return { id, error: error instanceof DomainError ? error.message : String(error) };
  }
}
