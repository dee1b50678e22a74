import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database, type TableData } from '../../../mocks/db/database';
import { CHUNK_ROWS, indexedDbStorage, STORED_VERSION } from '../../../mocks/db/indexeddb-storage';
import { SCHEMA_VERSION, tableNames } from '../../../mocks/db/schema';

let NAME = 'shiori-test';
let databases = 0;

function smallLibrary(): TableData {
  const db = new Database();
  const data = db.dump();
  data.branches.push({ id: 'chuo', name: '中央図書館', nameEn: 'Central', kind: 'library', handlesAv: true, sortOrder: 0 });
  data.meta.push({ key: 'seed', value: { profileId: 'p003' } });
  return data;
}

/** IndexedDB folds changed rows into its base when it opens: a commit never asks for the library whole. */
const notRead = (): never => {
  throw new Error('the IndexedDB storage read the whole library at a commit');
};

describe('a library stored in IndexedDB', () => {
  beforeEach(() => {
    NAME = `shiori-test-${++databases}`;
  });

  it('starts empty, then keeps what was stored across a reopen (a reload)', async () => {
    expect(await indexedDbStorage(NAME).open()).toEqual({ kind: 'empty', reason: null });
    await indexedDbStorage(NAME).replace(smallLibrary());
    const reopened = await indexedDbStorage(NAME).open();
    expect(reopened.kind).toBe('stored');
    if (reopened.kind === 'stored') expect(reopened.data.branches[0]?.name).toBe('中央図書館');
  });

  it('lets one tab catch up with the rows another tab committed', async () => {
    const tabA = indexedDbStorage(NAME);
    const tabB = indexedDbStorage(NAME);
    const start = await tabA.replace(smallLibrary());
    await tabA.commit(
      [{ table: 'branches', key: 'chuo', row: { id: 'chuo', name: '中央', nameEn: 'C', kind: 'library', handlesAv: true, sortOrder: 0 } }],
      notRead,
    );
    await tabA.commit(
      [{ table: 'branches', key: 'kita', row: { id: 'kita', name: '北', nameEn: 'N', kind: 'library', handlesAv: true, sortOrder: 1 } }],
      notRead,
    );
    const sync = await tabB.changesSince(start);
    expect(sync.kind).toBe('changes');
    if (sync.kind === 'changes') {
      expect(sync.revision).toBe(start + 2);
      expect(sync.changes.map((change) => change.key).sort()).toEqual(['chuo', 'kita']);
    }
    expect(await tabB.changesSince(start + 2)).toEqual({ kind: 'unchanged' });
  });

  it('tells a tab to reload everything after another replaced the library', async () => {
    const tabA = indexedDbStorage(NAME);
    const first = await tabA.replace(smallLibrary());
    await tabA.replace(smallLibrary());
    expect(await indexedDbStorage(NAME).changesSince(first)).toEqual({ kind: 'reload' });
  });

  it('drops a library stored under another schema version and says why', async () => {
    const old = await openDB(NAME, STORED_VERSION + 1, {
      upgrade: (db) => {
        for (const table of tableNames) db.createObjectStore(table);
      },
    });
    old.close();
    const opened = await indexedDbStorage(NAME).open();
    expect(opened).toEqual({ kind: 'empty', reason: `stored by a newer schema than version ${SCHEMA_VERSION}` });
  });

  it('drops a library stored in the layout of one row per record and says why', async () => {
    const old = await openDB(NAME, SCHEMA_VERSION, {
      upgrade: (db) => {
        for (const table of tableNames) db.createObjectStore(table);
      },
    });
    old.close();
    expect(await indexedDbStorage(NAME).open()).toEqual({ kind: 'empty', reason: 'stored in an older layout' });
  });

  it('keeps several thousand rows of a table in their order, and the rows changed since laid over them', async () => {
    const data = smallLibrary();
    const count = CHUNK_ROWS * 2 + 500;
    for (let n = 0; n < count; n++) data.meta.push({ key: `k${String(n).padStart(5, '0')}`, value: n });
    const storage = indexedDbStorage(NAME);
    await storage.replace(data);
    await storage.commit(
      [
        { table: 'meta', key: 'k00001', row: { key: 'k00001', value: 'changed' } },
        { table: 'meta', key: 'k02400', row: null },
        { table: 'meta', key: 'new', row: { key: 'new', value: 'added' } },
      ],
      notRead,
    );
    const reopened = await indexedDbStorage(NAME).open();
    if (reopened.kind !== 'stored') throw new Error('nothing stored');
    const meta = new Map(reopened.data.meta.map((row) => [row.key, row.value]));
    expect(meta.size).toBe(count + 1 /* seed */ - 1 /* deleted */ + 1 /* new */);
    expect(meta.get('k00001')).toBe('changed');
    expect(meta.has('k02400')).toBe(false);
    expect(meta.get('new')).toBe('added');
    expect(meta.get('k02499')).toBe(2499);
    expect(reopened.data.meta.slice(1, 4).map((row) => row.key)).toEqual(['k00000', 'k00002', 'k00003']);
    expect(reopened.data.branches.map((row) => row.id)).toEqual(['chuo']);
  });

  it('folds many changed rows into the stored base when it opens, and other tabs then reload', async () => {
    const tabA = indexedDbStorage(NAME);
    const start = await tabA.replace(smallLibrary());
    const changes = Array.from({ length: 5001 }, (_, n) => ({ table: 'meta' as const, key: `k${n}`, row: { key: `k${n}`, value: n } }));
    await tabA.commit(changes, notRead);
    const opened = await indexedDbStorage(NAME).open();
    if (opened.kind !== 'stored') throw new Error('nothing stored');
    expect(opened.data.meta).toHaveLength(5002);
    expect(opened.revision).toBe(start + 2);
    expect(await tabA.changesSince(start + 1)).toEqual({ kind: 'reload' });
    const again = await indexedDbStorage(NAME).open();
    expect(again.kind === 'stored' && again.data.meta.length).toBe(5002);
  });
});
