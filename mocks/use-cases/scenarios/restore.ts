import { SCHEMA_VERSION } from '../../db/schema';
import { startClock } from '../../domain/clock';
import { DomainError } from '../../domain/errors';
import { fromIso } from '../../domain/time';
import type { LibraryProfile } from '../../profiles/profile';
import { runBackOffice } from '../../runtime/back-office';
import type { LibraryHost } from '../../runtime/library-host';
import { applyDifferences } from '../../runtime/scenario-differences';
import { openSession, type SignedIn } from '../auth/sessions';
import { builtInScenarios } from './built-in';

export interface Restored {
  /** The library now active (a saved scenario brings its own). */
  profile: LibraryProfile;
  /** A session for the scenario's patron, if it names one the library has. */
  signIn: SignedIn | null;
}

function signInAfterRestore(host: LibraryHost, cardNumber: string | null): Promise<SignedIn | null> {
  if (!cardNumber) return Promise.resolve(null);
  return host.run((library) =>
    library.transact(() => {
      const patron = library.db.tables.patrons.where('cardNumber', cardNumber)[0];
      return patron ? openSession(library, patron, library.now()) : null;
    }),
  );
}

/**
 * Replace the library with a scenario: a built-in one played on a fresh seed of the active
 * profile, or a saved one in its own profile. Also used when the app starts from `?scenario=`.
 */
export async function restoreScenario(host: LibraryHost, scenarioId: string): Promise<Restored> {
  const builtIn = builtInScenarios.find((scenario) => scenario.id === scenarioId);
  let cardNumber: string | null;
  if (builtIn) {
    const profile = await host.run(async (library) => library.profile);
    if (!builtIn.available(profile)) {
      throw new DomainError('CONFLICT', `${profile.id} cannot show this scenario`, { reason: 'not-offered-by-profile' });
    }
    await host.reset();
    cardNumber = await host.run((library) =>
      library.transact(async () => {
        runBackOffice(library, library.now());
        return builtIn.build(library);
      }),
    );
  } else {
    const stored = await host.scenarios.get(scenarioId);
    if (!stored) throw new DomainError('NOT_FOUND', `No scenario ${scenarioId}`);
    const { file } = stored;
    if (file.schemaVersion !== SCHEMA_VERSION) {
      throw new DomainError(
        'CONFLICT',
        `The scenario was saved by another version of the simulated library (schema ${file.schemaVersion})`,
        { reason: 'schema-mismatch' },
      );
    }
    await host.replaceWith(file.profileId, (seed, wallNow) => {
      const data = applyDifferences(seed, file.changes);
      data.meta = data.meta.filter((row) => row.key !== 'clock');
      data.meta.push({ key: 'clock', value: startClock(fromIso(file.now), wallNow, file.running) });
      return data;
    });
    cardNumber = file.cardNumber;
  }
  const signIn = await signInAfterRestore(host, cardNumber);
  const profile = await host.run(async (library) => library.profile);
  return { profile, signIn };
}
