import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import type { RowChange, TableData } from './database';
import { primaryKeys, SCHEMA_VERSION, tableNames, type TableName } from './schema';
import type { LibraryStorage, OpenResult, SyncResult } from './storage';

const SYNC_STORE = '_sync';
const CHANGELOG_STORE = '_changelog';
/** How many commits other tabs can catch up on row by row before they reload everything. */
const CHANGELOG_LENGTH = 500;

interface ChangelogEntry {
  revision: number;
  keys: [TableName, string][];
}

/**
 * A library persisted in IndexedDB, one object store per table. The database version is the
 * schema version: a stored library of another version is dropped and the caller reseeds.
 */
export function indexedDbStorage(name: string): LibraryStorage {
  let dbPromise: Promise<{ db: IDBPDatabase; reason: string | null }> | null = null;

  const connect = () =>
    (dbPromise ??= (async () => {
      let reason: string | null = null;
      const upgrade = (db: IDBPDatabase, oldVersion: number) => {
        if (oldVersion > 0) reason = `schema version ${oldVersion} → ${SCHEMA_VERSION}`;
        for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
        for (const table of tableNames) db.createObjectStore(table, { keyPath: primaryKeys[table] });
        db.createObjectStore(SYNC_STORE);
        db.createObjectStore(CHANGELOG_STORE, { keyPath: 'revision' });
      };
      try {
        return { db: await openDB(name, SCHEMA_VERSION, { upgrade }), reason };
      } catch (error) {
        // A newer build wrote a higher version: this build cannot read it, so start afresh.
        if (!(error instanceof DOMException && error.name === 'VersionError')) throw error;
        await deleteDB(name);
        const db = await openDB(name, SCHEMA_VERSION, { upgrade });
        return { db, reason: `stored by a newer schema than version ${SCHEMA_VERSION}` };
      }
    })());

  const readRevision = async (db: IDBPDatabase) => ((await db.get(SYNC_STORE, 'revision')) as number | undefined) ?? 0;

  return {
    async open(): Promise<OpenResult> {
      const { db, reason } = await connect();
      const revision = await readRevision(db);
      if (revision === 0) return { kind: 'empty', reason };
      const tx = db.transaction([...tableNames], 'readonly');
      const entries = await Promise.all(tableNames.map(async (table) => [table, await tx.objectStore(table).getAll()] as const));
      return { kind: 'stored', data: Object.fromEntries(entries) as unknown as TableData, revision };
    },

    async replace(data: TableData): Promise<number> {
      const { db } = await connect();
      const tx = db.transaction([...tableNames, SYNC_STORE, CHANGELOG_STORE], 'readwrite');
      // Read inside the same transaction: awaiting another one would let this one commit empty.
      const revision = (((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0) + 1;
      const writes: Promise<unknown>[] = [tx.objectStore(CHANGELOG_STORE).clear()];
      for (const table of tableNames) {
        const store = tx.objectStore(table);
        writes.push(store.clear());
        for (const row of data[table]) writes.push(store.put(row));
      }
      // The changelog cannot describe a replacement: other tabs find it empty and reload.
      writes.push(tx.objectStore(SYNC_STORE).put(revision, 'revision'), tx.done);
      await Promise.all(writes);
      return revision;
    },

    async commit(changes: readonly RowChange[]): Promise<number> {
      const { db } = await connect();
      const tx = db.transaction([...tableNames, SYNC_STORE, CHANGELOG_STORE], 'readwrite');
      const revision = (((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0) + 1;
      const writes: Promise<unknown>[] = [];
      for (const change of changes) {
        const store = tx.objectStore(change.table);
        writes.push(change.row === null ? store.delete(change.key) : store.put(change.row));
      }
      const entry: ChangelogEntry = { revision, keys: changes.map((change) => [change.table, change.key]) };
      const changelog = tx.objectStore(CHANGELOG_STORE);
      writes.push(changelog.put(entry), changelog.delete(IDBKeyRange.upperBound(revision - CHANGELOG_LENGTH)));
      writes.push(tx.objectStore(SYNC_STORE).put(revision, 'revision'), tx.done);
      await Promise.all(writes);
      return revision;
    },

    async changesSince(known: number): Promise<SyncResult> {
      const { db } = await connect();
      const tx = db.transaction([...tableNames, SYNC_STORE, CHANGELOG_STORE], 'readonly');
      const revision = ((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0;
      if (revision === known) return { kind: 'unchanged' };
      const entries = (await tx.objectStore(CHANGELOG_STORE).getAll(IDBKeyRange.lowerBound(known, true))) as ChangelogEntry[];
      if (revision < known || entries.length !== revision - known) return { kind: 'reload' };
      const seen = new Set<string>();
      const changes: RowChange[] = [];
      for (const [table, key] of entries.flatMap((entry) => entry.keys)) {
        if (seen.has(`${table}\u0000${key}`)) continue;
        seen.add(`${table}\u0000${key}`);
        changes.push({ table, key, row: (await tx.objectStore(table).get(key)) ?? null });
      }
      return { kind: 'changes', revision, changes };
    },

    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const locks = globalThis.navigator?.locks;
      return locks ? locks.request(`shiori:${name}`, task) : task();
    },
  };
}
