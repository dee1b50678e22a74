// npm run bench:storage — what a write costs now that `npm run api` answers only once its record is
// on disk (fsync): the same write over HTTP against the library kept in memory and kept in a data
// folder, in turn write by write; then the storage's commit alone, and fsync alone, on that disk.
//
// Exact command: npx tsx test/scripts/bench-storage.ts
// Environment: WRITES=300 (default; each measured after 30 unmeasured ones), DATA_DIR_PARENT=a folder on
// the disk to measure (default: .tmp/ in the project, on the disk `npm run api` keeps .shiori-api/ on;
// the system's temporary folder may be a tmpfs, where fsync costs nothing).
// The write is PUT /me/contact, phone and mobile in turn (the patron's row and the session's: a log
// record of about 1 KB), one at a time, as one patron would send them. Figures are medians and 95th percentiles
// in milliseconds; on a busy machine, run it again on a quiet one.
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Database, type RowChange } from '../../mocks/db/database';
import { fileStorage } from '../../mocks/db/file-storage';
import { startHttpLibrary } from '../../mocks/http/serve';

const WRITES = Number(process.env.WRITES ?? 300);
const WARM_UP = 30;
const parentDir = process.env.DATA_DIR_PARENT ?? '.tmp';
mkdirSync(parentDir, { recursive: true });
const parent = mkdtempSync(join(parentDir, 'shiori-bench-storage-'));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/** A library over HTTP, in process, and a patron logged in to it; `write()` answers how long one write took. */
async function libraryOverHttp(dataDir: string | undefined) {
  const server = await startHttpLibrary({ dataDir, titleCount: 3000, hashIterations: 1000 });
  const call = async (method: string, path: string, body: unknown, token?: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(`${server.url}${path}`, { method, headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return response.status === 204 ? null : ((await response.json()) as { token: string });
  };
  const { token } = (await call('POST', '/auth/login', { cardNumber: '3000004', password: 'yomu2026' }))!;
  let n = 0;
  return {
    async write() {
      const begun = performance.now();
      await call('PUT', '/me/contact', { contactMethod: (n += 1) % 2 ? 'mobile' : 'phone', applyToReservations: false }, token);
      return performance.now() - begun;
    },
    close: () => server.close(),
  };
}

/** The same write to both libraries in turn, so that what else the machine does weighs on both alike. */
async function writeLatencies() {
  const memory = await libraryOverHttp(undefined);
  const file = await libraryOverHttp(join(parent, 'data'));
  const samples = { memory: [] as number[], file: [] as number[], difference: [] as number[] };
  for (let n = 0; n < WARM_UP + WRITES; n += 1) {
    const inMemory = await memory.write();
    const inFile = await file.write();
    if (n < WARM_UP) continue;
    samples.memory.push(inMemory);
    samples.file.push(inFile);
    samples.difference.push(inFile - inMemory);
  }
  await memory.close();
  await file.close();
  return samples;
}

/** The storage alone: one commit of a 2 KB row (framed, appended and fsynced), and the fsync of such an append alone. */
async function storageLatencies() {
  const storage = fileStorage(join(parent, 'storage'));
  await storage.open();
  const library = new Database();
  await storage.replace(library.dump());
  const fd = openSync(join(parent, 'fsync-only'), 'a', 0o600);
  const samples = { commit: [] as number[], fsync: [] as number[] };
  for (let n = 0; n < WARM_UP + WRITES; n += 1) {
    const row = { id: `M${n}`, body: 'a'.repeat(2048) };
    let begun = performance.now();
    const changes: RowChange[] = [{ table: 'mail', key: row.id, row }];
    library.apply(changes);
    await storage.commit(changes, () => library.dump());
    const commit = performance.now() - begun;
    writeSync(fd, Buffer.from(row.body));
    begun = performance.now();
    fsyncSync(fd);
    if (n < WARM_UP) continue;
    samples.commit.push(commit);
    samples.fsync.push(performance.now() - begun);
  }
  closeSync(fd);
  return samples;
}

const samples = await writeLatencies();
const [memory, file, difference] = [summary(samples.memory), summary(samples.file), summary(samples.difference)];
const storage = await storageLatencies();
const [commit, fsyncOnly] = [summary(storage.commit), summary(storage.fsync)];
rmSync(parent, { recursive: true, force: true });

const rows = [
  ['', 'median ms', 'p95 ms'],
  ['write over HTTP, library in memory', memory.median, memory.p95],
  ['write over HTTP, library in a data folder (fsync)', file.median, file.p95],
  ['cost of keeping it (data folder − memory, write by write)', difference.median, difference.p95],
  ['commit of a 2 KB record alone (frame, append, fsync)', commit.median, commit.p95],
  ['fsync of a 2 KB append alone', fsyncOnly.median, fsyncOnly.p95],
].map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell)));
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.info(`${WRITES} writes each, after ${WARM_UP} unmeasured; data folder under ${parentDir}`);
console.info(
  rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n'),
);
process.exit(0);
