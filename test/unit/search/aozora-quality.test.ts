// Search quality on a real Japanese catalogue: Aozora Bunko's works (credit 「青空文庫」), read from
// ../shared/data beside the repository. The folder exists on CI and on this project's machines, not
// on a user's: there the suite is skipped, and the app never needs it.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../mocks/seed/random';
import { SearchIndex, type SearchField } from '../../../mocks/domain/search/search-index';
import { aozoraSearchDocument, aozoraWorksExist, loadAozoraWorks, mainAuthor, type AozoraWork } from '../../scripts/aozora';

describe.skipIf(!aozoraWorksExist)('search quality on the Aozora Bunko catalogue', () => {
  const works: AozoraWork[] = aozoraWorksExist ? loadAozoraWorks() : [];
  const byId = new Map(works.map((work) => [work.id, work]));
  const index = new SearchIndex(works.map(aozoraSearchDocument));
  const work = (id: string) => byId.get(id) as AozoraWork;
  const authorOf = (id: string) => mainAuthor(work(id)).name;
  const titleOf = (id: string) => work(id).title;
  const worksOf = (author: string) => works.filter((candidate) => mainAuthor(candidate).name === author).map((candidate) => candidate.id);

  it('finds 夏目漱石 by the reading なつめそうせき: all his works, and others only where he is in the title', () => {
    const hits = index.search('なつめそうせき');
    expect(hits).toEqual(expect.arrayContaining(worksOf('夏目 漱石')));
    for (const id of hits) if (authorOf(id) !== '夏目 漱石') expect(titleOf(id)).toMatch(/夏目|漱石/);
  });

  it('puts the works titled exactly こころ first, 夏目漱石’s among them, newer edition first', () => {
    const [first, second, third] = index.search('こころ');
    expect([first, second].map((id) => titleOf(id as string))).toEqual(['こころ', 'こころ']);
    expect([first, second].map((id) => authorOf(id as string))).toEqual(['今野 大力', '夏目 漱石']);
    expect(titleOf(third as string)).not.toBe('こころ');
  });

  it('finds every work a title word and an author word both name: こころ 夏目 is 夏目漱石’s only, こころ among them', () => {
    const hits = index.search('こころ 夏目');
    expect(hits.map(titleOf)).toContain('こころ');
    for (const id of hits) expect(authorOf(id)).toBe('夏目 漱石');
  });

  it('reads kana in titles as either script: 吾輩は猫である is also the exact title 吾輩ハ猫デアル', () => {
    const hits = index.search('吾輩は猫である').slice(0, 2).map(titleOf);
    expect(hits).toEqual(['吾輩は猫である', '吾輩ハ猫デアル']);
  });

  it('finds 銀河鉄道の夜 first by its reading in hiragana, in katakana and in half-width katakana', () => {
    for (const query of ['ぎんがてつどうのよる', 'ギンガテツドウノヨル', 'ｷﾞﾝｶﾞﾃﾂﾄﾞｳﾉﾖﾙ']) {
      const [first] = index.search(query);
      expect(titleOf(first as string), query).toBe('銀河鉄道の夜');
    }
  });

  it('finds a katakana title typed in half-width katakana, long-vowel mark and all: ｸﾞｽｺｰﾌﾞﾄﾞﾘ', () => {
    expect(index.search('ｸﾞｽｺｰﾌﾞﾄﾞﾘ').map(titleOf)).toEqual(['グスコーブドリの伝記']);
  });

  it('finds 宮沢賢治 written with the old form 宮澤賢治, and 森鴎外 written 森鷗外', () => {
    const miyazawa = index.search('宮澤賢治');
    expect(miyazawa).toEqual(expect.arrayContaining(worksOf('宮沢 賢治')));
    expect(miyazawa).toEqual(index.search('宮沢賢治'));
    expect(index.search('森鷗外')).toEqual(index.search('森鴎外'));
    expect(index.search('森鷗外')).toEqual(expect.arrayContaining(worksOf('森 鴎外')));
  });

  it('finds one-character surnames among authors: 林 finds all of 林芙美子, 泉 all of 泉鏡花', () => {
    expect(index.search('林', { field: 'author' })).toEqual(expect.arrayContaining(worksOf('林 芙美子')));
    expect(index.search('泉', { field: 'author' })).toEqual(expect.arrayContaining(worksOf('泉 鏡花')));
  });

  it('needs every word: 羅生門 芥川 finds the 羅生門 of 芥川竜之介 and not that of 楠山正雄', () => {
    const hits = index.search('羅生門 芥川');
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) expect(authorOf(id)).toBe('芥川 竜之介');
  });

  it('ignores the middle dot and the long-vowel mark: スポツ文学 finds スポーツ・文学・政治', () => {
    expect(index.search('スポツ文学').map(titleOf)).toContain('スポーツ・文学・政治');
  });

  it('answers exactly what the linear scan answers (recall 1.0) for 200 queries from titles, readings and authors, and 50 per field', () => {
    const rng = createRandom(2026);
    const fragment = (text: string) => {
      const chars = [...text];
      const length = Math.min(chars.length, rng.int(1, 5));
      const start = rng.int(0, chars.length - length);
      return chars.slice(start, start + length).join('');
    };
    const query = (field: SearchField): [string, SearchField] => {
      const picked = rng.pick(works);
      const author = mainAuthor(picked);
      const sources = field === 'publisher' ? [picked.publisher ?? ''] : [picked.title, picked.titleReading, author.name, author.reading];
      const words = [fragment(rng.pick(sources))];
      if (rng.chance(0.25)) words.push(fragment(author.name));
      return [words.join(' '), field];
    };
    const asked = [
      ...Array.from({ length: 200 }, () => query('any')),
      ...(['title', 'author', 'publisher'] as const).flatMap((field) => Array.from({ length: 50 }, () => query(field))),
    ];
    for (const [text, field] of asked) expect(index.search(text, { field }), `${text} (${field})`).toEqual(index.scan(text, { field }));
  }, 60_000);
});
