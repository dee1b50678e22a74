import { describe, expect, it } from 'vitest';
import type { CopyRow, TitleRow } from '../../../mocks/db/schema';
import { searchCatalogue, type ParsedSearchQuery } from '../../../mocks/domain/catalogue/search-catalogue';
import { DomainError } from '../../../mocks/domain/errors';
import { SearchIndex } from '../../../mocks/domain/search/search-index';
import { titleRow } from '../title-row';

const base: TitleRow = titleRow({ id: '', title: '', titleReading: '' });

const titles: TitleRow[] = [
  { ...base, id: 'A', title: 'こころ', titleReading: 'ココロ', year: 1990 },
  {
    ...base,
    id: 'B',
    title: 'こころの旅',
    titleReading: 'ココロノタビ',
    year: 2020,
    author: '森 鷗外',
    authorReading: 'モリ オウガイ',
    ndc: '914.6',
  },
  { ...base, id: 'C', title: '坊っちゃん', titleReading: 'ボッチャン', year: 2010, materialType: 'cd', ndc: '913.6' },
  { ...base, id: 'D', title: '猫の本', titleReading: 'ネコノホン', year: 2024, isbn: '9784003101018', publisher: '新潮社' },
];

const copies: CopyRow[] = [
  { id: 'c1', titleId: 'A', branchId: 'chuo', status: 'on-loan', shelf: '一般開架' },
  { id: 'c2', titleId: 'B', branchId: 'kita', status: 'on-shelf', shelf: '一般開架' },
  { id: 'c3', titleId: 'C', branchId: 'chuo', status: 'on-shelf', shelf: '視聴覚' },
  { id: 'c4', titleId: 'D', branchId: 'kita', status: 'lost', shelf: '一般開架' },
];

const index = new SearchIndex(titles);
const catalogue = {
  title: (id: string) => titles.find((title) => title.id === id),
  allTitles: () => titles,
  copiesOf: (titleId: string) => copies.filter((copy) => copy.titleId === titleId),
};

const search = (query: Partial<ParsedSearchQuery>) =>
  searchCatalogue({ sort: 'relevance', page: 1, pageSize: 20, ...query }, index, catalogue);

function refusal(query: Partial<ParsedSearchQuery>) {
  try {
    search(query);
  } catch (error) {
    if (error instanceof DomainError) return error.details.fields?.map((field) => `${field.path}:${field.code}`);
  }
  return null;
}

describe('蔵書検索 over the catalogue', () => {
  it('orders a keyword search by relevance: the exact title before a title that starts with it', () => {
    expect(search({ q: 'ココロ' }).ids).toEqual(['A', 'B']);
  });

  it('keeps only titles that match every text field given', () => {
    expect(search({ title: 'こころ', author: 'もりおうがい' }).ids).toEqual(['B']);
  });

  it('filters by years, NDC prefix, material type, branch and copies on the shelf', () => {
    expect(search({ yearFrom: 2000, yearTo: 2020 }).ids).toEqual(['B', 'C']);
    expect(search({ ndc: '914' }).ids).toEqual(['B']);
    expect(search({ materialTypes: ['cd'] }).ids).toEqual(['C']);
    expect(search({ branch: 'kita' }).ids).toEqual(['B']);
    expect(search({ available: 'true', q: 'こころ' }).ids).toEqual(['B']);
  });

  it('lists a search without words newest first, and sorts by reading when asked', () => {
    expect(search({ materialTypes: ['book'] }).ids).toEqual(['D', 'B', 'A']);
    expect(search({ materialTypes: ['book', 'cd'], sort: 'title' }).ids).toEqual(['A', 'B', 'D', 'C']);
  });

  it('finds an ISBN typed as its ISBN-10 with hyphens', () => {
    expect(search({ isbn: '4-00-310101-4' }).ids).toEqual(['D']);
  });

  it('pages the results and still counts them all', () => {
    const page = search({ materialTypes: ['book', 'cd'], pageSize: 3, page: 2 });
    expect(page).toEqual({ ids: ['A'], total: 4 });
  });

  it('refuses a search with no criterion, a bad ISBN, or years the wrong way round, naming the field', () => {
    expect(refusal({ q: ' 　' })).toEqual(['q:search_empty']);
    expect(refusal({ isbn: '978-4-00-310101-9' })).toEqual(['isbn:isbn_format']);
    expect(refusal({ q: 'こころ', yearFrom: 2020, yearTo: 2000 })).toEqual(['yearTo:year_range']);
  });
});
