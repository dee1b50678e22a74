import type { SimClock, SimStatus } from '../../src/api/contract/simulation';
import { toIso } from '../domain/time';
import { profiles } from '../profiles/profiles';
import type { Library, LibraryHost } from '../runtime/library-host';
import { demoPatrons } from '../use-cases/simulation/demo-patrons';

// The simulation API's answers about the library itself: its clock, and its status for the demo panel.

export function clockOf(library: Library): SimClock {
  return { now: toIso(library.now()), running: library.clockState().frozenAt === null };
}
export function statusOf(library: Library, host: LibraryHost): SimStatus {
  return {
    profileId: library.profile.id,
    profiles: Object.values(profiles).map((profile) => ({ id: profile.id, name: profile.name })),
    schemaVersion: library.meta.schemaVersion,
    seededAt: library.meta.seededAt,
    reseedReason: library.reseedReason,
    network: host.network,
    clock: clockOf(library),
    personas: demoPatrons(library),
  };
}
