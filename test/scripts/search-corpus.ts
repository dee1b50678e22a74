// The records and queries of the catalogue search benchmarks (bench-search.ts, compare-search.ts):
// the same every run for the same size. Environment: SOURCE=aozora|generated (default aozora when
// ../shared/data/aozora-works.json exists).
import { generateCatalogue } from '../../mocks/seed/catalogue';
import { createRandom, type Random } from '../../mocks/seed/random';
import type { BranchRow } from '../../mocks/db/schema';
import { normalizeText } from '../../mocks/domain/search/normalize';
import type { SearchDocument } from '../../mocks/domain/search/search-index';
import { aozoraSearchDocument, aozoraWorksExist, loadAozoraWorks } from './aozora';

export const SOURCE = process.env.SOURCE ?? (aozoraWorksExist ? 'aozora' : 'generated');
const SEED = 20260116;

// ================================================================ records

const BRANCHES: readonly BranchRow[] = [
  { id: 'chuo', name: '中央図書館', nameEn: 'Central Library', kind: 'library', handlesAv: true, sortOrder: 0 },
];

/** generateCatalogue runs out of its publishers' ISBN ranges long before 1M titles; copies make up the rest. */
export const MAX_GENERATED = 100_000;

function generatedBase(size: number): SearchDocument[] {
  const { titles } = generateCatalogue({
    titleCount: Math.min(size, MAX_GENERATED),
    branches: BRANCHES,
    seed: SEED,
    now: '2026-11-24T10:00:00+09:00',
  });
  return titles.map((row) => ({
    id: row.id,
    title: row.title,
    titleReading: row.titleReading,
    volumeLabel: row.volumeLabel,
    seriesTitle: row.seriesTitle,
    author: row.author,
    authorReading: row.authorReading,
    publisher: row.publisher,
    isbn: row.isbn,
    year: row.year,
  }));
}

const VOLUMES = ['上', '中', '下'];

/** Copy `copy` (≥ 1) of a work: the kinds of difference a real catalogue has between editions. */
function perturbed(rng: Random, work: SearchDocument, copy: number, other: SearchDocument): SearchDocument {
  const style = rng.int(0, 3);
  return {
    ...work,
    id: `${work.id}-${copy}`,
    title: style === 3 ? `${work.title}（新装版）` : work.title,
    volumeLabel: style === 0 ? (VOLUMES[copy % 3] as string) : style === 2 ? `第${copy}巻` : null,
    seriesTitle: style === 2 ? `${work.author}全集` : null,
    publisher: rng.chance(0.5) ? other.publisher : work.publisher,
    year: rng.chance(0.5) ? other.year : work.year,
    isbn: null, // an ISBN names one edition
  };
}

let aozoraBase: SearchDocument[] | null = null;

export function corpusOf(size: number): SearchDocument[] {
  if (SOURCE === 'aozora') aozoraBase ??= loadAozoraWorks().map(aozoraSearchDocument);
  const base = SOURCE === 'aozora' ? (aozoraBase as SearchDocument[]) : generatedBase(size);
  const rng = createRandom(SEED);
  const records: SearchDocument[] = [];
  for (let i = 0; i < size; i++) {
    const work = base[i % base.length] as SearchDocument;
    const copy = Math.floor(i / base.length);
    records.push(copy === 0 ? work : perturbed(rng, work, copy, rng.pick(base)));
  }
  return records;
}

// ================================================================ queries

function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Full-width katakana → half-width, the reverse of NFKC (voiced kana become two characters). */
const HALF_WIDTH = new Map<string, string>();
for (let unit = 0xff66; unit <= 0xff9d; unit++) HALF_WIDTH.set(String.fromCharCode(unit).normalize('NFKC'), String.fromCharCode(unit));
function toHalfWidth(text: string): string {
  let out = '';
  for (const char of toKatakana(text).normalize('NFD')) {
    if (char === '\u3099') out += 'ﾞ';
    else if (char === '\u309a') out += 'ﾟ';
    else out += HALF_WIDTH.get(char) ?? char;
  }
  return out;
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

function fragment(rng: Random, text: string, min: number, max: number): string {
  const chars = [...text];
  const length = Math.min(chars.length, rng.int(min, max));
  const start = rng.int(0, chars.length - length);
  return chars.slice(start, start + length).join('');
}

function surname(author: string): string {
  return author.split(' ')[0] ?? author;
}

function isbn10(isbn13: string): string | null {
  if (!isbn13.startsWith('978')) return null;
  const nine = isbn13.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return nine + (check === 10 ? 'X' : String(check));
}

export interface Query {
  kind: string;
  text: string;
}

/** ~300 queries from the records, the same every run for the same records. */
export function makeQueries(records: readonly SearchDocument[]): Query[] {
  const rng = createRandom(SEED + 1);
  const pick = () => rng.pick(records);
  const queries: Query[] = [];
  const add = (kind: string, count: number, make: () => string) => {
    for (let n = 0; n < count; n++) {
      const text = make();
      if (normalizeText(text).length > 0) queries.push({ kind, text });
    }
  };
  add('title fragment', 50, () => fragment(rng, pick().title, 2, 5));
  add('whole title', 20, () => pick().title);
  add('author', 25, () => pick().author);
  add('surname', 20, () => surname(pick().author));
  add('one-character surname', 10, () => rng.pick(['林', '泉', '堀', '森', '原', '柳', '李', '奥', '谷', '関']));
  add('reading, hiragana', 25, () => fragment(rng, normalizeText(pick().titleReading), 3, 8));
  add('reading, katakana', 20, () => toKatakana(fragment(rng, normalizeText(pick().titleReading), 3, 8)));
  add('reading, half-width', 20, () => toHalfWidth(fragment(rng, normalizeText(pick().titleReading), 3, 8)));
  add('author reading', 15, () => normalizeText(pick().authorReading));
  add('full-width input', 20, () => {
    const record = pick();
    return toFullWidth(`${fragment(rng, record.title, 2, 4)} ${surname(record.author)}`);
  });
  add('title + author', 45, () => {
    const record = pick();
    return `${fragment(rng, record.title, 2, 4)} ${rng.chance(0.5) ? surname(record.author) : record.author}`;
  });
  add('publisher', 10, () => fragment(rng, pick().publisher, 2, 4));
  const withIsbn = records.filter((record) => record.isbn !== null);
  if (withIsbn.length > 0) {
    const isbn = () => rng.pick(withIsbn).isbn as string;
    add('ISBN-13', 8, isbn);
    add('ISBN-13, hyphens', 8, () => isbn().replace(/^(\d{3})(\d)(\d{4})(\d{4})(\d)$/, '$1-$2-$3-$4-$5'));
    add('ISBN-10, hyphens', 8, () => (isbn10(isbn()) ?? isbn()).replace(/^(\d)(\d{4})(\d{4})(.)$/, '$1-$2-$3-$4'));
  }
  return queries;
}

/** The p-th percentile of ascending numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
