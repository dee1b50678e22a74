// Catalogue search of the simulated library: a character-bigram inverted index over normalised
// titles, authors and publishers. Pure TypeScript, no dependencies: it runs on the browser's main
// thread (inside MSW's handlers) and in Node.
//
// How a query is answered:
//  - An ISBN-shaped query (ISBN-10 or ISBN-13, hyphens or not) is an exact key lookup; an ISBN-10
//    is looked up as its ISBN-13.
//  - Otherwise the query is split on spaces into terms (normalizeText each), and every term must occur
//    as a substring of the chosen field(s). Candidates are the intersection (smallest list first) of
//    the postings of every bigram of every term — of the term's single character for one-character
//    terms, which is why unigram postings are kept too — then each candidate is confirmed by a
//    substring check, which also tells which field matched, for the ranking.
//  - Hits are ranked: exact title, title prefix, title substring, title reading, author, publisher;
//    ties by newer year, then by id. `scan` gives the same ids in the same order by a plain loop over
//    the same normalised records: it is the reference for tests and the benchmark.
//
// A record is stored as one normalised string, its parts joined by SEP, a character no term can
// contain (normalizeText drops control characters), so no term matches across parts:
//   title SEP volumeLabel SEP seriesTitle SEP titleReading SEP author SEP authorReading SEP publisher
// The parts come in the order of the ranking, so the first occurrence of a term is its best field.
// Bigrams are taken within a part, never across SEP.

import { normalizeIsbn, normalizeText, splitQueryTerms } from './normalize';

export interface SearchDocument {
  id: string;
  title: string;
  /** 読み, katakana (hiragana works as well: everything is normalised). */
  titleReading: string;
  volumeLabel: string | null;
  seriesTitle: string | null;
  /** "姓 名" */
  author: string;
  authorReading: string;
  publisher: string;
  /** ISBN-13 (ISBN-10 and hyphens are accepted too), or null. */
  isbn: string | null;
  year: number;
}

/** title: title, reading, volume label and series title; author: name and reading; any: all of them. */
export type SearchField = 'title' | 'author' | 'publisher' | 'any';

export interface SearchOptions {
  field?: SearchField;
}

const SEP = '\u0001';

/** Ranking tiers, best first. */
const EXACT = 0;
const PREFIX = 1;
const IN_TITLE = 2;
const IN_READING = 3;
const IN_AUTHOR = 4;
const IN_PUBLISHER = 5;
const TIERS = 6;

/** Per record, four offsets into its text (stride META). */
const META = 4;
const TITLE_LENGTH = 0;
const READING_START = 1;
const AUTHOR_START = 2;
const PUBLISHER_START = 3;

/** Postings of one key: ascending record numbers. */
interface Posting {
  docs: Int32Array;
  length: number;
}

const EMPTY = new Int32Array(0);

export class SearchIndex {
  // ---- records, by record number (never reused; a removed record leaves a dead slot)
  private ids: string[] = [];
  private texts: string[] = [];
  private isbnOf: (string | null)[] = [];
  private meta = new Int32Array(0);
  private years = new Int32Array(0);
  private alive = new Uint8Array(0);
  private count = 0;
  private live = 0;
  private byId = new Map<string, number>();
  private byIsbn = new Map<string, number[]>();

  // ---- postings: key = character number (unigram, < 65536) or first * 65536 + second (bigram)
  private charNumber = new Int32Array(0x10000);
  private characters = 0;
  private postings = new Map<number, Posting>();
  /** Record numbers in postings that are no longer alive; postings are purged when they pile up. */
  private dead = 0;

  // ---- ranking: live records by newer year, then id, computed when first needed after a change
  private order: Int32Array | null = null;
  private rankOf = new Int32Array(0);
  private scratch = new Uint8Array(0);

  constructor(documents?: Iterable<SearchDocument>) {
    if (documents) for (const doc of documents) this.add(doc);
  }

  get size(): number {
    return this.live;
  }

  /** Adds a record; a record with the same id is replaced. */
  add(doc: SearchDocument): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const title = normalizeText(doc.title);
    const volume = doc.volumeLabel === null ? '' : normalizeText(doc.volumeLabel);
    // Parts equal to an earlier part add nothing (series volumes repeat the title; all-kana titles
    // are their own reading).
    const series = dedupe(doc.seriesTitle === null ? '' : normalizeText(doc.seriesTitle), title);
    const reading = dedupe(normalizeText(doc.titleReading), title);
    const author = normalizeText(doc.author);
    const authorReading = dedupe(normalizeText(doc.authorReading), author);
    const publisher = normalizeText(doc.publisher);
    const head = title + SEP + volume + SEP + series + SEP;
    const readingStart = head.length;
    const authorStart = readingStart + reading.length + 1;
    const publisherStart = authorStart + author.length + 1 + authorReading.length + 1;
    const text = head + reading + SEP + author + SEP + authorReading + SEP + publisher;

    const n = this.count++;
    this.reserve(this.count);
    this.ids[n] = doc.id;
    this.texts[n] = text;
    const isbn = doc.isbn === null ? null : normalizeIsbn(doc.isbn);
    this.isbnOf[n] = isbn;
    this.meta[n * META + TITLE_LENGTH] = title.length;
    this.meta[n * META + READING_START] = readingStart;
    this.meta[n * META + AUTHOR_START] = authorStart;
    this.meta[n * META + PUBLISHER_START] = publisherStart;
    this.years[n] = doc.year;
    this.alive[n] = 1;
    this.live++;
    this.byId.set(doc.id, n);
    if (isbn !== null) {
      const list = this.byIsbn.get(isbn);
      if (list) list.push(n);
      else this.byIsbn.set(isbn, [n]);
    }
    this.indexText(n, text);
    this.order = null;
  }

  remove(id: string): void {
    const n = this.byId.get(id);
    if (n === undefined) return;
    this.byId.delete(id);
    this.alive[n] = 0;
    this.live--;
    this.texts[n] = '';
    const isbn = this.isbnOf[n];
    if (isbn !== null && isbn !== undefined) {
      const rest = (this.byIsbn.get(isbn) ?? []).filter((other) => other !== n);
      if (rest.length > 0) this.byIsbn.set(isbn, rest);
      else this.byIsbn.delete(isbn);
    }
    this.isbnOf[n] = null;
    this.order = null;
    if (++this.dead > Math.max(1024, this.live)) this.purge();
  }

  search(query: string, options: SearchOptions = {}): string[] {
    const isbn = normalizeIsbn(query);
    if (isbn !== null) return this.rankByYear(this.byIsbn.get(isbn) ?? []);
    const terms = splitQueryTerms(query);
    if (terms.length === 0) return [];
    const candidates = this.candidates(terms);
    if (candidates.length === 0) return [];

    const field = options.field ?? 'any';
    const whole = terms.join('');
    const hits = new Int32Array(candidates.length);
    const tiers = new Uint8Array(candidates.length);
    let found = 0;
    const { texts, meta, alive } = this;
    next: for (let c = 0; c < candidates.length; c++) {
      const n = candidates[c] as number;
      if (alive[n] === 0) continue;
      const text = texts[n] as string;
      const m = n * META;
      const readingStart = meta[m + READING_START] as number;
      const authorStart = meta[m + AUTHOR_START] as number;
      const publisherStart = meta[m + PUBLISHER_START] as number;
      let from = 0;
      let to = text.length;
      if (field === 'title') to = authorStart - 1;
      else if (field === 'author') {
        from = authorStart;
        to = publisherStart - 1;
      }
      else if (field === 'publisher') from = publisherStart;
      // The worst of the terms' best parts: the first occurrence of a term is in its best part.
      let worst = IN_TITLE;
      for (let t = 0; t < terms.length; t++) {
        const at = text.indexOf(terms[t] as string, from);
        if (at < 0 || at >= to) continue next;
        const tier = at < readingStart ? IN_TITLE : at < authorStart ? IN_READING : at < publisherStart ? IN_AUTHOR : IN_PUBLISHER;
        if (tier > worst) worst = tier;
      }
      if (from === 0 && text.startsWith(whole)) worst = meta[m + TITLE_LENGTH] === whole.length ? EXACT : PREFIX;
      hits[found] = n;
      tiers[found] = worst;
      found++;
    }
    return this.rank(hits.subarray(0, found), tiers.subarray(0, found));
  }

  scan(query: string, options: SearchOptions = {}): string[] {
    const isbn = normalizeIsbn(query);
    const field = options.field ?? 'any';
    const terms = splitQueryTerms(query);
    const whole = terms.join('');
    const found: { n: number; tier: number }[] = [];
    for (let n = 0; n < this.count; n++) {
      if (this.alive[n] === 0) continue;
      if (isbn !== null) {
        if (this.isbnOf[n] === isbn) found.push({ n, tier: EXACT });
        continue;
      }
      if (terms.length === 0) break;
      const parts = this.parts(n);
      const allowed = parts.filter((part) => field === 'any' || part.field === field);
      if (!terms.every((term) => allowed.some((part) => part.text.includes(term)))) continue;
      let tier: number;
      if (field !== 'author' && field !== 'publisher' && parts[0]?.text === whole) tier = EXACT;
      else if (field !== 'author' && field !== 'publisher' && parts[0]?.text.startsWith(whole)) tier = PREFIX;
      else tier = Math.max(...terms.map((term) => Math.min(...allowed.filter((part) => part.text.includes(term)).map((part) => part.tier))));
      found.push({ n, tier });
    }
    found.sort((a, b) => a.tier - b.tier || this.byYearThenId(a.n, b.n));
    return found.map(({ n }) => this.ids[n] as string);
  }

  // ================================================================ indexing

  private reserve(records: number): void {
    if (records <= this.alive.length) return;
    const capacity = Math.max(1024, this.alive.length * 2);
    this.meta = grow(this.meta, capacity * META);
    this.years = grow(this.years, capacity);
    this.alive = grow(this.alive, capacity);
  }

  private indexText(n: number, text: string): void {
    let previous = 0; // character number of the previous character in the same part, 0 at a part's start
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === 1) {
        previous = 0;
        continue;
      }
      let char = this.charNumber[unit] as number;
      if (char === 0) this.charNumber[unit] = char = ++this.characters;
      this.post(char, n);
      if (previous !== 0) this.post(previous * 0x10000 + char, n);
      previous = char;
    }
  }

  private post(key: number, n: number): void {
    let posting = this.postings.get(key);
    if (!posting) this.postings.set(key, (posting = { docs: new Int32Array(2), length: 0 }));
    else if (posting.docs[posting.length - 1] === n) return; // already posted: a repeated key in this record
    if (posting.length === posting.docs.length) posting.docs = grow(posting.docs, posting.length * 2);
    posting.docs[posting.length++] = n;
  }

  /** Drops dead record numbers from every posting. */
  private purge(): void {
    const { alive } = this;
    for (const [key, posting] of this.postings) {
      let kept = 0;
      for (let i = 0; i < posting.length; i++) {
        const n = posting.docs[i] as number;
        if (alive[n] === 1) posting.docs[kept++] = n;
      }
      if (kept === 0) this.postings.delete(key);
      else posting.length = kept;
    }
    this.dead = 0;
  }

  // ================================================================ candidates

  /** Ascending record numbers that contain every bigram (unigram for one-character terms) of the terms. */
  private candidates(terms: readonly string[]): Int32Array {
    const keys = new Set<number>();
    for (const term of terms) {
      let previous = 0;
      for (let i = 0; i < term.length; i++) {
        const char = this.charNumber[term.charCodeAt(i)] as number;
        if (char === 0) return EMPTY; // a character no record has
        if (term.length === 1) keys.add(char);
        else if (previous !== 0) keys.add(previous * 0x10000 + char);
        previous = char;
      }
    }
    const lists: Posting[] = [];
    for (const key of keys) {
      const posting = this.postings.get(key);
      if (!posting) return EMPTY;
      lists.push(posting);
    }
    lists.sort((a, b) => a.length - b.length);
    const first = lists[0] as Posting;
    let result = first.docs.subarray(0, first.length);
    for (let l = 1; l < lists.length && result.length > 0; l++) result = intersect(result, lists[l] as Posting);
    return result;
  }

  // ================================================================ ranking

  private rank(hits: Int32Array, tiers: Uint8Array): string[] {
    const found = hits.length;
    if (found === 0) return [];
    // Few hits: sort them. Many (or the order is fresh anyway): walk the order of all records once.
    if (this.order === null && found * Math.log2(found + 1) * 8 < this.live) {
      const byTier = Array.from(hits.keys());
      byTier.sort((a, b) => (tiers[a] as number) - (tiers[b] as number) || this.byYearThenId(hits[a] as number, hits[b] as number));
      return byTier.map((index) => this.ids[hits[index] as number] as string);
    }
    const order = this.ensureOrder();
    const out = new Array<string>(found);
    if (found * 16 < this.live) {
      // Sort numbers, not objects: tier * live + rank.
      const keys = new Float64Array(found);
      for (let i = 0; i < found; i++) keys[i] = (tiers[i] as number) * this.live + (this.rankOf[hits[i] as number] as number);
      keys.sort();
      for (let i = 0; i < found; i++) out[i] = this.ids[order[(keys[i] as number) % this.live] as number] as string;
      return out;
    }
    const mark = this.scratch;
    const starts = new Int32Array(TIERS + 1);
    for (let i = 0; i < found; i++) {
      mark[hits[i] as number] = (tiers[i] as number) + 1;
      const slot = (tiers[i] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
    for (let t = 1; t <= TIERS; t++) starts[t] = (starts[t] as number) + (starts[t - 1] as number);
    for (let r = 0; r < order.length; r++) {
      const n = order[r] as number;
      const tier = mark[n] as number;
      if (tier !== 0) {
        out[starts[tier - 1] as number] = this.ids[n] as string;
        starts[tier - 1] = (starts[tier - 1] as number) + 1;
        mark[n] = 0;
      }
    }
    return out;
  }

  private rankByYear(records: readonly number[]): string[] {
    return records
      .filter((n) => this.alive[n] === 1)
      .sort((a, b) => this.byYearThenId(a, b))
      .map((n) => this.ids[n] as string);
  }

  private byYearThenId(a: number, b: number): number {
    const ids = this.ids;
    return (this.years[b] as number) - (this.years[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1);
  }

  private ensureOrder(): Int32Array {
    if (this.order !== null) return this.order;
    const order = new Int32Array(this.live);
    let r = 0;
    for (let n = 0; n < this.count; n++) if (this.alive[n] === 1) order[r++] = n;
    // Typed-array sort with a comparator is slower than sorting an array of small integers.
    const sorted = Array.from(order).sort((a, b) => this.byYearThenId(a, b));
    order.set(sorted);
    if (this.rankOf.length < this.count) this.rankOf = new Int32Array(this.alive.length);
    for (let i = 0; i < order.length; i++) this.rankOf[order[i] as number] = i;
    if (this.scratch.length < this.alive.length) this.scratch = new Uint8Array(this.alive.length);
    this.order = order;
    return order;
  }

  // ================================================================ the plain scan's view of a record

  private parts(n: number): { text: string; field: SearchField; tier: number }[] {
    const [title = '', volume = '', series = '', reading = '', author = '', authorReading = '', publisher = ''] = (this.texts[n] as string).split(SEP);
    return [
      { text: title, field: 'title', tier: IN_TITLE },
      { text: volume, field: 'title', tier: IN_TITLE },
      { text: series, field: 'title', tier: IN_TITLE },
      { text: reading, field: 'title', tier: IN_READING },
      { text: author, field: 'author', tier: IN_AUTHOR },
      { text: authorReading, field: 'author', tier: IN_AUTHOR },
      { text: publisher, field: 'publisher', tier: IN_PUBLISHER },
    ];
  }
}

function dedupe(part: string, earlier: string): string {
  return part === earlier ? '' : part;
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(2, capacity));
  bigger.set(array);
  return bigger;
}

/** Ascending numbers in both; gallops through the longer list when the candidates are few. */
function intersect(candidates: Int32Array, posting: Posting): Int32Array {
  const docs = posting.docs;
  const length = posting.length;
  const out = new Int32Array(candidates.length);
  let found = 0;
  if (candidates.length * 16 < length) {
    let low = 0;
    for (let c = 0; c < candidates.length; c++) {
      const want = candidates[c] as number;
      // Exponential then binary search from the last position.
      let step = 1;
      let high = low;
      while (high < length && (docs[high] as number) < want) {
        low = high + 1;
        high += step;
        step *= 2;
      }
      if (high > length) high = length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((docs[mid] as number) < want) low = mid + 1;
        else high = mid;
      }
      if (low < length && docs[low] === want) out[found++] = want;
    }
  } else {
    let i = 0;
    let j = 0;
    while (i < candidates.length && j < length) {
      const a = candidates[i] as number;
      const b = docs[j] as number;
      if (a === b) {
        out[found++] = a;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
  }
  return out.subarray(0, found);
}
