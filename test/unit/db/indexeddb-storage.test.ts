import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Database, type TableData } from '../../../mocks/db/database';
import { indexedDbStorage } from '../../../mocks/db/indexeddb-storage';
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
    await tabA.commit([
      { table: 'branches', key: 'chuo', row: { id: 'chuo', name: '中央', nameEn: 'C', kind: 'library', handlesAv: true, sortOrder: 0 } },
    ]);
    await tabA.commit([
      { table: 'branches', key: 'kita', row: { id: 'kita', name: '北', nameEn: 'N', kind: 'library', handlesAv: true, sortOrder: 1 } },
    ]);
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
    const old = await openDB(NAME, SCHEMA_VERSION + 1, {
      upgrade: (db) => {
        for (const table of tableNames) db.createObjectStore(table);
      },
    });
    old.close();
    const opened = await indexedDbStorage(NAME).open();
    expect(opened).toEqual({ kind: 'empty', reason: `stored by a newer schema than version ${SCHEMA_VERSION}` });
  });
});
