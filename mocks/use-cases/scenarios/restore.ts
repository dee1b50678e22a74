import type { ScenarioFile } from '../../../src/api/contract/simulation';
import type { TableData } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/schema';
import { startClock } from '../../domain/clock';
import { DomainError } from '../../domain/errors';
import { hashPassword } from '../../domain/password-hash';
import { passwordForHashing } from '../../domain/password-policy';
import { fromIso } from '../../domain/time';
import { profiles } from '../../profiles/profiles';
import type { LibraryProfile } from '../../profiles/profile';
import { runBackOffice } from '../../runtime/back-office';
import type { LibraryHost } from '../../runtime/library-host';
import { applyDifferences, withoutSecrets } from '../../runtime/scenario-differences';
import { openSession, type SignedIn } from '../auth/sessions';
import { COUNTER_PATRONS_KEY, type CounterPatron } from '../simulation/demo-patrons';
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

/** The hashes of the first passwords the counter handed out to the patrons it registered in the scenario, by card. */
async function counterPasswordHashes(file: ScenarioFile): Promise<Map<string, string>> {
  const listed = file.changes.meta?.put.find((row) => row.key === COUNTER_PATRONS_KEY)?.value;
  const { password: policy } = profiles[file.profileId];
  const hashes = new Map<string, string>();
  for (const { cardNumber, password } of Array.isArray(listed) ? (listed as CounterPatron[]) : []) {
    if (typeof cardNumber === 'string' && typeof password === 'string')
      hashes.set(cardNumber, await hashPassword(passwordForHashing(password, policy)));
  }
  return hashes;
}

/**
 * A file holds no password hash: the seed's patrons get the seed's passwords back (the demo
 * accounts), a patron registered at the counter the first password the counter handed out, any
 * other none (they register one again).
 */
function withPasswords(data: TableData, seed: TableData, counterHashes: Map<string, string>): void {
  const seeded = new Map(seed.patrons.map((row) => [row.id, row]));
  data.patrons = data.patrons.map((row) => {
    const original = seeded.get(row.id);
    if (original) {
      const { passwordHash, passwordTemporary, passwordIssuedAt } = original;
      return { ...row, passwordHash, passwordTemporary, passwordIssuedAt };
    }
    const passwordHash = counterHashes.get(row.cardNumber) ?? null;
    return { ...row, passwordHash, passwordTemporary: passwordHash !== null };
  });
  data.confirmations = data.confirmations.map((row) => ({ ...row, passwordHash: row.passwordHash ?? null }));
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
    const counterHashes = await counterPasswordHashes(file);
    await host.replaceWith(file.profileId, (seed, wallNow) => {
      const data = applyDifferences(seed, withoutSecrets(file.changes));
      withPasswords(data, seed, counterHashes);
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
