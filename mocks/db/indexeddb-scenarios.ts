import { openDB } from 'idb';
import type { ScenarioStore, StoredScenario } from './scenario-storage';

const STORE = 'scenarios';

/** Saved scenarios in their own IndexedDB database, so that resetting or reseeding a library keeps them. */
export function indexedDbScenarioStore(name = 'shiori-scenarios'): ScenarioStore {
  const db = openDB(name, 1, { upgrade: (database) => void database.createObjectStore(STORE, { keyPath: 'id' }) });
  return {
    list: async () => (await db).getAll(STORE) as Promise<StoredScenario[]>,
    get: async (id) => (await db).get(STORE, id) as Promise<StoredScenario | undefined>,
    put: async (scenario) => void (await (await db).put(STORE, scenario)),
    async delete(id) {
      const database = await db;
      if (!(await database.get(STORE, id))) return false;
      await database.delete(STORE, id);
      return true;
    },
  };
}
