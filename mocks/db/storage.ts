import type { RowChange, TableData } from './database';

export type OpenResult =
  | { kind: 'stored'; data: TableData; revision: number }
  /** Nothing usable is stored; `reason` says why when something was there (e.g. another schema). */
  | { kind: 'empty'; reason: string | null };

export type SyncResult = { kind: 'unchanged' } | { kind: 'changes'; revision: number; changes: RowChange[] } | { kind: 'reload' };

/**
 * Where a library's database lives between runs: IndexedDB in the browser, a file or nothing in
 * Node. Every write is one atomic commit with a revision, so that several tabs (or processes)
 * sharing the storage can tell what the others changed.
 */
export interface LibraryStorage {
  open(): Promise<OpenResult>;
  /** Replace everything (a new seed); answers the new revision. */
  replace(data: TableData): Promise<number>;
  /**
   * Persist the rows one transaction changed; answers the new revision. `whole` reads the library
   * as it is with those changes, for a storage that folds its log into a snapshot now and then:
   * the storage keeps no copy of its own.
   */
  commit(changes: readonly RowChange[], whole: () => TableData): Promise<number>;
  /** What others committed after `revision`. */
  changesSince(revision: number): Promise<SyncResult>;
  /** Run `task` while no other tab or process works on the same library. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/** Keeps nothing: for tests, which start every time from a fresh seed. */
export function memoryStorage(): LibraryStorage {
  let revision = 0;
  return {
    open: async () => ({ kind: 'empty', reason: null }),
    replace: async () => ++revision,
    commit: async () => ++revision,
    changesSince: async () => ({ kind: 'unchanged' }),
    exclusive: (task) => task(),
  };
}
