import { execSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Database, type RowChange, type TableData } from '../../../mocks/db/database';
import { DamagedStorage, fileStorage } from '../../../mocks/db/file-storage';
import type { BranchRow } from '../../../mocks/db/schema';

const branch = (id: string): BranchRow => ({ id, name: id, nameEn: id, kind: 'library', handlesAv: true, sortOrder: 0 });
const added = (id: string): RowChange[] => [{ table: 'branches', key: id, row: branch(id) }];

function library(...ids: string[]): TableData {
  const data = new Database().dump();
  data.branches.push(...ids.map(branch));
  return data;
}

/**
 * A file storage with the library it keeps, as the host holds it: a commit changes the library
 * first and hands the storage a way to read it whole.
 */
function withLibrary(storage: ReturnType<typeof fileStorage>) {
  const library = new Database();
  return {
    async open() {
      const result = await storage.open();
      if (result.kind === 'stored') library.load(result.data);
      return result;
    },
    async replace(data: TableData) {
      library.load(data);
      return storage.replace(data);
    },
    async commit(changes: RowChange[]) {
      library.apply(changes);
      return storage.commit(changes, () => library.dump());
    },
  };
}

const branchIds = (result: Awaited<ReturnType<ReturnType<typeof fileStorage>['open']>>) =>
  result.kind === 'stored' ? result.data.branches.map((row) => row.id) : result;

describe('the library kept in a folder (npm run api)', () => {
  let folder: string;
  let warnings: string[];
  const logFile = () => join(folder, 'changes.jsonl');

  beforeEach(() => {
    folder = join(mkdtempSync(join(tmpdir(), 'shiori-storage-')), 'p003');
    warnings = [];
    vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
  });
  afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  async function seeded(...commits: string[]) {
    const storage = withLibrary(fileStorage(folder));
    await storage.open();
    await storage.replace(library('chuo'));
    for (const id of commits) await storage.commit(added(id));
    return storage;
  }

  it('keeps every commit across a restart, in files only their owner can read', async () => {
    await seeded('kita', 'minami');
    expect(branchIds(await fileStorage(folder).open())).toEqual(['chuo', 'kita', 'minami']);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, 'library.json')).mode & 0o777).toBe(0o600);
    expect(statSync(logFile()).mode & 0o777).toBe(0o600);
  });

  it('frames each record with its length and checksum, one a line', async () => {
    await seeded('kita');
    expect(readFileSync(logFile(), 'utf8')).toMatch(/^\d+ [0-9a-f]{8} \{"revision":2,"changes":\[.*\]\}\n$/);
  });

  it('cuts away a record cut short by a crash at the end of the log, says so, and keeps what is written after', async () => {
    await seeded('kita');
    const whole = statSync(logFile()).size;
    appendFileSync(logFile(), '57 0badc0de {"revision":3,"chan');
    const reopened = withLibrary(fileStorage(folder));
    expect(branchIds(await reopened.open())).toEqual(['chuo', 'kita']);
    expect(warnings.join('\n')).toContain(`${logFile()}: the last record (bytes ${whole}–`);
    expect(statSync(logFile()).size).toBe(whole);
    await reopened.commit(added('minami'));
    expect(branchIds(await fileStorage(folder).open())).toEqual(['chuo', 'kita', 'minami']);
  });

  it('refuses to start on a damaged record with more after it, naming the file and the byte, and changes nothing', async () => {
    await seeded('kita', 'minami', 'nishi');
    const bytes = readFileSync(logFile());
    const second = bytes.indexOf(0x0a) + 1;
    bytes[second + 20] = bytes[second + 20]! ^ 0x01;
    writeFileSync(logFile(), bytes);
    const opening = fileStorage(folder).open();
    await expect(opening).rejects.toBeInstanceOf(DamagedStorage);
    await expect(opening).rejects.toThrow(`${logFile()} has a damaged record at byte ${second} (record 2)`);
    expect(readFileSync(logFile())).toEqual(bytes);
  });

  it('refuses to start on a truncated snapshot without printing it, and names the previous one, which restores every change', async () => {
    const storage = withLibrary(fileStorage(folder, 2));
    await storage.open();
    await storage.replace(library('chuo'));
    for (const id of ['kita', 'minami', 'nishi']) await storage.commit(added(id));
    const snapshot = join(folder, 'library.json');
    writeFileSync(snapshot, readFileSync(snapshot).subarray(0, 40));
    const opening = fileStorage(folder).open();
    await expect(opening).rejects.toThrow(`${snapshot} is not a whole snapshot (40 bytes`);
    const message = await opening.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).not.toContain('"branches"');

    const restore = message.split('\n').find((line) => line.trim().startsWith(`mv ${snapshot}.prev ${snapshot}`));
    execSync(restore!);
    expect(branchIds(await fileStorage(folder).open())).toEqual(['chuo', 'kita', 'minami', 'nishi']);
  });

  it('refuses a log whose records do not follow on from the snapshot', async () => {
    await seeded('kita', 'minami');
    const bytes = readFileSync(logFile());
    writeFileSync(logFile(), bytes.subarray(bytes.indexOf(0x0a) + 1));
    await expect(fileStorage(folder).open()).rejects.toThrow('goes on at revision 3 where 2 was due');
  });

  it('skips records already in the snapshot, as after a crash between writing it and setting the log aside', async () => {
    const storage = await seeded('kita');
    const record = readFileSync(logFile());
    await storage.replace(library('chuo'));
    writeFileSync(logFile(), record);
    expect(branchIds(await fileStorage(folder).open())).toEqual(['chuo']);
  });
});
