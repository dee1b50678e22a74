import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database, type RowChange, type TableData } from './database';
import { SCHEMA_VERSION } from './schema';
import type { LibraryStorage, OpenResult } from './storage';

/** After this many commits the log is folded into a new snapshot, so that a start stays quick. */
const COMPACT_AFTER = 2000;

interface Snapshot {
  schemaVersion: number;
  revision: number;
  data: TableData;
}

interface LogEntry {
  revision: number;
  changes: readonly RowChange[];
}

/**
 * A library persisted in a folder, for `npm run api`: a snapshot (`library.json`) and an
 * append-only log of every commit since (`changes.jsonl`), replayed on start. One process owns
 * the folder, so there is nobody to catch up with. A snapshot of another schema version is
 * ignored and the caller reseeds, as in the browser.
 */
export function fileStorage(folder: string): LibraryStorage {
  const snapshotFile = join(folder, 'library.json');
  const logFile = join(folder, 'changes.jsonl');
  let revision = 0;
  let sinceSnapshot = 0;
  let current: Database | null = null;

  const writeSnapshot = (data: TableData) => {
    mkdirSync(folder, { recursive: true });
    const temporary = `${snapshotFile}.tmp`;
    writeFileSync(temporary, JSON.stringify({ schemaVersion: SCHEMA_VERSION, revision, data } satisfies Snapshot));
    renameSync(temporary, snapshotFile);
    writeFileSync(logFile, '');
    sinceSnapshot = 0;
  };

  return {
    async open(): Promise<OpenResult> {
      if (!existsSync(snapshotFile)) return { kind: 'empty', reason: null };
      const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
      if (snapshot.schemaVersion !== SCHEMA_VERSION)
        return { kind: 'empty', reason: `schema version ${snapshot.schemaVersion} → ${SCHEMA_VERSION}` };
      current = new Database();
      current.load(snapshot.data);
      revision = snapshot.revision;
      const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [];
      for (const line of lines) {
        let entry: LogEntry;
        try {
          entry = JSON.parse(line) as LogEntry;
        } catch {
          break; // A line cut short by a crash mid-write: what came before it stands.
        }
        current.apply(entry.changes);
        revision = entry.revision;
      }
      sinceSnapshot = lines.length;
      return { kind: 'stored', data: current.dump(), revision };
    },

    async replace(data: TableData): Promise<number> {
      revision += 1;
      current = new Database();
      current.load(data);
      writeSnapshot(data);
      return revision;
    },

    async commit(changes: readonly RowChange[]): Promise<number> {
      revision += 1;
      current?.apply(changes);
      appendFileSync(logFile, `${JSON.stringify({ revision, changes } satisfies LogEntry)}\n`);
      if (++sinceSnapshot >= COMPACT_AFTER && current) writeSnapshot(current.dump());
      return revision;
    },

    changesSince: async () => ({ kind: 'unchanged' }),
    exclusive: (task) => task(),
  };
}
