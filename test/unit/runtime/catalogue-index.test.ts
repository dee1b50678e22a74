import { describe, expect, it } from 'vitest';
import { Database } from '../../../mocks/db/database';
import type { TitleRow } from '../../../mocks/db/schema';
import { SearchIndex } from '../../../mocks/domain/search/search-index';
import { CatalogueIndex, type IndexRequest } from '../../../mocks/runtime/catalogue-index';
import { titleRow } from '../title-row';

function title(id: string, name: string, reading: string): TitleRow {
  return titleRow({ id, title: name, titleReading: reading });
}

async function libraryOf(rows: TitleRow[]) {
  const db = new Database();
  await db.transact(() => rows.forEach((row) => db.tables.titles.insert(row)));
  return db;
}

/** What the page's worker does, here in the same thread: build, then hand over a structured copy of the snapshot. */
const elsewhere = ({ documents }: IndexRequest) => structuredClone(new SearchIndex(documents).snapshot());

const titles = Array.from({ length: 25 }, (_, n) => title(`T${n}`, `吾輩は猫である 第${n}巻`, 'ワガハイハネコデアル'));

describe('the catalogue index of a library', () => {
  it('is built on the first search and answers from the titles as they are', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    expect(index.get().search('わがはい')).toHaveLength(25);
  });

  it('follows a change of the titles table on the next search', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    expect(index.get().search('こころ')).toEqual([]);
    await db.transact(() => db.tables.titles.insert(title('K1', 'こころ', 'ココロ')));
    expect(index.get().search('こころ')).toEqual(['K1']);
  });

  it('warms by having the index built elsewhere (the page: a worker) from every title, and is then ready without more work', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    const requests: IndexRequest[] = [];
    await index.warm('p000', async (request) => {
      requests.push(request);
      return elsewhere(request);
    });
    expect(requests.map(({ library, documents }) => [library, documents.length])).toEqual([['p000', 25]]);
    const warmed = index.get();
    expect(warmed.size).toBe(25);
    expect(warmed.search('わがはい')).toHaveLength(25);
    expect(index.get()).toBe(warmed);
  });

  it('lets a search that comes while it warms build the index at once, with every title, and keeps that one', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    let searched: string[] = [];
    let first: SearchIndex | null = null;
    await index.warm('p000', async (request) => {
      first = index.get();
      searched = first.search('ねこ');
      return elsewhere(request);
    });
    expect(searched).toHaveLength(25);
    expect(index.get()).toBe(first);
  });

  it('drops a warm-up overtaken by a change, and the next search sees the change', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    await index.warm('p000', async (request) => {
      if (!db.tables.titles.get('K1')) await db.transact(() => db.tables.titles.insert(title('K1', 'こころ', 'ココロ')));
      return elsewhere(request);
    });
    expect(index.get().search('こころ')).toEqual(['K1']);
  });

  it('leaves the index to the first search when the build elsewhere fails', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    await index.warm('p000', () => Promise.reject(new Error('no worker')));
    expect(index.get().search('わがはい')).toHaveLength(25);
  });
});
