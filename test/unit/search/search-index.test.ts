import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../mocks/db/seed/catalogue';
import { createRandom } from '../../../mocks/db/seed/random';
import type { BranchRow } from '../../../mocks/db/schema';
import { SearchIndex, type SearchDocument, type SearchField } from '../../../mocks/domain/search/search-index';

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: '',
  titleReading: '',
  volumeLabel: null,
  seriesTitle: null,
  author: '',
  authorReading: '',
  publisher: '',
  isbn: null,
  year: 2000,
  ...fields,
});

const kokoro = doc('kokoro', { title: 'こころ', titleReading: 'ココロ', author: '夏目 漱石', authorReading: 'ナツメ ソウセキ', publisher: '岩波書店', year: 1927, isbn: '9784101010014' });
const neko = doc('neko', { title: '吾輩は猫である', titleReading: 'ワガハイハネコデアル', author: '夏目 漱石', authorReading: 'ナツメ ソウセキ', publisher: '新潮社', year: 1961 });
const hayashi = doc('hayashi', { title: '放浪記', titleReading: 'ホウロウキ', author: '林 芙美子', authorReading: 'ハヤシ フミコ', publisher: '新潮社', year: 1979 });
const potter = doc('potter', { title: 'ハリー・ポッターと賢者の石', titleReading: 'ハリー・ポッタートケンジャノイシ', author: 'J.K. ローリング', authorReading: 'ローリング', publisher: '静山社', year: 1999 });

describe('the catalogue search index', () => {
  const index = new SearchIndex([kokoro, neko, hayashi, potter]);

  it('finds a title by the reading of its author: なつめそうせき finds 夏目漱石', () => {
    expect(index.search('なつめそうせき').sort()).toEqual(['kokoro', 'neko']);
  });

  it('finds a one-character surname: 林', () => {
    expect(index.search('林')).toEqual(['hayashi']);
  });

  it('needs every word, each in any field: 夏目 猫', () => {
    expect(index.search('夏目 猫')).toEqual(['neko']);
  });

  it('looks only in the field asked for', () => {
    expect(index.search('夏目', { field: 'title' })).toEqual([]);
    expect(index.search('夏目', { field: 'author' }).sort()).toEqual(['kokoro', 'neko']);
    expect(index.search('新潮', { field: 'publisher' }).sort()).toEqual(['hayashi', 'neko']);
  });

  it('never matches across two fields: the end of one and the start of the next', () => {
    // "こころ" ends the title and "ココロ" starts the reading; "ろこ" would join them.
    expect(index.search('ろここ')).toEqual([]);
    expect(index.search('石ローリング')).toEqual([]);
  });

  it('ignores the middle dot and the long-vowel mark: ハリーポッター', () => {
    expect(index.search('ハリーポッター')).toEqual(['potter']);
    expect(index.search('はりぽった')).toEqual(['potter']);
  });

  it('finds an ISBN with hyphens or as ISBN-10, and nothing by a part of it', () => {
    expect(index.search('978-4-10-101001-4')).toEqual(['kokoro']);
    expect(index.search('4101010013')).toEqual(['kokoro']);
  });

  it('ranks the exact title first, then a title that starts with it, then it inside a title, then the reading, author and publisher', () => {
    const ranked = new SearchIndex([
      doc('publisher', { title: '別の本', publisher: '春の社', year: 2024 }),
      doc('author', { title: '別の本二', author: '春 太郎', year: 2023 }),
      doc('reading', { title: '別の本三', titleReading: 'ハル', year: 2022 }),
      doc('inside', { title: '青い春', year: 2021 }),
      doc('prefix', { title: '春の海', year: 2020 }),
      doc('exact', { title: '春', year: 1990 }),
    ]);
    expect(ranked.search('春')).toEqual(['exact', 'prefix', 'inside', 'author', 'publisher']);
    expect(ranked.search('はる')).toEqual(['reading']);
  });

  it('puts newer titles first among equals', () => {
    const equals = new SearchIndex([doc('old', { title: '海の本', year: 1990 }), doc('new', { title: '海の本', year: 2020 })]);
    expect(equals.search('海の本')).toEqual(['new', 'old']);
  });

  it('replaces a record added again with the same id, and forgets a removed one', () => {
    const changing = new SearchIndex([doc('a', { title: '春の海' })]);
    changing.add(doc('a', { title: '秋の山' }));
    expect(changing.search('春')).toEqual([]);
    expect(changing.search('秋')).toEqual(['a']);
    changing.remove('a');
    expect(changing.search('秋')).toEqual([]);
    expect(changing.size).toBe(0);
  });
});

describe('the index against the linear scan', () => {
  const branches: BranchRow[] = [{ id: 'chuo', name: '中央図書館', nameEn: 'Central', kind: 'library', handlesAv: true, sortOrder: 0 }];
  const { titles } = generateCatalogue({ titleCount: 3000, branches, seed: 7, now: '2026-11-24T10:00:00+09:00' });
  const index = new SearchIndex(titles);
  // Removed records must stay out of both.
  for (const title of titles.slice(0, 300)) index.remove(title.id);
  const rng = createRandom(42);
  const queries = Array.from({ length: 300 }, () => {
    const title = rng.pick(titles);
    const source = rng.pick([title.title, title.titleReading, title.author, title.authorReading, title.publisher]);
    const chars = [...source];
    const length = Math.min(chars.length, rng.int(1, 4));
    const start = rng.int(0, chars.length - length);
    return chars.slice(start, start + length).join('');
  });

  it.each(['any', 'title', 'author', 'publisher'] as SearchField[])('answers exactly what the scan answers, in the same order (field %s)', (field) => {
    for (const query of queries) expect(index.search(query, { field }), query).toEqual(index.scan(query, { field }));
  });
});
