import type { ScenarioFile } from '../../src/api/contract/simulation';

// Saved scenarios: a library's state kept under a name, to start a demo from the same point every
// time. They are kept apart from the libraries' databases, so that resetting a library keeps them.

export interface StoredScenario {
  id: string;
  file: ScenarioFile;
}

/** Where saved scenarios live: IndexedDB in the browser, memory in Node. */
export interface ScenarioStore {
  list(): Promise<StoredScenario[]>;
  get(id: string): Promise<StoredScenario | undefined>;
  put(scenario: StoredScenario): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export function memoryScenarioStore(): ScenarioStore {
  const kept = new Map<string, StoredScenario>();
  return {
    list: async () => [...kept.values()].map((scenario) => structuredClone(scenario)),
    get: async (id) => structuredClone(kept.get(id)),
    put: async (scenario) => void kept.set(scenario.id, structuredClone(scenario)),
    delete: async (id) => kept.delete(id),
  };
}
