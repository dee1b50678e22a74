import { describe, expect, it } from 'vitest';
import { Database } from '../../../mocks/db/database';
import type { TitleRow } from '../../../mocks/db/schema';
import { CatalogueIndex } from '../../../mocks/runtime/catalogue-index';
import { titleRow } from '../title-row';

function title(id: string, name: string, reading: string): TitleRow {
  return titleRow({ id, title: name, titleReading: reading });
}

async function libraryOf(rows: TitleRow[]) {
  const db = new Database();
  await db.transact(() => rows.forEach((row) => db.tables.titles.insert(row)));
  return db;
}

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

  it('warms in slices, yielding between them and before sorting the ranking order, and is then ready without more work', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    let pauses = 0;
    await index.warm(async () => void pauses++, 10);
    // Three slices of ten, then one more pause before the ranking order is sorted.
    expect(pauses).toBe(4);
    const warmed = index.get();
    expect(warmed.size).toBe(25);
    expect(index.get()).toBe(warmed);
  });

  it('lets a search that comes while it warms finish the build at once, with every title', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    let searched: string[] = [];
    await index.warm(async () => {
      if (searched.length === 0) searched = index.get().search('ねこ');
    }, 10);
    expect(searched).toHaveLength(25);
  });

  it('drops a warm-up overtaken by a change, and the next search sees the change', async () => {
    const db = await libraryOf(titles);
    const index = new CatalogueIndex(db.tables.titles);
    await index.warm(async () => {
      if (!db.tables.titles.get('K1')) await db.transact(() => db.tables.titles.insert(title('K1', 'こころ', 'ココロ')));
    }, 10);
    expect(index.get().search('こころ')).toEqual(['K1']);
  });
});
