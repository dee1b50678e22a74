import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../mocks/seed/catalogue';
import { createRandom, type Random } from '../../../mocks/seed/random';
import type { BranchRow } from '../../../mocks/db/schema';
import { SearchIndex, transferables, type SearchDocument, type SearchField } from '../../../mocks/domain/search/search-index';
import { loadPostings, PostingCursor, SAME_LEFT, SAME_RIGHT } from '../../../mocks/domain/search/postings';

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

const kokoro = doc('kokoro', {
  title: 'こころ',
  titleReading: 'ココロ',
  author: '夏目 漱石',
  authorReading: 'ナツメ ソウセキ',
  publisher: '岩波書店',
  year: 1927,
  isbn: '9784101010014',
});
const neko = doc('neko', {
  title: '吾輩は猫である',
  titleReading: 'ワガハイハネコデアル',
  author: '夏目 漱石',
  authorReading: 'ナツメ ソウセキ',
  publisher: '新潮社',
  year: 1961,
});
const hayashi = doc('hayashi', {
  title: '放浪記',
  titleReading: 'ホウロウキ',
  author: '林 芙美子',
  authorReading: 'ハヤシ フミコ',
  publisher: '新潮社',
  year: 1979,
});
const potter = doc('potter', {
  title: 'ハリー・ポッターと賢者の石',
  titleReading: 'ハリー・ポッタートケンジャノイシ',
  author: 'J.K. ローリング',
  authorReading: 'ローリング',
  publisher: '静山社',
  year: 1999,
});

const FIELDS: readonly SearchField[] = ['any', 'title', 'author', 'publisher'];

describe('the catalogue search index', () => {
  const index = new SearchIndex([kokoro, neko, hayashi, potter]);

  it('finds a title by the reading of its author: なつめそうせき finds 夏目漱石', () => {
    expect(index.search('なつめそうせき').sort()).toEqual(['kokoro', 'neko']);
  });

  it('finds a one-character term: 林, in an author and in a title', () => {
    expect(index.search('林')).toEqual(['hayashi']);
    const withTitle = new SearchIndex([hayashi, doc('ringo', { title: '林檎の木' })]);
    expect(withTitle.search('林')).toEqual(['ringo', 'hayashi']);
  });

  it('finds a character outside the Basic Multilingual Plane, alone or in a word: 𩸽 (two UTF-16 units)', () => {
    const fish = new SearchIndex([doc('hokke', { title: '𩸽の干物' }), doc('just', { title: '𩸽' }), hayashi]);
    expect(fish.search('𩸽')).toEqual(['just', 'hokke']);
    expect(fish.search('𩸽の')).toEqual(['hokke']);
    expect(fish.search('𩸽', { field: 'author' })).toEqual([]);
  });

  it('needs every word, each in any field: 夏目 猫 (a title word and an author word)', () => {
    expect(index.search('夏目 猫')).toEqual(['neko']);
    expect(index.search('夏目 犬')).toEqual([]);
  });

  it('looks only in the field asked for: an author search does not find a title word, nor a title search an author', () => {
    expect(index.search('猫', { field: 'author' })).toEqual([]);
    expect(index.search('猫', { field: 'title' })).toEqual(['neko']);
    expect(index.search('夏目', { field: 'title' })).toEqual([]);
    expect(index.search('夏目', { field: 'author' }).sort()).toEqual(['kokoro', 'neko']);
    expect(index.search('新潮', { field: 'publisher' }).sort()).toEqual(['hayashi', 'neko']);
    expect(index.search('新潮', { field: 'author' })).toEqual([]);
  });

  it('never matches across two fields: the end of one and the start of the next', () => {
    // 吾輩は猫で|ある + わがはい…: title into reading; 林芙美|子 + はやし…: author into its reading;
    // …ふみ|こ + 新潮社: author reading into publisher; …けんじゃの|いし + J.K.: reading into author.
    expect(index.search('あるわが')).toEqual([]);
    expect(index.search('子はやし')).toEqual([]);
    expect(index.search('ふみこ新潮')).toEqual([]);
    expect(index.search('いしjk')).toEqual([]);
  });

  it('ignores the middle dot and the long-vowel mark: ハリーポッター', () => {
    expect(index.search('ハリーポッター')).toEqual(['potter']);
    expect(index.search('はりぽった')).toEqual(['potter']);
  });

  it('finds an ISBN with or without hyphens, as ISBN-13 or ISBN-10, and nothing by a part of it', () => {
    expect(index.search('978-4-10-101001-4')).toEqual(['kokoro']);
    expect(index.search('9784101010014')).toEqual(['kokoro']);
    expect(index.search('4-10-101001-3')).toEqual(['kokoro']);
    expect(index.search('4101010013')).toEqual(['kokoro']);
    expect(index.search('101001')).toEqual([]);
  });

  it('ranks exact title, title prefix, title substring, reading, author, publisher — whatever the years', () => {
    // Each worse tier is newer, so only the tiers can give this order.
    const ranked = new SearchIndex([
      doc('publisher', { title: '別の本', publisher: 'はる書房', year: 2024 }),
      doc('author', { title: '別の本二', author: '春野 太郎', authorReading: 'ハルノ タロウ', year: 2023 }),
      doc('reading', { title: '春一番', titleReading: 'ハルイチバン', year: 2022 }),
      doc('substring', { title: 'あおいはる', year: 2021 }),
      doc('prefix', { title: 'はるのうみ', year: 2020 }),
      doc('exact', { title: 'ハル', year: 1990 }),
    ]);
    expect(ranked.search('はる')).toEqual(['exact', 'prefix', 'substring', 'reading', 'author', 'publisher']);
    expect(ranked.search('はる', { field: 'title' })).toEqual(['exact', 'prefix', 'substring', 'reading']);
  });

  it('puts newer titles first among equals, then the smaller id', () => {
    const equals = new SearchIndex([
      doc('old', { title: '海の本', year: 1990 }),
      doc('new-b', { title: '海の本', year: 2020 }),
      doc('new-a', { title: '海の本', year: 2020 }),
    ]);
    expect(equals.search('海の本')).toEqual(['new-a', 'new-b', 'old']);
  });

  it('replaces a record added again with the same id, and forgets a removed one', () => {
    const changing = new SearchIndex([doc('a', { title: '春の海' }), doc('b', { title: '夏の海', year: 1990 })]);
    expect(changing.search('海')).toEqual(['a', 'b']);
    changing.add(doc('a', { title: '秋の山', year: 1980 }));
    expect(changing.search('春')).toEqual([]);
    expect(changing.search('秋')).toEqual(['a']);
    expect(changing.search('の')).toEqual(['b', 'a']);
    expect(changing.size).toBe(2);
    changing.remove('a');
    expect(changing.search('秋')).toEqual([]);
    expect(changing.size).toBe(1);
    changing.add(doc('a', { title: '春の海', year: 2000 }));
    expect(changing.search('海')).toEqual(['a', 'b']);
  });
});

// ================================================================ the index against the scan

const branches: BranchRow[] = [{ id: 'chuo', name: '中央図書館', nameEn: 'Central', kind: 'library', handlesAv: true, sortOrder: 0 }];
const { titles } = generateCatalogue({ titleCount: 3000, branches, seed: 7, now: '2026-11-24T10:00:00+09:00' });

function fragment(rng: Random, text: string): string {
  const chars = [...text];
  const length = Math.min(chars.length, rng.int(1, 4));
  const start = rng.int(0, chars.length - length);
  return chars.slice(start, start + length).join('');
}

/** What patrons type, drawn from the records: fragments of every part, two-word queries, ISBNs, and characters in hundreds of records. */
function queriesFrom(records: readonly SearchDocument[], seed: number, count: number): string[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => {
    const record = rng.pick(records);
    const kind = rng.int(0, 9);
    if (kind <= 5) {
      const parts = [
        record.title,
        record.titleReading,
        record.author,
        record.authorReading,
        record.publisher,
        record.volumeLabel ?? '上',
        record.seriesTitle ?? record.title,
      ];
      return fragment(rng, rng.pick(parts));
    }
    if (kind === 6) return `${fragment(rng, record.title)} ${fragment(rng, record.author)}`;
    if (kind === 7) return `${fragment(rng, record.titleReading)}\u3000${fragment(rng, record.publisher)}`;
    if (kind === 8 && record.isbn)
      return rng.chance(0.5) ? record.isbn : record.isbn.replace(/^(\d{3})(\d)(\d{4})(\d{4})(\d)$/, '$1-$2-$3-$4-$5');
    return rng.pick(['の', 'ン', '上', '新', 'ア', '社']);
  });
}

function expectSameAsScan(index: SearchIndex, queries: readonly string[]): void {
  for (const field of FIELDS) {
    for (const query of queries) expect(index.search(query, { field }), `${query} (${field})`).toEqual(index.scan(query, { field }));
  }
}

describe('the index against the linear scan, over 3,000 generated titles', () => {
  it.each(FIELDS)('answers exactly what the scan answers, in the same order (field %s)', (field) => {
    const index = new SearchIndex(titles);
    // Removed records must stay out of both.
    for (const title of titles.slice(0, 300)) index.remove(title.id);
    for (const query of queriesFrom(titles, 42, 300)) expect(index.search(query, { field }), query).toEqual(index.scan(query, { field }));
  });

  it('still answers as the scan does once titles are replaced, removed and added after it has ranked hits', () => {
    const index = new SearchIndex(titles);
    const queries = queriesFrom(titles, 43, 150);
    expectSameAsScan(index, queries);
    const rng = createRandom(44);
    for (let n = 0; n < 200; n++) index.remove(rng.pick(titles).id);
    for (let n = 0; n < 200; n++) {
      const title = rng.pick(titles);
      index.add({ ...title, title: rng.pick(titles).title, year: rng.int(1950, 2026) });
    }
    for (let n = 0; n < 100; n++) index.add({ ...rng.pick(titles), id: `NEW${n}`, year: rng.int(1950, 2026) });
    expectSameAsScan(index, queries);
  });

  it('answers a page of the ranked hits and their number, as the whole answer has them, also after changes (broad words, deep pages)', () => {
    const index = new SearchIndex(titles);
    const queries = [...queriesFrom(titles, 46, 100), 'の', 'ン', '社', '上'];
    const expectPagesOfSearch = () => {
      for (const query of queries) {
        const all = index.search(query);
        for (const [offset, limit] of [
          [0, 20],
          [20, 20],
          [0, 1],
          [all.length - 5, 20],
        ] as const) {
          expect(index.searchPage(query, { offset: Math.max(0, offset), limit }), `${query} ${offset}+${limit}`).toEqual({
            ids: all.slice(Math.max(0, offset), Math.max(0, offset) + limit),
            total: all.length,
          });
        }
      }
    };
    expectPagesOfSearch();
    const rng = createRandom(47);
    for (let n = 0; n < 100; n++) index.remove(rng.pick(titles).id);
    for (let n = 0; n < 100; n++) index.add({ ...rng.pick(titles), id: `PAGE${n}`, year: rng.int(1950, 2026) });
    expectPagesOfSearch();
  });

  it('still answers as the scan does after most titles are removed (postings purged) and some come back', () => {
    const index = new SearchIndex(titles);
    const queries = queriesFrom(titles, 45, 150);
    expectSameAsScan(index, queries);
    for (const title of titles.slice(0, 2000)) index.remove(title.id);
    expect(index.size).toBe(1000);
    expectSameAsScan(index, queries);
    for (const title of titles.slice(500, 1000)) index.add(title);
    expect(index.size).toBe(1500);
    expectSameAsScan(index, queries);
  });
});

describe('the index against the linear scan, where every key is in most records (dense postings intersected a word at a time)', () => {
  const rng = createRandom(48);
  const word = (min: number, max: number) =>
    Array.from({ length: rng.int(min, max) }, () => rng.pick(['あ', 'い', 'う', 'え', 'お'])).join('');
  const records = Array.from({ length: 700 }, (_, i) =>
    doc(`D${String(i).padStart(4, '0')}`, {
      title: word(2, 9),
      titleReading: word(2, 9),
      author: word(1, 5),
      publisher: word(1, 6),
      year: rng.int(1990, 2000),
    }),
  );
  const queries = Array.from({ length: 120 }, (_, q) => (q % 4 === 0 ? `${word(2, 4)} ${word(1, 3)}` : word(1, 6)));

  it('answers every hit, a page and the total as the scan does, before and after records change', () => {
    const index = new SearchIndex(records);
    const check = () => {
      for (const field of FIELDS) {
        for (const query of queries) {
          const all = index.scan(query, { field });
          expect(index.search(query, { field }), `${query} (${field})`).toEqual(all);
          expect(index.searchPage(query, { field, offset: 5, limit: 20 }), `${query} (${field}), page`).toEqual({
            ids: all.slice(5, 25),
            total: all.length,
          });
        }
      }
    };
    check();
    // What a search remembers of the strings it read is numbered per search, the numbers wrapping after 32,767 searches.
    for (let n = 0; n < 33_000; n++) index.searchPage(queries[n % queries.length] as string, { offset: 0, limit: 1 });
    check();
    for (let n = 0; n < 100; n++) index.remove(rng.pick(records).id);
    for (let n = 0; n < 300; n++) index.add(doc(`E${n}`, { title: word(2, 9), author: word(1, 5), year: rng.int(1990, 2000) }));
    check();
  });
});

describe('an index handed over as a snapshot (built in a worker, kept in IndexedDB)', () => {
  it('answers what the index it was taken of answers, and as the scan does once titles change after it is restored', () => {
    const built = new SearchIndex(titles);
    const snapshot = built.snapshot();
    const restored = SearchIndex.fromSnapshot(structuredClone(snapshot, { transfer: transferables(snapshot) }));
    const queries = queriesFrom(titles, 45, 150);
    for (const field of FIELDS) {
      for (const query of queries) {
        expect(restored.search(query, { field }), `${query} (${field})`).toEqual(built.search(query, { field }));
        expect(restored.searchPage(query, { field, offset: 20, limit: 20 })).toEqual(
          built.searchPage(query, { field, offset: 20, limit: 20 }),
        );
      }
    }
    const rng = createRandom(46);
    for (let n = 0; n < 200; n++) restored.remove(rng.pick(titles).id);
    for (let n = 0; n < 100; n++) restored.add({ ...rng.pick(titles), id: `NEW${n}`, year: rng.int(1950, 2026) });
    expectSameAsScan(restored, queries);
  });
});

describe('a word whose inner characters repeat in the record, answered from the postings where their neighbours pin it', () => {
  /** The flags of character `char`'s entry for the only record of an index. */
  const flagsOf = (index: SearchIndex, char: string): number => {
    const snapshot = index.snapshot();
    const number = snapshot.charNumber[char.charCodeAt(0)] as number;
    const posting = loadPostings(snapshot.postings)[Array.from(snapshot.keys).indexOf(-number)];
    const cursor = new PostingCursor(posting!);
    cursor.next();
    return cursor.bits & (SAME_LEFT | SAME_RIGHT);
  };

  it('notes whether every occurrence of a character has the same character before it, and the same after it', () => {
    const index = new SearchIndex([doc('iwanami', { title: '岩波文庫', publisher: '岩波文庫、岩波書店' })]);
    // Normalised, the publisher reads 岩波文庫岩波書店. 波: after 岩 three times, before 文, 文 and 書;
    // 店 once; 庫: after 文 twice, before the end of the title, then before 岩.
    expect(flagsOf(index, '波')).toBe(SAME_LEFT);
    expect(flagsOf(index, '店')).toBe(SAME_LEFT | SAME_RIGHT);
    expect(flagsOf(index, '庫')).toBe(SAME_LEFT);
    expect(flagsOf(index, '文')).toBe(SAME_LEFT | SAME_RIGHT);
  });

  const iwanami = doc('iwanami', { title: '岩波文庫', publisher: '岩波文庫、岩波書店', year: 2001 });
  const shoten = doc('shoten', { title: '岩波書店の本', publisher: '岩波', year: 1990 });
  // い is after あ and き, before う twice; う after い twice, before か and え: each pins only one way, and the wrong ways round.
  const trap = doc('trap', { title: 'あいうかきいうえ', year: 2010 });
  const index = new SearchIndex([iwanami, shoten, trap]);

  it('finds 岩波書 in the publisher of a record whose title starts 岩波 (not a prefix), after the title that starts with it', () => {
    for (const field of FIELDS) expect(index.search('岩波書', { field }), field).toEqual(index.scan('岩波書', { field }));
    expect(index.search('岩波書')).toEqual(['shoten', 'iwanami']);
    expect(index.search('岩波書', { field: 'title' })).toEqual(['shoten']);
    expect(index.search('岩波書', { field: 'publisher' })).toEqual(['iwanami']);
  });

  it('does not find あいうえ where all its pairs are but not next to each other', () => {
    expect(index.search('あいうえ')).toEqual([]);
    expect(index.search('いうえ')).toEqual(['trap']);
    expect(index.searchPage('あいうえ', { offset: 0, limit: 20 })).toEqual({ ids: [], total: 0 });
  });
});
