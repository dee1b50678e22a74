import {
  chmodSync,
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Database, type RowChange, type TableData } from './database';
import { SCHEMA_VERSION } from './schema';
import type { LibraryStorage, OpenResult } from './storage';

interface Snapshot {
  schemaVersion: number;
  revision: number;
  data: TableData;
}

interface LogEntry {
  revision: number;
  changes: readonly RowChange[];
}

/** The library's folder cannot be opened as it is; the message says where and what to do. */
export class DamagedStorage extends Error {
  override name = 'DamagedStorage';
}

/**
 * One log record per line: the payload's length in bytes, its CRC-32 in hex, then the payload
 * (a `LogEntry` as JSON). A record is whole only when both agree, so that a write cut short by a
 * crash, or a damaged byte, is told apart from a record.
 */
function frame(entry: LogEntry): Buffer {
  const payload = Buffer.from(JSON.stringify(entry));
  return Buffer.concat([Buffer.from(`${payload.length} ${crc32(payload).toString(16).padStart(8, '0')} `), payload, Buffer.from('\n')]);
}

function unframe(line: Buffer): LogEntry | null {
  const header = /^(\d+) ([0-9a-f]{8}) /.exec(line.subarray(0, 32).toString('latin1'));
  if (!header) return null;
  const payload = line.subarray(header[0].length);
  if (payload.length !== Number(header[1]) || crc32(payload) !== parseInt(header[2]!, 16)) return null;
  try {
    const entry = JSON.parse(payload.toString('utf8')) as LogEntry;
    return Number.isInteger(entry.revision) && Array.isArray(entry.changes) ? entry : null;
  } catch {
    return null;
  }
}

/** Write all of `data` at the end of the file, or throw. */
function writeAll(fd: number, data: Buffer): void {
  for (let written = 0; written < data.length;) written += writeSync(fd, data, written);
}

function fsyncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A library persisted in a folder, for `npm run api`, readable by its owner only: a snapshot
 * (`library.json`) and a log of every commit since (`changes.jsonl`), replayed on start. A commit
 * returns only once its record is on disk (fsync), so an answer the server sent survives a crash.
 * A snapshot is written beside the old one, flushed and renamed over it; the one before it is kept
 * as `library.json.prev` with the log that followed it (`changes.prev.jsonl`). At start, a record
 * cut short at the end of the log (a crash mid-write) is cut away and reported; damage anywhere
 * else stops the start with the file and byte position, never a silent drop. One process owns the
 * folder, so there is nobody to catch up with. A snapshot of another schema version is ignored and
 * the caller reseeds, as in the browser.
 */
/** `compactAfter`: after this many commits the log is folded into a new snapshot, so that a start stays quick. */
export function fileStorage(folder: string, compactAfter = 2000): LibraryStorage {
  const snapshotFile = join(folder, 'library.json');
  const previousSnapshotFile = `${snapshotFile}.prev`;
  const logFile = join(folder, 'changes.jsonl');
  const previousLogFile = join(folder, 'changes.prev.jsonl');
  let revision = 0;
  let sinceSnapshot = 0;
  let log: { fd: number; size: number } | null = null;
  /** Set when a failed append could not be taken back: the log's end is unknown, so nothing more is written. */
  let broken: unknown = null;

  const writeSnapshot = (data: TableData, at: number) => {
    const temporary = `${snapshotFile}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeAll(fd, Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSION, revision: at, data } satisfies Snapshot)));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existsSync(snapshotFile)) {
      rmSync(previousSnapshotFile, { force: true });
      linkSync(snapshotFile, previousSnapshotFile);
    }
    renameSync(temporary, snapshotFile);
    // On disk before the log is set aside: a crash in between then finds the new snapshot with the old log, never the reverse.
    fsyncFolder(folder);
    // The log's records are all in the new snapshot now: it is kept with the previous snapshot.
    if (log) closeSync(log.fd);
    log = null;
    if (existsSync(logFile)) renameSync(logFile, previousLogFile);
    log = { fd: openSync(logFile, 'a', 0o600), size: 0 };
    fsyncFolder(folder);
    sinceSnapshot = 0;
  };

  const readSnapshot = (): Snapshot => {
    const text = readFileSync(snapshotFile, 'utf8');
    let snapshot: Partial<Snapshot> | null = null;
    try {
      snapshot = JSON.parse(text) as Partial<Snapshot>;
    } catch {
      // Named below without the text: a snapshot is megabytes of patrons' data, never for a log.
    }
    if (snapshot && Number.isInteger(snapshot.schemaVersion) && Number.isInteger(snapshot.revision) && snapshot.data)
      return snapshot as Snapshot;
    const previous = existsSync(previousSnapshotFile)
      ? `The snapshot before it is kept: to start from it with every change made since, run\n` +
        `  mv ${previousSnapshotFile} ${snapshotFile} && cat ${previousLogFile} ${logFile} > ${logFile}.new && mv ${logFile}.new ${logFile}`
      : `No earlier snapshot is kept: move ${folder} away to start from a fresh seed.`;
    throw new DamagedStorage(
      `${snapshotFile} is not a whole snapshot (${Buffer.byteLength(text)} bytes that do not read as one). ${previous}`,
    );
  };

  /** The log's records; a record cut short at its very end is cut away (it was never acknowledged). */
  const readLog = (): LogEntry[] => {
    if (!existsSync(logFile)) return [];
    const bytes = readFileSync(logFile);
    const entries: LogEntry[] = [];
    for (let position = 0; position < bytes.length;) {
      const newline = bytes.indexOf(0x0a, position);
      const end = newline === -1 ? bytes.length : newline;
      const entry = newline === -1 ? null : unframe(bytes.subarray(position, end));
      if (entry) {
        entries.push(entry);
        position = end + 1;
        continue;
      }
      if (end >= bytes.length - 1) {
        const fd = openSync(logFile, 'r+');
        ftruncateSync(fd, position);
        fsyncSync(fd);
        closeSync(fd);
        console.warn(
          `[shiori] ${logFile}: the last record (bytes ${position}–${bytes.length}) was cut short by a crash mid-write and was never acknowledged; it was cut away, ${entries.length} records before it stand.`,
        );
        break;
      }
      throw new DamagedStorage(
        `${logFile} has a damaged record at byte ${position} (record ${entries.length + 1}), with more records after it. Nothing was changed; ` +
          `repair or remove that line, or move ${folder} away to start from a fresh seed.`,
      );
    }
    return entries;
  };

  return {
    async open(): Promise<OpenResult> {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      chmodSync(folder, 0o700);
      for (const file of [snapshotFile, previousSnapshotFile, logFile, previousLogFile]) if (existsSync(file)) chmodSync(file, 0o600);
      if (!existsSync(snapshotFile)) return { kind: 'empty', reason: null };
      const snapshot = readSnapshot();
      if (snapshot.schemaVersion !== SCHEMA_VERSION)
        return { kind: 'empty', reason: `schema version ${snapshot.schemaVersion} → ${SCHEMA_VERSION}` };
      const current = new Database();
      current.load(snapshot.data);
      revision = snapshot.revision;
      sinceSnapshot = 0;
      for (const entry of readLog()) {
        // Already in the snapshot: a crash came between writing it and setting the log aside.
        if (entry.revision <= snapshot.revision) continue;
        if (entry.revision !== revision + 1)
          throw new DamagedStorage(
            `${logFile} goes on at revision ${entry.revision} where ${revision + 1} was due (${snapshotFile} is at revision ${snapshot.revision}): the records between are missing.`,
          );
        current.apply(entry.changes);
        revision = entry.revision;
        sinceSnapshot += 1;
      }
      if (log) closeSync(log.fd);
      log = { fd: openSync(logFile, 'a', 0o600), size: 0 };
      log.size = fstatSync(log.fd).size;
      fsyncFolder(folder);
      return { kind: 'stored', data: current.dump(), revision };
    },

    async replace(data: TableData): Promise<number> {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      writeSnapshot(data, revision + 1);
      revision += 1;
      broken = null;
      return revision;
    },

    async commit(changes: readonly RowChange[], whole: () => TableData): Promise<number> {
      if (broken) throw new Error(`${logFile} could not be repaired after a failed write; restart the server`, { cause: broken });
      if (!log) throw new Error(`${logFile} is not open: the library was not opened, or a new snapshot could not start a log`);
      const record = frame({ revision: revision + 1, changes });
      try {
        writeAll(log.fd, record);
        fsyncSync(log.fd);
      } catch (error) {
        // Take back what part of the record was written, so that the next record follows a whole one.
        try {
          ftruncateSync(log.fd, log.size);
        } catch (repair) {
          broken = repair;
        }
        throw error;
      }
      log.size += record.length;
      revision += 1;
      if (++sinceSnapshot >= compactAfter) {
        try {
          writeSnapshot(whole(), revision);
        } catch (error) {
          // The commit is on disk in the log all the same; the next commit tries again.
          console.warn(`[shiori] ${snapshotFile} could not be written; the log keeps every change meanwhile.`, error);
        }
      }
      return revision;
    },

    changesSince: async () => ({ kind: 'unchanged' }),
    exclusive: (task) => task(),
  };
}
