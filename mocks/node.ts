import { setupServer } from 'msw/node';
import type { ProfileId } from '../src/api/contract/library';
import type { NetworkSettings } from '../src/api/contract/simulation';
import { memoryStorage, type LibraryStorage } from './db/storage';
import { SEED_EPOCH } from './seed/seed-library';
import { fromIso } from './domain/time';
import { createHandlers } from './handlers/handlers';
import { generatedSeed } from './runtime/generated-seed';
import { LibraryHost } from './runtime/library-host';

export interface NodeLibraryOptions {
  profileId?: ProfileId;
  /** Smaller catalogues make fresh libraries cheap for tests. */
  titleCount?: number;
  hashIterations?: number;
  network?: NetworkSettings;
  /** Where the library lives: in memory unless given (a test of what requests write gives its own). */
  storage?: () => LibraryStorage;
}

/** A simulated library in memory with a frozen clock at the seed's moment: what every test starts from. */
export function createNodeLibrary(options: NodeLibraryOptions = {}): LibraryHost {
  let profileId: ProfileId = options.profileId ?? 'p003';
  return new LibraryHost({
    storageFor: options.storage ?? (() => memoryStorage()),
    wallClock: () => fromIso(SEED_EPOCH),
    profileSetting: { get: () => profileId, set: (id) => (profileId = id) },
    clockRuns: false,
    seed: generatedSeed({ titleCount: options.titleCount, hashIterations: options.hashIterations }),
    hashIterations: options.hashIterations,
    network: options.network,
  });
}

/** MSW's Node interceptor answering the contract from `host`'s library. */
export function createNodeServer(host: LibraryHost, baseUrl: string) {
  return setupServer(...createHandlers(host, baseUrl));
}
