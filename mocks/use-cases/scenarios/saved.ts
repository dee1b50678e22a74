import type { ScenarioFile } from '../../../src/api/contract/simulation';
import { SCHEMA_VERSION } from '../../db/schema';
import type { StoredScenario } from '../../db/scenario-storage';
import { DomainError } from '../../domain/errors';
import { toIso } from '../../domain/time';
import type { LibraryHost } from '../../runtime/library-host';
import { applyDifferences, differencesFrom } from '../../runtime/scenario-differences';
import { builtInScenarios } from './built-in';

const newScenarioId = () => `saved-${crypto.randomUUID().slice(0, 8)}`;

/** The library as it is now, under a name: its differences from the seed, its time, and the patron to sign in. */
export async function saveScenario(host: LibraryHost, name: string, cardNumber: string | null): Promise<StoredScenario> {
  const file = await host.run(async (library): Promise<ScenarioFile> => {
    const changes = differencesFrom(await library.seedData(), library.db.dump());
    return {
      format: 'shiori-scenario',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      profileId: library.profile.id,
      name,
      savedAt: toIso(library.wallNow()),
      now: toIso(library.now()),
      running: library.clockState().frozenAt === null,
      cardNumber,
      changes,
    };
  });
  const saved = { id: newScenarioId(), file };
  await host.scenarios.put(saved);
  return saved;
}

/**
 * A scenario file from another machine, kept if this version of the simulated library can restore
 * it: every row fits its table, names rows the library has, and no session or password hash comes with it.
 */
export async function importScenario(host: LibraryHost, file: ScenarioFile): Promise<StoredScenario> {
  if (file.schemaVersion !== SCHEMA_VERSION) {
    throw new DomainError(
      'CONFLICT',
      `The file was saved by another version of the simulated library (schema ${file.schemaVersion}, this one ${SCHEMA_VERSION})`,
      {
        reason: 'schema-mismatch',
      },
    );
  }
  applyDifferences(await host.seedOf(file.profileId), file.changes);
  const imported = { id: newScenarioId(), file };
  await host.scenarios.put(imported);
  return imported;
}

/** The file of a saved scenario; a built-in one is a recipe, with no file until it is restored and saved. */
export async function scenarioFile(host: LibraryHost, scenarioId: string): Promise<ScenarioFile> {
  const stored = await host.scenarios.get(scenarioId);
  if (!stored) {
    const builtIn = builtInScenarios.some((scenario) => scenario.id === scenarioId);
    throw new DomainError(
      'NOT_FOUND',
      builtIn ? 'A built-in scenario is a recipe: restore it, then save it to export a file' : `No scenario ${scenarioId}`,
    );
  }
  return stored.file;
}

export async function deleteScenario(host: LibraryHost, scenarioId: string): Promise<void> {
  if (!(await host.scenarios.delete(scenarioId))) throw new DomainError('NOT_FOUND', `No saved scenario ${scenarioId}`);
}
