import type { RequestHandler } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { backend } from '../../src/api/client/api';
import { createApiClient } from '../../src/api/client/transport';
import { endpoints, type EndpointName } from '../../src/api/contract/endpoints';
import { useSessionToken } from '../../src/api/client/session-token';
import { createHandlers } from '../../mocks/handlers/handlers';
import { createNodeLibrary, createNodeServer, type NodeLibraryOptions } from '../../mocks/node';
import { personasOf, type Situation } from '../../mocks/seed/personas';
import { profiles } from '../../mocks/profiles/profiles';
import type { ProfileId } from '../../src/api/contract/library';
import type { TitleRow } from '../../mocks/db/schema';
import type { LibraryHost } from '../../mocks/runtime/library-host';

/** Where the app's client sends its requests in tests: vite.config.ts sets it for every test project. */
export const API_BASE = import.meta.env.VITE_API_BASE_URL!;

/** The app's client for the whole contract, the simulation API included: tests drive the library with it as the demo panel does. */
export const api = createApiClient({ ...backend, endpoint: (name: EndpointName) => endpoints[name] });

/** A small catalogue and cheap hashes keep a fresh library per test fast; the rules are the same. */
export const testLibraryOptions = { titleCount: 3000, hashIterations: 1000 } as const;

const server = createNodeServer(createNodeLibrary(testLibraryOptions), API_BASE);

/** Start MSW's interceptor for a test file; each test then opens its own fresh library. */
export function interceptApiRequests() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** Answer some requests otherwise for this test (e.g. a failure), ahead of the simulated library. */
export function overrideApi(...handlers: RequestHandler[]) {
  server.use(...handlers);
}

/** A fresh simulated library (seeded, clock frozen at the seed's moment) answering this test's requests, nobody logged in. */
export function openLibrary(options: NodeLibraryOptions = {}) {
  const host = createNodeLibrary({ ...testLibraryOptions, ...options });
  server.use(...createHandlers(host, API_BASE));
  useSessionToken.setState({ token: null, expired: false });
  return host;
}

export function persona(profileId: ProfileId, situation: Situation) {
  const found = personasOf(profiles[profileId]).find((item) => item.situation === situation);
  if (!found) throw new Error(`${profileId} has no ${situation} persona`);
  return found;
}

/** Move the simulated clock through the simulation API. */
export function advanceClock(minutes: number) {
  return api.call('simAdvanceClock', { body: { minutes } });
}

/** Titles of the library's own database: tests pick real titles rather than hard-coding ids. */
export function titlesIn(host: LibraryHost, predicate: (title: TitleRow) => boolean): Promise<TitleRow[]> {
  return host.run(async (library) => library.db.tables.titles.filter(predicate));
}

export async function firstTitleIn(host: LibraryHost, predicate: (title: TitleRow) => boolean): Promise<TitleRow> {
  const [title] = await titlesIn(host, predicate);
  if (!title) throw new Error('The seed has no such title');
  return title;
}

/** A lendable book nobody has reserved, with a copy on the shelf at `branchId`: reserving it secures that copy. */
export function unreservedBookOnShelfAt(host: LibraryHost, branchId: string): Promise<TitleRow> {
  return host.run(async (library) => {
    const { titles, copies, reservations } = library.db.tables;
    const title = titles.find(
      (row) =>
        row.materialType === 'book' &&
        !row.referenceOnly &&
        copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf' && copy.branchId === branchId) &&
        reservations.where('titleId', row.id).length === 0,
    );
    if (!title) throw new Error(`The seed has no unreserved book on the shelf at ${branchId}`);
    return title;
  });
}

/** Volumes 1 to `count` of a series of lendable books, each with a copy on a shelf now. */
export function seriesVolumes(host: LibraryHost, count: number): Promise<TitleRow[]> {
  return host.run(async (library) => {
    const { titles, copies } = library.db.tables;
    const onShelf = (title: TitleRow) => copies.where('titleId', title.id).some((copy) => copy.status === 'on-shelf');
    const first = titles.find(
      (title) =>
        title.volumeNumber === 1 &&
        title.materialType === 'book' &&
        !title.referenceOnly &&
        titles.where('seriesId', title.seriesId!).filter((volume) => volume.volumeNumber! <= count && onShelf(volume)).length === count,
    );
    if (!first) throw new Error(`The seed has no series of ${count} volumes on the shelf`);
    return titles
      .where('seriesId', first.seriesId!)
      .filter((title) => title.volumeNumber! <= count)
      .sort((a, b) => a.volumeNumber! - b.volumeNumber!);
  });
}
