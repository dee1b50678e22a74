import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RowChange, TableData } from '../../mocks/db/database';
import { CHUNK_ROWS, indexedDbStorage } from '../../mocks/db/indexeddb-storage';
import { tableNames } from '../../mocks/db/schema';
import type { LibraryStorage } from '../../mocks/db/storage';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import { interceptApiRequests, openLibrary, persona, titlesIn } from './harness';

interceptApiRequests();

/** The library's IndexedDB storage, counting what each commit hands it (the rows a request persists, as bytes of JSON). */
function countingStorage(name: string) {
  const storage = indexedDbStorage(name);
  const written = { records: 0, commits: [] as number[] };
  const counted: LibraryStorage = {
    ...storage,
    replace: (data: TableData) => {
      written.records += tableNames.reduce((sum, table) => sum + Math.ceil(data[table].length / CHUNK_ROWS), 0);
      return storage.replace(data);
    },
    commit: (changes: readonly RowChange[], whole: () => TableData) => {
      written.commits.push(new TextEncoder().encode(JSON.stringify(changes)).length);
      return storage.commit(changes, whole);
    },
  };
  return { counted, written };
}

let libraries = 0;

describe('what the library writes', () => {
  it('stores a new seed in a record per thousand rows, a read nothing, and a write only the rows it changed', async () => {
    const { counted, written } = countingStorage(`shiori-writes-${++libraries}`);
    const host = openLibrary({ storage: () => counted });
    const patron = persona('p003', 'quiet');
    const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
    useSessionToken.setState({ token });
    const rows = await host.run(async (library) => tableNames.reduce((sum, table) => sum + library.db.dump()[table].length, 0));
    expect(written.records).toBeLessThanOrEqual(Math.ceil(rows / CHUNK_ROWS) + tableNames.length);

    written.commits.length = 0;
    await api.call('getLoans');
    const read = written.commits.reduce((sum, bytes) => sum + bytes, 0);
    // A logged-in read writes nothing (its session's last-seen time moves only once a minute).
    expect(read).toBe(0);

    const [title] = await titlesIn(host, (row) => row.materialType === 'book' && !row.referenceOnly);
    written.commits.length = 0;
    await api.call('placeReservations', {
      body: { requestId: 'writes-1', titleIds: [title!.id], pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal' },
    });
    const placing = written.commits.reduce((sum, bytes) => sum + bytes, 0);
    expect(placing).toBeGreaterThan(0);
    expect(placing).toBeLessThanOrEqual(3000);
    console.info(`bytes persisted: a read ${read} B, a placing ${placing} B; the seed in ${written.records} records`);
  });
});
