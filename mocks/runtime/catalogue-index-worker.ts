// A Web Worker of the page that builds the catalogue's search index (catalogue-index.ts), so that the
// page's main thread, where MSW's handlers run, spends none of its time on it. The index comes back
// as a snapshot whose arrays are transferred, not copied. It is also kept in IndexedDB, keyed by the
// library and a fingerprint of the records and of this script (a build that changes the index
// changes the script's hashed address): a repeat visit gets it back without building.
import { openDB } from 'idb';
import { SearchIndex, transferables, type SearchIndexSnapshot } from '../domain/search/search-index';
import type { IndexRequest } from './catalogue-index';

interface Kept {
  fingerprint: string;
  snapshot: SearchIndexSnapshot;
}

const STORE = 'snapshots';
const kept = openDB('shiori-search-index', 1, { upgrade: (db) => db.createObjectStore(STORE) }).catch(() => null);

/** Two 32-bit FNV-1a hashes of the text, with different offsets: a changed catalogue gets another. */
function fingerprintOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x811c9dc5);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

self.onmessage = async ({ data }: MessageEvent<IndexRequest>) => {
  const fingerprint = fingerprintOf(`${self.location.href}\n${JSON.stringify(data.documents)}`);
  const db = await kept;
  const stored = (await db?.get(STORE, data.library).catch(() => undefined)) as Kept | undefined;
  if (stored?.fingerprint === fingerprint) {
    self.postMessage(stored.snapshot, { transfer: transferables(stored.snapshot) });
    self.close();
    return;
  }
  const snapshot = new SearchIndex(data.documents).snapshot();
  // put() copies the snapshot at once, before it is transferred; the page does not wait for the write,
  // and this worker ends once it is done.
  const writing = db?.put(STORE, { fingerprint, snapshot } satisfies Kept, data.library);
  self.postMessage(snapshot, { transfer: transferables(snapshot) });
  await writing?.catch(() => undefined);
  self.close();
};
