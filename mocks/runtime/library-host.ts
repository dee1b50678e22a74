import type { ProfileId } from '../../src/api/contract/library';
import type { NetworkSettings } from '../../src/api/contract/simulation';
import { Database, type RowChange, type TableData } from '../db/database';
import { tableNames } from '../db/schema';
import type { LibraryStorage } from '../db/storage';
import type { SeedMeta } from '../seed/seed-library';
import { readClock, startClock, type ClockState } from '../domain/clock';
import type { SearchIndex } from '../domain/search/search-index';
import { HASH_ITERATIONS } from '../domain/password-hash';
import { fromIso } from '../domain/time';
import { defaultProfileId, profiles } from '../profiles/profiles';
import type { LibraryProfile } from '../profiles/profile';
import { SETTINGS_KEY, withSettings } from '../profiles/settings';
import type { LibrarySettings } from '../../src/api/contract/simulation';
import { CatalogueIndex, type IndexBuilder } from './catalogue-index';
import { LoginAttempts } from './login-attempts';
import { memoryScenarioStore, type ScenarioStore } from '../db/scenario-storage';

/** One library as it runs: its rules, its database and its clock. */
export interface Library {
  readonly profile: LibraryProfile;
  readonly db: Database;
  readonly meta: SeedMeta;
  /** Why the stored library was replaced by a fresh seed when it was opened, if it was. */
  readonly reseedReason: string | null;
  /** The profile's seed as a fresh library starts from: what a saved scenario is compared with. */
  seedData(): Promise<TableData>;
  /** The catalogue search index of the titles as they are now. */
  searchIndex(): SearchIndex;
  /** The PBKDF2 cost of the passwords it stores (lower in tests). */
  readonly hashIterations: number;
  /** Failed logins it remembers outside its tables. */
  readonly loginAttempts: LoginAttempts;
  /** The simulated time, in epoch milliseconds. */
  now(): number;
  /** The real time the simulated clock is derived from (only the clock functions take it). */
  wallNow(): number;
  clockState(): ClockState;
  /** Within a transaction: store a new clock state. */
  setClockState(state: ClockState): void;
  /**
   * Run one step of work as a transaction and persist what it changed. When the step throws, its
   * changes are undone, unless `keepOnError` says this failure keeps them (a counted failed login);
   * when persisting fails, they are undone as well, so memory never shows what storage did not keep.
   */
  transact<R>(step: () => Promise<R> | R, keepOnError?: (error: unknown) => boolean): Promise<R>;
}

export interface HostOptions {
  /** Where each profile's database lives. */
  storageFor: (profileId: ProfileId) => LibraryStorage;
  /** The real time, read only through the simulated clock. */
  wallClock: () => number;
  /** Remembers which profile is active between runs (localStorage in the browser). */
  profileSetting: { get(): ProfileId | null; set(id: ProfileId): void };
  /** Whether a freshly seeded library's clock runs with the wall clock (tests freeze it). */
  clockRuns: boolean;
  /** Where each profile's fresh seed comes from: generated in-process in Node (`generatedSeed`), the build's asset in the page. */
  seed: SeedSource;
  hashIterations?: number;
  network?: NetworkSettings;
  /** Where saved scenarios live (IndexedDB in the browser); in memory when not given. */
  scenarios?: ScenarioStore;
  /** Remembers the network settings between runs (localStorage in the browser). */
  networkSetting?: { get(): NetworkSettings | null; set(settings: NetworkSettings): void };
}

/**
 * A profile's seed as a fresh library starts from. It answers the same rows every time for a
 * profile (`keptSeed`), shared by every fresh start: a table replaces a row it updates and never
 * changes one in place, so the rows are frozen to keep it so, and each start gets its own lists
 * (and its own copy of the few meta values).
 */
export type SeedSource = (profileId: ProfileId) => Promise<TableData>;

/** `load` asked once per profile and its rows kept, frozen, for every fresh start; a failure is forgotten, so the next start asks again. */
export function keptSeed(load: SeedSource): SeedSource {
  const kept = new Map<ProfileId, Promise<TableData>>();
  return (profileId) => {
    let seed = kept.get(profileId);
    if (!seed) {
      kept.set(profileId, (seed = load(profileId).then(freezeRows)));
      seed.catch(() => kept.delete(profileId));
    }
    return seed;
  };
}

function freezeRows(data: TableData): TableData {
  for (const table of tableNames) for (const row of data[table]) Object.freeze(row);
  return data;
}

async function freshSeed(seed: SeedSource, profileId: ProfileId): Promise<TableData> {
  const data = await seed(profileId);
  return Object.fromEntries(
    tableNames.map((table) => [table, table === 'meta' ? structuredClone(data.meta) : [...data[table]]]),
  ) as TableData;
}

/**
 * Runs the simulated library: opens (or seeds) the active profile's database, serialises the work
 * of concurrent requests, and catches up with what other tabs sharing the storage committed.
 */
export class LibraryHost {
  readonly scenarios: ScenarioStore;
  private networkNow: NetworkSettings;
  private active: Promise<OpenLibrary> | null = null;
  /** The library being opened, until it is open: it knows its profile before its rows are all read. */
  private opening: OpenLibrary | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private opened = false;

  constructor(private readonly options: HostOptions) {
    this.networkNow = options.networkSetting?.get() ?? options.network ?? { latency: 'none', failureRate: 0, offline: false };
    this.scenarios = options.scenarios ?? memoryScenarioStore();
  }

  /** Latency, injected failures and the offline switch of the library's API (kept between runs where the host can). */
  get network(): NetworkSettings {
    return this.networkNow;
  }

  set network(settings: NetworkSettings) {
    this.networkNow = settings;
    this.options.networkSetting?.set(settings);
  }

  /** Whether the library has not yet opened its database once since it started (it is reading its rows, or seeding). */
  get starting(): boolean {
    return !this.opened;
  }

  get profileId(): ProfileId {
    return this.options.profileSetting.get() ?? defaultProfileId;
  }

  /** Run `task` with the active library, alone: no other request of any tab works meanwhile. */
  run<T>(task: (library: Library) => Promise<T>): Promise<T> {
    return this.runOpen(task);
  }

  private runOpen<T>(task: (library: OpenLibrary) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const library = await this.activeLibrary();
      return library.storage.exclusive(async () => {
        await library.catchUp();
        return task(library);
      });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The active library's profile, with the settings the demo panel switched. While the library
   * opens, as soon as its settings are known (a fresh seed has none, so a first visit knows them
   * before its seed is fetched): the library's own pages (GET /library) answer while it is still
   * seeding, and only what needs its rows waits for them.
   */
  profile(): Promise<LibraryProfile> {
    // Nothing opened yet (a page's first request): start opening now, so that the profile is known before the rows.
    if (!this.active && !this.opening) void this.activeLibrary().catch(() => undefined);
    return this.opening?.profileKnown ?? this.run(async (library) => library.profile);
  }

  /** The active library, opened (or seeded) when it is not yet. */
  private activeLibrary(): Promise<OpenLibrary> {
    return (this.active ??= this.open(this.profileId).catch((error: unknown) => {
      this.active = null;
      throw error;
    }));
  }

  /**
   * Have the active library's search index built by `build` (in the page: a Web Worker), so that it
   * is ready before the first search without holding up the page.
   */
  async warmSearch(build: IndexBuilder): Promise<void> {
    const library = await this.active;
    await library?.catalogueIndex.warm(library.profile.id, build);
  }

  async switchProfile(id: ProfileId): Promise<void> {
    await this.queue;
    this.options.profileSetting.set(id);
    this.active = null;
  }

  /** A profile's fresh seed, without opening its library: what an imported scenario is checked against. */
  seedOf(profileId: ProfileId): Promise<TableData> {
    return freshSeed(this.options.seed, profileId);
  }

  /** Replace the active library with a fresh seed. */
  async reset(): Promise<void> {
    await this.runOpen(async (library) => library.reseed(null));
  }

  /**
   * Replace a profile's library (switching to it) with what `build` makes of the profile's fresh
   * seed: a restored scenario.
   */
  async replaceWith(profileId: ProfileId, build: (seed: TableData, wallNow: number) => TableData): Promise<void> {
    if (profileId !== this.profileId) await this.switchProfile(profileId);
    await this.runOpen(async (library) => library.replace(build(await library.seedData(), this.options.wallClock())));
  }

  private async open(profileId: ProfileId): Promise<OpenLibrary> {
    const library = (this.opening = new OpenLibrary(profiles[profileId], this.options));
    try {
      await library.open();
      this.opened = true;
      return library;
    } finally {
      if (this.opening === library) this.opening = null;
    }
  }
}

class OpenLibrary implements Library {
  readonly db = new Database();
  readonly catalogueIndex = new CatalogueIndex(this.db.tables.titles);
  readonly storage: LibraryStorage;
  readonly loginAttempts = new LoginAttempts();
  readonly hashIterations: number;
  meta!: SeedMeta;
  reseedReason: string | null = null;
  private revision = 0;

  private settings: { stored: unknown; profile: LibraryProfile } | null = null;
  private knowProfile!: { resolve: (profile: LibraryProfile) => void; reject: (error: unknown) => void };
  /** Settles once the stored settings are read (at once for a library that will be seeded), before the rows are loaded. */
  readonly profileKnown = new Promise<LibraryProfile>((resolve, reject) => (this.knowProfile = { resolve, reject }));

  constructor(
    private readonly baseProfile: LibraryProfile,
    private readonly options: HostOptions,
  ) {
    this.storage = options.storageFor(baseProfile.id);
    this.hashIterations = options.hashIterations ?? HASH_ITERATIONS;
  }

  /** The library's rules: its profile, with what the demo panel switched (kept in the meta table). */
  get profile(): LibraryProfile {
    const stored = this.db.tables.meta.get(SETTINGS_KEY)?.value;
    if (this.settings?.stored !== stored)
      this.settings = { stored, profile: withSettings(this.baseProfile, stored as LibrarySettings | undefined) };
    return this.settings?.profile ?? this.baseProfile;
  }

  async open(): Promise<void> {
    // Nobody need wait on it: a failed open is told by open's own rejection.
    this.profileKnown.catch(() => undefined);
    try {
      await this.storage.exclusive(async () => {
        const stored = await this.storage.open();
        // Marks for test/scripts/measure-login.ts, which tells where a first and a repeat visit spend their time.
        performance.mark('shiori:storage-read');
        if (stored.kind === 'stored') {
          this.db.load(stored.data);
          this.revision = stored.revision;
          this.meta = this.db.tables.meta.get('seed')?.value as SeedMeta;
          this.knowProfile.resolve(this.profile);
        } else {
          // A fresh seed carries no settings: the profile is the library's own.
          this.knowProfile.resolve(this.profile);
          await this.reseed(stored.reason);
        }
      });
    } catch (error) {
      this.knowProfile.reject(error);
      throw error;
    }
  }

  /** The profile's seed as a fresh library starts from (its clock included). */
  async seedData(): Promise<TableData> {
    const data = await freshSeed(this.options.seed, this.profile.id);
    const { seededAt } = data.meta.find((row) => row.key === 'seed')?.value as SeedMeta;
    data.meta.push({ key: 'clock', value: startClock(fromIso(seededAt), this.options.wallClock(), this.options.clockRuns) });
    return data;
  }

  async reseed(reason: string | null): Promise<void> {
    const seed = await this.seedData();
    performance.mark('shiori:seed-built');
    await this.replace(seed, reason);
    performance.mark('shiori:seed-stored');
    if (reason) console.info(`[shiori] The simulated library ${this.profile.id} was reseeded: ${reason}`);
  }

  /** Everything replaced at once, for every tab: a new seed or a restored scenario. */
  async replace(data: TableData, reason: string | null = null): Promise<void> {
    this.db.load(data);
    this.meta = this.db.tables.meta.get('seed')?.value as SeedMeta;
    this.reseedReason = reason;
    this.revision = await this.storage.replace(data);
  }

  async catchUp(): Promise<void> {
    const sync = await this.storage.changesSince(this.revision);
    if (sync.kind === 'unchanged') return;
    if (sync.kind === 'changes') {
      this.db.apply(sync.changes);
      this.revision = sync.revision;
      return;
    }
    const stored = await this.storage.open();
    if (stored.kind !== 'stored') return this.reseed(stored.reason);
    this.db.load(stored.data);
    this.revision = stored.revision;
  }

  searchIndex(): SearchIndex {
    return this.catalogueIndex.get();
  }

  now(): number {
    return readClock(this.clockState(), this.options.wallClock());
  }

  wallNow(): number {
    return this.options.wallClock();
  }

  clockState(): ClockState {
    return this.db.tables.meta.get('clock')?.value as ClockState;
  }

  setClockState(state: ClockState): void {
    this.db.tables.meta.put({ key: 'clock', value: state });
  }

  async transact<R>(step: () => Promise<R> | R, keepOnError: (error: unknown) => boolean = () => false): Promise<R> {
    const { result } = await this.db.transact(step, keepOnError, (changes) => this.persist(changes));
    return result;
  }

  private async persist(changes: RowChange[]): Promise<void> {
    if (changes.length > 0) this.revision = await this.storage.commit(changes, () => this.db.dump());
  }
}
