import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { RowChange, TableData } from './database';
import { primaryKeys, SCHEMA_VERSION, tableNames, type TableName } from './schema';
import type { LibraryStorage, OpenResult, SyncResult } from './storage';
import { yieldToPage } from './table-encoding';

/**
 * How the stores below are laid out. It is part of the IndexedDB version, beside the schema
 * version, so a library stored in another layout is dropped and reseeded like one of another schema.
 */
const LAYOUT = 1;
/** The IndexedDB version of a library stored by this build. */
export const STORED_VERSION = SCHEMA_VERSION * 10 + LAYOUT;

/** The library as it was last replaced (a seed or a restored scenario), a chunk of rows per record. */
const BASE_STORE = '_base';
/** Every row changed since, a record per row: `{ table, key, row }`, `row` null when deleted. */
const ROWS_STORE = '_rows';
const SYNC_STORE = '_sync';
const CHANGELOG_STORE = '_changelog';
/** Rows per record of the base: a seed of 58,000 rows is 58 records, written and read in a fraction of a second. */
export const CHUNK_ROWS = 1000;
/** Past this many changed rows, opening the library folds them into the base, so that a start stays quick. */
const FOLD_AFTER_ROWS = 5000;
/** How many commits other tabs can catch up on row by row before they reload everything. */
const CHANGELOG_LENGTH = 500;

interface ChangelogEntry {
  revision: number;
  keys: [TableName, string][];
}

interface ChangedRow {
  table: TableName;
  key: string;
  row: unknown;
}

const rowId = (table: TableName, key: string) => `${table}\u0000${key}`;
const chunkId = (table: TableName, index: number) => `${table}\u0000${String(index).padStart(6, '0')}`;

type WriteTransaction = IDBPTransaction<unknown, string[], 'readwrite'>;

/** The revision after the one stored, read inside `tx`: awaiting another transaction would let `tx` commit early. */
async function nextRevision(tx: WriteTransaction): Promise<number> {
  return (((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0) + 1;
}

/** Write `data` as the new base, dropping every changed row and the changelog (other tabs find it empty and reload). */
function writeBase(tx: WriteTransaction, data: TableData): Promise<unknown>[] {
  const base = tx.objectStore(BASE_STORE);
  const writes: Promise<unknown>[] = [base.clear(), tx.objectStore(ROWS_STORE).clear(), tx.objectStore(CHANGELOG_STORE).clear()];
  for (const table of tableNames) {
    const rows: readonly object[] = data[table];
    for (let start = 0; start < rows.length; start += CHUNK_ROWS)
      writes.push(base.put(rows.slice(start, start + CHUNK_ROWS), chunkId(table, start / CHUNK_ROWS)));
  }
  return writes;
}

/** The base with the changed rows laid over it. */
function overlay(chunks: { key: string; rows: object[] }[], changed: ChangedRow[]): TableData {
  const data = Object.fromEntries(tableNames.map((table) => [table, [] as object[]])) as Record<TableName, object[]>;
  for (const { key, rows } of chunks) data[key.slice(0, key.indexOf('\u0000')) as TableName]?.push(...rows);
  const changedKeys = new Map<TableName, Set<string>>();
  for (const { table, key } of changed) {
    let keys = changedKeys.get(table);
    if (!keys) changedKeys.set(table, (keys = new Set()));
    keys.add(key);
  }
  for (const [table, keys] of changedKeys) {
    const field = primaryKeys[table];
    data[table] = data[table].filter((row) => !keys.has(String((row as Record<string, unknown>)[field])));
  }
  for (const { table, row } of changed) if (row) data[table].push(row as object);
  return data as unknown as TableData;
}

/**
 * A library persisted in IndexedDB as the rows it was last replaced with, a thousand to a record,
 * and every row changed since, one to a record: a first visit writes its seed in a few dozen
 * records, a request writes only the rows it changed, and a start reads both back at once. The
 * database version carries the schema version: a library stored under another one is dropped
 * and the caller reseeds.
 */
export function indexedDbStorage(name: string): LibraryStorage {
  let dbPromise: Promise<{ db: IDBPDatabase; reason: string | null }> | null = null;

  const connect = () =>
    (dbPromise ??= (async () => {
      let reason: string | null = null;
      const upgrade = (db: IDBPDatabase, oldVersion: number) => {
        // Versions before the layout was counted were the schema version alone.
        const oldSchema = oldVersion < 10 ? oldVersion : Math.floor(oldVersion / 10);
        if (oldVersion > 0)
          reason = oldSchema === SCHEMA_VERSION ? 'stored in an older layout' : `schema version ${oldSchema} → ${SCHEMA_VERSION}`;
        for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
        db.createObjectStore(BASE_STORE);
        db.createObjectStore(ROWS_STORE);
        db.createObjectStore(SYNC_STORE);
        db.createObjectStore(CHANGELOG_STORE, { keyPath: 'revision' });
      };
      try {
        return { db: await openDB(name, STORED_VERSION, { upgrade }), reason };
      } catch (error) {
        // A newer build wrote a higher version: this build cannot read it, so start afresh.
        if (!(error instanceof DOMException && error.name === 'VersionError')) throw error;
        await deleteDB(name);
        const db = await openDB(name, STORED_VERSION, { upgrade });
        return { db, reason: `stored by a newer schema than version ${SCHEMA_VERSION}` };
      }
    })());

  const stores = [BASE_STORE, ROWS_STORE, SYNC_STORE, CHANGELOG_STORE];

  const replace = async (data: TableData): Promise<number> => {
    const { db } = await connect();
    // Writing a seed holds the page's thread (each record is cloned as it is put): what waits for the page goes first.
    await yieldToPage();
    const tx = db.transaction(stores, 'readwrite');
    const revision = await nextRevision(tx);
    await Promise.all([...writeBase(tx, data), tx.objectStore(SYNC_STORE).put(revision, 'revision'), tx.done]);
    return revision;
  };

  return {
    async open(): Promise<OpenResult> {
      const { db, reason } = await connect();
      const tx = db.transaction(stores, 'readonly');
      const revision = ((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0;
      if (revision === 0) return { kind: 'empty', reason };
      const base = tx.objectStore(BASE_STORE);
      const [keys, chunks, changed] = await Promise.all([
        base.getAllKeys() as Promise<string[]>,
        base.getAll() as Promise<object[][]>,
        tx.objectStore(ROWS_STORE).getAll() as Promise<ChangedRow[]>,
      ]);
      const data = overlay(
        keys.map((key, index) => ({ key, rows: chunks[index]! })),
        changed,
      );
      if (changed.length <= FOLD_AFTER_ROWS) return { kind: 'stored', data, revision };
      // Many rows changed since the base was written: fold them in, as a replacement (other tabs reload).
      return { kind: 'stored', data, revision: await replace(data) };
    },

    replace,

    async commit(changes: readonly RowChange[]): Promise<number> {
      const { db } = await connect();
      const tx = db.transaction(stores, 'readwrite');
      const revision = await nextRevision(tx);
      const rows = tx.objectStore(ROWS_STORE);
      const writes: Promise<unknown>[] = changes.map(({ table, key, row }) =>
        rows.put({ table, key, row } satisfies ChangedRow, rowId(table, key)),
      );
      const entry: ChangelogEntry = { revision, keys: changes.map((change) => [change.table, change.key]) };
      const changelog = tx.objectStore(CHANGELOG_STORE);
      writes.push(changelog.put(entry), changelog.delete(IDBKeyRange.upperBound(revision - CHANGELOG_LENGTH)));
      writes.push(tx.objectStore(SYNC_STORE).put(revision, 'revision'), tx.done);
      await Promise.all(writes);
      return revision;
    },

    async changesSince(known: number): Promise<SyncResult> {
      const { db } = await connect();
      const tx = db.transaction(stores, 'readonly');
      const revision = ((await tx.objectStore(SYNC_STORE).get('revision')) as number | undefined) ?? 0;
      if (revision === known) return { kind: 'unchanged' };
      const entries = (await tx.objectStore(CHANGELOG_STORE).getAll(IDBKeyRange.lowerBound(known, true))) as ChangelogEntry[];
      if (revision < known || entries.length !== revision - known) return { kind: 'reload' };
      const seen = new Set<string>();
      const changes: RowChange[] = [];
      for (const [table, key] of entries.flatMap((entry) => entry.keys)) {
        if (seen.has(rowId(table, key))) continue;
        seen.add(rowId(table, key));
        const changed = (await tx.objectStore(ROWS_STORE).get(rowId(table, key))) as ChangedRow | undefined;
        // Every key in the changelog has its row here: folding rows into the base clears the changelog too.
        if (!changed) return { kind: 'reload' };
        changes.push({ table, key, row: changed.row });
      }
      return { kind: 'changes', revision, changes };
    },

    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const locks = globalThis.navigator?.locks;
      return locks ? locks.request(`shiori:${name}`, task) : task();
    },
  };
}
