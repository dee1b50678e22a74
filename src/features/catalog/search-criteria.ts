import { SearchSort, type SearchQuery } from '../../api/contract/catalogue';
import { MaterialType } from '../../api/contract/common';

/** 20 titles a page, as the seed OPACs list them. */
export const PAGE_SIZE = 20;

const textCriteria = ['q', 'title', 'author', 'publisher', 'isbn', 'yearFrom', 'yearTo', 'ndc', 'branch'] as const;
type TextCriterion = (typeof textCriteria)[number];

/**
 * 蔵書検索 as the address carries it: every criterion lives in the query string, so that a search
 * can be shared, reloaded and gone back to. Values stay as typed; the library judges them.
 */
export type SearchCriteria = { [K in TextCriterion]: string } & {
  materialTypes: MaterialType[];
  /** 貸出可能な資料のみ: only titles with a copy on the shelf. */
  available: boolean;
  sort: SearchSort;
  page: number;
};

export const emptyCriteria: SearchCriteria = {
  q: '',
  title: '',
  author: '',
  publisher: '',
  isbn: '',
  yearFrom: '',
  yearTo: '',
  ndc: '',
  branch: '',
  materialTypes: [],
  available: false,
  sort: 'relevance',
  page: 1,
};

/** A page number from the address; anything else is the first page. */
export function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** Material types from a comma list; unknown words are left out. */
export function materialTypesFrom(value: string | null): MaterialType[] {
  return (value ?? '').split(',').filter((type): type is MaterialType => MaterialType.safeParse(type).success);
}

export function criteriaFromParams(params: URLSearchParams): SearchCriteria {
  const criteria: SearchCriteria = { ...emptyCriteria };
  for (const key of textCriteria) criteria[key] = params.get(key) ?? '';
  criteria.materialTypes = materialTypesFrom(params.get('materialTypes'));
  criteria.available = params.get('available') === 'true';
  const sort = SearchSort.safeParse(params.get('sort'));
  criteria.sort = sort.success ? sort.data : 'relevance';
  criteria.page = pageFrom(params.get('page'));
  return criteria;
}

/** The query string of a search: only what was given, defaults left out, so addresses stay short. */
export function criteriaToParams(criteria: Partial<SearchCriteria>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of textCriteria) {
    const value = criteria[key]?.trim();
    if (value) params[key] = value;
  }
  if (criteria.materialTypes?.length) params.materialTypes = criteria.materialTypes.join(',');
  if (criteria.available) params.available = 'true';
  if (criteria.sort && criteria.sort !== 'relevance') params.sort = criteria.sort;
  if (criteria.page && criteria.page > 1) params.page = String(criteria.page);
  return params;
}

/** Whether the address asks for a search at all (else /search shows where to start). */
export function hasCriteria(criteria: SearchCriteria): boolean {
  return textCriteria.some((key) => criteria[key].trim() !== '') || criteria.materialTypes.length > 0 || criteria.available;
}

/** The request to the library for one page of results. */
export function toSearchQuery(criteria: SearchCriteria): SearchQuery {
  const given = criteriaToParams(criteria);
  return {
    q: given.q,
    title: given.title,
    author: given.author,
    publisher: given.publisher,
    isbn: given.isbn,
    yearFrom: given.yearFrom,
    yearTo: given.yearTo,
    ndc: given.ndc,
    branch: given.branch,
    materialTypes: given.materialTypes,
    available: criteria.available ? 'true' : undefined,
    sort: criteria.sort,
    page: criteria.page,
    pageSize: PAGE_SIZE,
  };
}
