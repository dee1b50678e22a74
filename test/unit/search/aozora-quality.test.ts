// Search quality on a real Japanese catalogue: Aozora Bunko's works (credit 「青空文庫」), read from
// ../shared/data beside the repository. The folder exists on CI and on this project's machines, not
// on a user's: there the suite is skipped, and the app never needs it.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../mocks/domain/search/search-index';
import { createRandom } from '../../../mocks/db/seed/random';
import { aozoraSearchDocument, aozoraWorksExist, loadAozoraWorks, mainAuthor, type AozoraWork } from '../../scripts/aozora';

describe.skipIf(!aozoraWorksExist)('search quality on the Aozora Bunko catalogue', () => {
  const works: AozoraWork[] = aozoraWorksExist ? loadAozoraWorks() : [];
  const byId = new Map(works.map((work) => [work.id, work]));
  const index = new SearchIndex(works.map(aozoraSearchDocument));
  const authorOf = (id: string) => mainAuthor(byId.get(id)!).name;
  const titleOf = (id: string) => byId.get(id)!.title;

  it('finds 夏目漱石 by the reading なつめそうせき: his works, and others only where he is in the title', () => {
    const hits = index.search('なつめそうせき');
    expect(hits.filter((id) => authorOf(id) === '夏目 漱石').length).toBeGreaterThan(50);
    for (const id of hits) if (authorOf(id) !== '夏目 漱石') expect(titleOf(id)).toMatch(/夏目|漱石/);
  });

  it('puts the exact title first: こころ', () => {
    const [first] = index.search('こころ');
    expect(titleOf(first!)).toBe('こころ');
  });

  it('finds 銀河鉄道の夜 first by its reading in hiragana, in katakana and in half-width katakana', () => {
    for (const query of ['ぎんがてつどうのよる', 'ギンガテツドウノヨル', 'ｷﾞﾝｶﾞﾃﾂﾄﾞｳﾉﾖﾙ']) {
      const [first] = index.search(query);
      expect(titleOf(first!), query).toBe('銀河鉄道の夜');
    }
  });

  it('finds 宮沢賢治 written with the old form 宮澤賢治', () => {
    const hits = index.search('宮澤賢治');
    expect(hits.length).toBeGreaterThan(200);
    expect(hits).toEqual(index.search('宮沢賢治'));
  });

  it('finds a one-character surname: 泉 finds 泉鏡花', () => {
    const hits = index.search('泉', { field: 'author' });
    expect(hits.some((id) => authorOf(id) === '泉 鏡花')).toBe(true);
  });

  it('needs every word: 羅生門 芥川 finds the 羅生門 of 芥川竜之介 and not that of 楠山正雄', () => {
    const hits = index.search('羅生門 芥川');
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) expect(authorOf(id)).toBe('芥川 竜之介');
  });

  it('ignores the middle dot and the long-vowel mark: スポツ文学 finds スポーツ・文学・政治', () => {
    expect(index.search('スポツ文学').map(titleOf)).toContain('スポーツ・文学・政治');
  });

  it('answers exactly what the linear scan answers for 300 queries drawn from titles, readings and authors', () => {
    const rng = createRandom(2026);
    for (let n = 0; n < 300; n++) {
      const work = rng.pick(works);
      const author = mainAuthor(work);
      const source = rng.pick([work.title, work.titleReading, author.name, author.reading]);
      const chars = [...source];
      const length = Math.min(chars.length, rng.int(1, 5));
      const start = rng.int(0, chars.length - length);
      const query = chars.slice(start, start + length).join('');
      expect(index.search(query), query).toEqual(index.scan(query));
    }
  });
});
