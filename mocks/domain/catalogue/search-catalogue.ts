import type * as z from 'zod';
import type { SearchQuery } from '../../../src/api/contract/catalogue';
import type { FieldIssue } from '../../../src/api/contract/errors';
import type { CopyRow, TitleRow } from '../../db/schema';
import { DomainError } from '../errors';
import { normalizeIsbn, normalizeText, splitQueryTerms } from '../search/normalize';
import type { SearchField, SearchIndex } from '../search/search-index';

export type ParsedSearchQuery = z.output<typeof SearchQuery>;

/** What the search needs of the catalogue besides the index. */
export interface CatalogueView {
  title(id: string): TitleRow | undefined;
  allTitles(): readonly TitleRow[];
  copiesOf(titleId: string): readonly CopyRow[];
}

const textFields: readonly [keyof ParsedSearchQuery & ('q' | 'title' | 'author' | 'publisher'), SearchField][] = [
  ['q', 'any'],
  ['title', 'title'],
  ['author', 'author'],
  ['publisher', 'publisher'],
];

/** Refuses a query that cannot mean anything: no criterion, an ISBN that is not one, years the wrong way round. */
function checkQuery(query: ParsedSearchQuery): void {
  const issues: FieldIssue[] = [];
  const hasText = textFields.some(([key]) => splitQueryTerms(query[key] ?? '').length > 0);
  const hasFilter =
    Boolean(query.isbn?.trim()) ||
    query.yearFrom !== undefined ||
    query.yearTo !== undefined ||
    query.ndc !== undefined ||
    query.materialTypes !== undefined ||
    query.branch !== undefined ||
    query.available === 'true';
  if (!hasText && !hasFilter)
    issues.push({ path: 'q', code: 'search_empty', message: 'Enter a word to search for, or choose a criterion' });
  if (query.isbn?.trim() && normalizeIsbn(query.isbn) === null) {
    issues.push({ path: 'isbn', code: 'isbn_format', message: 'An ISBN has 10 or 13 digits with a valid check digit' });
  }
  if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo) {
    issues.push({ path: 'yearTo', code: 'year_range', message: 'The last year is before the first' });
  }
  if (issues.length > 0) throw DomainError.validation(issues);
}

/** Newest first: publication year, then acquisition, then id. */
function byNewest(a: TitleRow, b: TitleRow): number {
  return b.year - a.year || (a.acquiredAt < b.acquiredAt ? 1 : a.acquiredAt > b.acquiredAt ? -1 : 0) || (a.id < b.id ? -1 : 1);
}

/**
 * 蔵書検索: every given criterion must hold. Text criteria go through the index (Japanese-aware
 * matching); the first one given decides the relevance order, the others narrow it. Without any
 * text the catalogue is filtered in full and relevance means newest first.
 */
export function searchCatalogue(query: ParsedSearchQuery, index: SearchIndex, catalogue: CatalogueView): { ids: string[]; total: number } {
  checkQuery(query);
  const texts: [string, SearchField][] = [];
  for (const [key, field] of textFields) {
    const text = query[key];
    if (text && splitQueryTerms(text).length > 0) texts.push([text, field]);
  }
  const isbn = query.isbn?.trim() ? normalizeIsbn(query.isbn) : null;
  if (isbn) texts.push([isbn, 'any']);

  const { yearFrom, yearTo, ndc, materialTypes, branch } = query;
  const onShelfOnly = query.available === 'true';
  const start = (query.page - 1) * query.pageSize;
  const [single, ...more] = texts;
  const filtered =
    yearFrom !== undefined || yearTo !== undefined || ndc !== undefined || materialTypes || branch !== undefined || onShelfOnly;
  // The common search, one text in relevance order: the index ranks only the page (a broad word matches a good share of the catalogue).
  if (single && more.length === 0 && !filtered && query.sort === 'relevance') {
    return index.searchPage(single[0], { field: single[1], offset: start, limit: query.pageSize });
  }
  const matches = texts.map(([text, field]) => index.search(text, { field }));

  let rows: TitleRow[];
  const [ordered, ...others] = matches;
  if (ordered === undefined) {
    rows = [...catalogue.allTitles()].sort(byNewest);
  } else {
    const narrowing = others.map((ids) => new Set(ids));
    rows = [];
    for (const id of ordered) {
      const title = narrowing.every((set) => set.has(id)) ? catalogue.title(id) : undefined;
      if (title) rows.push(title);
    }
  }

  rows = rows.filter((title) => {
    if (yearFrom !== undefined && title.year < yearFrom) return false;
    if (yearTo !== undefined && title.year > yearTo) return false;
    if (ndc !== undefined && !title.ndc.startsWith(ndc)) return false;
    if (materialTypes && !materialTypes.includes(title.materialType)) return false;
    if (branch === undefined && !onShelfOnly) return true;
    const copies = catalogue.copiesOf(title.id);
    if (branch !== undefined && !copies.some((copy) => copy.branchId === branch && copy.status !== 'lost')) return false;
    if (onShelfOnly && !copies.some((copy) => copy.status === 'on-shelf')) return false;
    return true;
  });

  if (query.sort === 'newest') rows.sort(byNewest);
  if (query.sort === 'title') {
    const keys = new Map(rows.map((title) => [title.id, normalizeText(title.titleReading)]));
    rows.sort((a, b) => {
      const x = keys.get(a.id) as string;
      const y = keys.get(b.id) as string;
      return x < y ? -1 : x > y ? 1 : (a.volumeNumber ?? 0) - (b.volumeNumber ?? 0) || (a.id < b.id ? -1 : 1);
    });
  }
  return { ids: rows.slice(start, start + query.pageSize).map((title) => title.id), total: rows.length };
}
