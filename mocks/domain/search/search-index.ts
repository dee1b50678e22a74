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
//    substring check, which also tells which field matched, for the ranking — unless the postings
//    alone prove it: a term's inner characters (all but its first and last) that each occur once in
//    the record pin its bigrams next to each other, so the term occurs there, once, in the part of
//    those characters. Each posting entry says whether its key occurs once in its record, and broad
//    queries (新装版, 筑摩書房: a quarter of a million hits among a million records) are answered from
//    the postings without reading a record.
//  - A query of one term of one or two characters is its own key: its posting is exactly the records
//    that contain it, and each entry carries which parts of the record hold the key (and whether the
//    title begins with it), so such queries — the ones with the most hits (林, 書店) — are answered
//    from the posting alone, without reading a record.
//  - Hits are ranked: exact title, title prefix, title substring, title reading, author, publisher;
//    ties by newer year, then by id. `scan` gives the same ids in the same order by a plain loop over
//    the same normalised records: it is the reference for tests and the benchmark.
//
// A record is stored as one normalised string, its parts joined by SEP, a character no term can
// contain (normalizeText drops control characters), so no term matches across parts:
//   title SEP volumeLabel SEP seriesTitle SEP titleReading SEP author SEP authorReading SEP publisher
// The parts come in the order of the ranking, so the first occurrence of a term is its best field.
// Bigrams are taken within a part, never across SEP.
//
// Ranking many hits by year and id would cost a sort per query; instead the live records are put in
// that order once (when the index is prepared, or a search first needs it) and each record's place is kept, so hits are ranked
// by their places. Removing a record keeps the order valid; records added later are merged into it.

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
const SEP_UNIT = 1;

/** Ranking tiers, best first. */
const EXACT = 0;
const PREFIX = 1;
const IN_TITLE = 2;
const IN_READING = 3;
const IN_AUTHOR = 4;
const IN_PUBLISHER = 5;
const TIERS = 6;
/** Not a tier: what confirming a candidate may answer besides one. */
const NO_HIT = -1;
const UNDECIDED = -2;

/** Per record, four offsets into its text (stride META). */
const META = 4;
const TITLE_LENGTH = 0;
const READING_START = 1;
const AUTHOR_START = 2;
const PUBLISHER_START = 3;

// A posting entry is record number << MASK_BITS | the parts the key occurs in, so that one typed
// array per key serves both the intersection and the answers of one-key queries.
const TITLE_BIT = 1;
const READING_BIT = 2;
const AUTHOR_BIT = 4;
const PUBLISHER_BIT = 8;
const AT_TITLE_START = 16;
/** The key occurs once in the record (a unigram: that character; a bigram: that pair). */
const ONCE = 32;
const MASK_BITS = 6;
/** Entries must stay positive Int32s. */
const MAX_RECORDS = 1 << (31 - MASK_BITS);
/** The bit of each part of a record's text, in the order of the parts. */
const PART_BITS = [TITLE_BIT, TITLE_BIT, TITLE_BIT, READING_BIT, AUTHOR_BIT, AUTHOR_BIT, PUBLISHER_BIT];
const FIELD_BITS: Readonly<Record<SearchField, number>> = {
  any: TITLE_BIT | READING_BIT | AUTHOR_BIT | PUBLISHER_BIT,
  title: TITLE_BIT | READING_BIT,
  author: AUTHOR_BIT,
  publisher: PUBLISHER_BIT,
};
/** Whether a title that starts with the query ranks it EXACT or PREFIX: the title is among the parts searched. */
const TITLE_COUNTS: Readonly<Record<SearchField, boolean>> = { any: true, title: true, author: false, publisher: false };
/** The tier of the best part among part bits. */
const TIER_OF_BITS = Uint8Array.from({ length: 16 }, (_, bits) =>
  bits & TITLE_BIT ? IN_TITLE : bits & READING_BIT ? IN_READING : bits & AUTHOR_BIT ? IN_AUTHOR : IN_PUBLISHER,
);

/** The parts of a record's text, in order, as the scan reads them. */
const SCAN_PARTS: readonly { index: number; field: SearchField; tier: number }[] = [
  { index: 0, field: 'title', tier: IN_TITLE }, // title
  { index: 1, field: 'title', tier: IN_TITLE }, // volume label
  { index: 2, field: 'title', tier: IN_TITLE }, // series title
  { index: 3, field: 'title', tier: IN_READING },
  { index: 4, field: 'author', tier: IN_AUTHOR },
  { index: 5, field: 'author', tier: IN_AUTHOR }, // author's reading
  { index: 6, field: 'publisher', tier: IN_PUBLISHER },
];

/** Postings of one key: entries in ascending record number. */
interface Posting {
  docs: Int32Array;
  length: number;
}

const EMPTY = new Int32Array(0);

/** Live records that match a query (record numbers), each with its tier. */
interface Found {
  hits: Int32Array;
  tiers: Uint8Array;
}

const NOTHING: Found = { hits: EMPTY, tiers: new Uint8Array(0) };

/** A term's witnesses in the postings: its own key (one or two characters), or its inner characters and its first pair. */
interface Witnesses {
  key: Cursor | null;
  inner: Cursor[];
  start: Cursor | null;
}

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
  /** Record numbers by id; dropped once the index is prepared (a million entries weigh 50 MB), made again by the next add or remove. */
  private byId: Map<string, number> | null = new Map();
  private byIsbn = new Map<string, number[]>();

  // ---- postings: unigrams by character number, bigrams by bigramKey
  private charNumber = new Int32Array(0x10000);
  private characters = 0;
  private unigrams: (Posting | undefined)[] = [];
  private bigrams = new Map<number, Posting>();
  /** Record numbers in postings that are no longer alive; postings are purged when they pile up. */
  private dead = 0;

  // ---- ranking: records by newer year, then id (may hold dead ones), built when first needed
  private order: Int32Array | null = null;
  /** Records added since the order was built, to be merged into it. */
  private pending: number[] = [];
  private rankOf = new Int32Array(0);
  private idsByRank: string[] = [];
  /** One bit per place in the order, per tier; all zero between searches. */
  private rankBits = new Int32Array(0);

  /** With documents, the index is built and prepared (see `prepare`): its first search waits for nothing. */
  constructor(documents?: Iterable<SearchDocument>) {
    if (!documents) return;
    for (const doc of documents) this.add(doc);
    this.prepare();
  }

  get size(): number {
    return this.live;
  }

  /** Adds a record; a record with the same id is replaced. */
  add(doc: SearchDocument): void {
    const byId = this.recordsById();
    if (byId.has(doc.id)) this.remove(doc.id);
    if (this.count >= MAX_RECORDS) throw new Error(`A search index holds at most ${MAX_RECORDS} additions`);
    const title = normalizeText(doc.title);
    const volume = doc.volumeLabel === null ? '' : normalizeText(doc.volumeLabel);
    // Parts equal to an earlier part add nothing (series volumes repeat the title; all-kana titles
    // are their own reading).
    const series = dedupe(doc.seriesTitle === null ? '' : normalizeText(doc.seriesTitle), title);
    const reading = dedupe(normalizeText(doc.titleReading), title);
    const author = normalizeText(doc.author);
    const authorReading = dedupe(normalizeText(doc.authorReading), author);
    const publisher = normalizeText(doc.publisher);
    const readingStart = title.length + volume.length + series.length + 3;
    const authorStart = readingStart + reading.length + 1;
    const publisherStart = authorStart + author.length + 1 + authorReading.length + 1;
    // join gives one flat string; `+` would give a rope that every later search walks through.
    const text = [title, volume, series, reading, author, authorReading, publisher].join(SEP);

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
    byId.set(doc.id, n);
    if (isbn !== null) {
      const list = this.byIsbn.get(isbn);
      if (list) list.push(n);
      else this.byIsbn.set(isbn, [n]);
    }
    this.indexText(n, text);
    if (this.order !== null) this.pending.push(n);
  }

  remove(id: string): void {
    const byId = this.recordsById();
    const n = byId.get(id);
    if (n === undefined) return;
    byId.delete(id);
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
    if (++this.dead > Math.max(1024, this.live)) this.purge();
  }

  /**
   * Puts the index in the shape it answers from, so that the first search pays for none of it: the
   * records sorted into ranking order, every posting trimmed to its length (they grow by doubling
   * while records are added), and the map of ids let go.
   */
  prepare(): void {
    this.ensureOrder();
    const trim = (posting: Posting) => {
      if (posting.docs.length > posting.length) posting.docs = posting.docs.slice(0, posting.length);
    };
    for (const posting of this.unigrams) if (posting) trim(posting);
    for (const posting of this.bigrams.values()) trim(posting);
    this.byId = null;
  }

  /** Every hit, ranked. */
  search(query: string, options: SearchOptions = {}): string[] {
    const { hits, tiers } = this.find(query, options.field ?? 'any');
    return this.rank(hits, tiers);
  }

  /**
   * One page of what `search` answers, and how many hits there are in all: the hits are counted,
   * but only the page's ones are ranked (a bounded heap), so a broad query (の: half a million hits
   * among a million records) costs what finding its hits costs.
   */
  searchPage(query: string, options: SearchOptions & { offset: number; limit: number }): { ids: string[]; total: number } {
    const { hits, tiers } = this.find(query, options.field ?? 'any');
    return { ids: this.rankTop(hits, tiers, options.offset + options.limit).slice(options.offset), total: hits.length };
  }

  /** The live records that match, each with its tier. */
  private find(query: string, field: SearchField): Found {
    const isbn = normalizeIsbn(query);
    if (isbn !== null) {
      const records = (this.byIsbn.get(isbn) ?? []).filter((n) => this.alive[n] === 1);
      return { hits: Int32Array.from(records), tiers: new Uint8Array(records.length).fill(EXACT) };
    }
    const terms = splitQueryTerms(query);
    if (terms.length === 0) return NOTHING;
    const only = terms[0] as string;
    if (terms.length === 1 && only.length <= 2) return this.findKey(only, field);
    const candidates = this.candidates(terms);
    if (candidates.length === 0) return NOTHING;

    const whole = terms.join('');
    const witnesses = terms.map((term, t) => this.witnessesOf(term, t === 0 && TITLE_COUNTS[field]));
    const hits = new Int32Array(candidates.length);
    const tiers = new Uint8Array(candidates.length);
    let found = 0;
    const { alive } = this;
    for (let c = 0; c < candidates.length; c++) {
      const n = candidates[c] as number;
      if (alive[n] === 0) continue;
      let tier = this.tierByPostings(n, witnesses, terms.length === 1 ? whole.length : -1, field);
      if (tier === UNDECIDED) tier = this.tierByText(n, terms, whole, field);
      if (tier === NO_HIT) continue;
      hits[found] = n;
      tiers[found] = tier;
      found++;
    }
    return { hits: hits.subarray(0, found), tiers: tiers.subarray(0, found) };
  }

  /**
   * The reference answer, for tests and the benchmark: every live record split into its parts and
   * each term looked for in each allowed part — no postings, no part bits, no ranking order.
   */
  scan(query: string, options: SearchOptions = {}): string[] {
    const isbn = normalizeIsbn(query);
    const field = options.field ?? 'any';
    const terms = splitQueryTerms(query);
    const whole = terms.join('');
    const titleCounts = field === 'any' || field === 'title';
    const allowed = SCAN_PARTS.filter((part) => field === 'any' || part.field === field);
    const found: { n: number; tier: number }[] = [];
    records: for (let n = 0; n < this.count; n++) {
      if (this.alive[n] === 0) continue;
      if (isbn !== null) {
        if (this.isbnOf[n] === isbn) found.push({ n, tier: EXACT });
        continue;
      }
      if (terms.length === 0) break;
      const parts = (this.texts[n] as string).split(SEP);
      // The record's tier: the worst of its terms' best parts.
      let tier = IN_TITLE;
      for (const term of terms) {
        let best = TIERS;
        for (const part of allowed) if ((parts[part.index] as string).includes(term)) best = Math.min(best, part.tier);
        if (best === TIERS) continue records;
        tier = Math.max(tier, best);
      }
      const title = parts[0] as string;
      if (titleCounts && title === whole) tier = EXACT;
      else if (titleCounts && title.startsWith(whole)) tier = PREFIX;
      found.push({ n, tier });
    }
    found.sort((a, b) => a.tier - b.tier || this.byYearThenId(a.n, b.n));
    return found.map(({ n }) => this.ids[n] as string);
  }

  // ================================================================ indexing

  private recordsById(): Map<string, number> {
    if (this.byId === null) {
      this.byId = new Map();
      for (let n = 0; n < this.count; n++) if (this.alive[n] === 1) this.byId.set(this.ids[n] as string, n);
    }
    return this.byId;
  }

  private reserve(records: number): void {
    if (records <= this.alive.length) return;
    const capacity = Math.max(1024, this.alive.length * 2);
    this.meta = grow(this.meta, capacity * META);
    this.years = grow(this.years, capacity);
    this.alive = grow(this.alive, capacity);
  }

  private indexText(n: number, text: string): void {
    let part = 0;
    let bit = PART_BITS[0] as number;
    let previous = 0; // character number of the previous character in the same part, 0 at a part's start
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === SEP_UNIT) {
        bit = PART_BITS[++part] as number;
        previous = 0;
        continue;
      }
      let char = this.charNumber[unit] as number;
      if (char === 0) this.charNumber[unit] = char = ++this.characters;
      // The title is the first part: position 0 starts it, and a bigram ending at 1 starts at 0.
      let unigram = this.unigrams[char];
      if (!unigram) this.unigrams[char] = unigram = newPosting();
      post(unigram, n, i === 0 ? bit | AT_TITLE_START : bit);
      if (previous !== 0) {
        const key = bigramKey(previous, char);
        let bigram = this.bigrams.get(key);
        if (!bigram) this.bigrams.set(key, (bigram = newPosting()));
        post(bigram, n, i === 1 ? bit | AT_TITLE_START : bit);
      }
      previous = char;
    }
  }

  /** Drops dead record numbers from every posting. */
  private purge(): void {
    const { alive } = this;
    const compact = (posting: Posting): number => {
      let kept = 0;
      for (let i = 0; i < posting.length; i++) {
        const entry = posting.docs[i] as number;
        if (alive[entry >> MASK_BITS] === 1) posting.docs[kept++] = entry;
      }
      posting.length = kept;
      return kept;
    };
    for (let char = 1; char < this.unigrams.length; char++) {
      const posting = this.unigrams[char];
      if (posting && compact(posting) === 0) this.unigrams[char] = undefined;
    }
    for (const [key, posting] of this.bigrams) if (compact(posting) === 0) this.bigrams.delete(key);
    this.dead = 0;
  }

  // ================================================================ candidates

  /** The posting of a term of one or two characters, which holds exactly the records containing it. */
  private postingOf(term: string): Posting | undefined {
    const first = this.charNumber[term.charCodeAt(0)] as number;
    if (first === 0) return undefined;
    if (term.length === 1) return this.unigrams[first];
    const second = this.charNumber[term.charCodeAt(1)] as number;
    return second === 0 ? undefined : this.bigrams.get(bigramKey(first, second));
  }

  /** A one-term query of one or two characters, answered from its posting's part bits. */
  private findKey(term: string, field: SearchField): Found {
    const posting = this.postingOf(term);
    if (!posting) return NOTHING;
    const allowed = FIELD_BITS[field];
    const titleCounts = TITLE_COUNTS[field];
    const { docs, length } = posting;
    const { alive, meta } = this;
    const hits = new Int32Array(length);
    const tiers = new Uint8Array(length);
    let found = 0;
    for (let i = 0; i < length; i++) {
      const entry = docs[i] as number;
      const n = entry >> MASK_BITS;
      const bits = entry & allowed;
      if (bits === 0 || alive[n] === 0) continue;
      hits[found] = n;
      tiers[found] =
        titleCounts && (entry & AT_TITLE_START) !== 0
          ? meta[n * META + TITLE_LENGTH] === term.length
            ? EXACT
            : PREFIX
          : (TIER_OF_BITS[bits] as number);
      found++;
    }
    return { hits: hits.subarray(0, found), tiers: tiers.subarray(0, found) };
  }

  /** Ascending record numbers that contain every bigram (unigram for one-character terms) of the terms. */
  private candidates(terms: readonly string[]): Int32Array {
    const lists = new Set<Posting>();
    for (const term of terms) {
      if (term.length === 1) {
        const posting = this.postingOf(term);
        if (!posting) return EMPTY;
        lists.add(posting);
        continue;
      }
      for (let i = 0; i + 1 < term.length; i++) {
        const posting = this.postingOf(term.slice(i, i + 2));
        if (!posting) return EMPTY;
        lists.add(posting);
      }
    }
    const sorted = [...lists].sort((a, b) => a.length - b.length);
    const first = sorted[0] as Posting;
    let result: Int32Array = new Int32Array(first.length);
    for (let i = 0; i < first.length; i++) result[i] = (first.docs[i] as number) >> MASK_BITS;
    for (let l = 1; l < sorted.length && result.length > 0; l++) result = intersect(result, sorted[l] as Posting);
    return result;
  }

  /** What tells, from the postings alone, whether and where a term occurs in a candidate (see the top of the file). */
  private witnessesOf(term: string, wantsStart: boolean): Witnesses {
    if (term.length <= 2) return { key: new Cursor(this.postingOf(term) as Posting), inner: [], start: null };
    const inner: Cursor[] = [];
    for (let i = 1; i + 1 < term.length; i++) inner.push(new Cursor(this.postingOf(term[i] as string) as Posting));
    return { key: null, inner, start: wantsStart ? new Cursor(this.postingOf(term.slice(0, 2)) as Posting) : null };
  }

  /**
   * A candidate's tier from the postings: the worst of its terms' best parts, then EXACT or PREFIX
   * when a one-term query starts the title. UNDECIDED when an inner character of a term occurs more
   * than once in the record, or a query of several terms starts the title: then the text decides.
   */
  private tierByPostings(n: number, witnesses: readonly Witnesses[], wholeLength: number, field: SearchField): number {
    const allowed = FIELD_BITS[field];
    let worst = IN_TITLE;
    let atStart = false;
    for (let t = 0; t < witnesses.length; t++) {
      const { key, inner, start } = witnesses[t] as Witnesses;
      let entry: number;
      if (key !== null) {
        entry = key.entry(n);
        if (t === 0) atStart = (entry & AT_TITLE_START) !== 0;
      } else {
        entry = (inner[0] as Cursor).entry(n);
        if ((entry & ONCE) === 0) return UNDECIDED;
        for (let i = 1; i < inner.length; i++) if (((inner[i] as Cursor).entry(n) & ONCE) === 0) return UNDECIDED;
        if (start !== null) atStart = (start.entry(n) & AT_TITLE_START) !== 0;
      }
      const bits = entry & allowed;
      if (bits === 0) return NO_HIT;
      const tier = TIER_OF_BITS[bits] as number;
      if (tier > worst) worst = tier;
    }
    if (!atStart || !TITLE_COUNTS[field]) return worst;
    if (wholeLength < 0) return UNDECIDED;
    return this.meta[n * META + TITLE_LENGTH] === wholeLength ? EXACT : PREFIX;
  }

  /** A candidate's tier from its text: each term's first occurrence is in its best part. */
  private tierByText(n: number, terms: readonly string[], whole: string, field: SearchField): number {
    const text = this.texts[n] as string;
    const m = n * META;
    const { meta } = this;
    const readingStart = meta[m + READING_START] as number;
    const authorStart = meta[m + AUTHOR_START] as number;
    const publisherStart = meta[m + PUBLISHER_START] as number;
    let from = 0;
    let to = text.length;
    if (field === 'title') to = authorStart - 1;
    else if (field === 'author') {
      from = authorStart;
      to = publisherStart - 1;
    } else if (field === 'publisher') from = publisherStart;
    // The worst of the terms' best parts: the first occurrence of a term is in its best part.
    let worst = IN_TITLE;
    let atStart = false;
    for (let t = 0; t < terms.length; t++) {
      const at = text.indexOf(terms[t] as string, from);
      if (at < 0 || at >= to) return NO_HIT;
      if (t === 0) atStart = at === 0;
      const tier = at < readingStart ? IN_TITLE : at < authorStart ? IN_READING : at < publisherStart ? IN_AUTHOR : IN_PUBLISHER;
      if (tier > worst) worst = tier;
    }
    // The text starts with the whole query only if its first occurrence of the first term is at 0.
    if (atStart && (terms.length === 1 || text.startsWith(whole))) return meta[m + TITLE_LENGTH] === whole.length ? EXACT : PREFIX;
    return worst;
  }

  // ================================================================ ranking

  /** The first `k` of `rank`'s answer: a bounded heap of the best keys (tier, then place in the order) when the hits are many. */
  private rankTop(hits: Int32Array, tiers: Uint8Array, k: number): string[] {
    const found = hits.length;
    if (k <= 0) return [];
    if (k * 16 >= found) return this.rank(hits, tiers).slice(0, k);
    const places = this.ensureOrder().length;
    const { rankOf, idsByRank } = this;
    // A max-heap of the k smallest keys seen: its top is the worst of them.
    const heap = new Int32Array(k);
    let size = 0;
    for (let i = 0; i < found; i++) {
      const key = (tiers[i] as number) * places + (rankOf[hits[i] as number] as number);
      if (size < k) {
        let at = size++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if ((heap[parent] as number) >= key) break;
          heap[at] = heap[parent] as number;
          at = parent;
        }
        heap[at] = key;
      } else if (key < (heap[0] as number)) {
        let at = 0;
        for (;;) {
          let child = 2 * at + 1;
          if (child >= k) break;
          if (child + 1 < k && (heap[child + 1] as number) > (heap[child] as number)) child++;
          if ((heap[child] as number) <= key) break;
          heap[at] = heap[child] as number;
          at = child;
        }
        heap[at] = key;
      }
    }
    return Array.from(heap.subarray(0, size).sort(), (key) => idsByRank[key % places] as string);
  }

  private rank(hits: Int32Array, tiers: Uint8Array): string[] {
    const found = hits.length;
    if (found === 0) return [];
    // Few hits while the order is out of date: sorting them beats bringing the order up to date.
    if ((this.order === null || this.pending.length > 0) && found * Math.log2(found + 1) * 8 < this.live) {
      const byTier = Array.from(hits.keys());
      byTier.sort((a, b) => (tiers[a] as number) - (tiers[b] as number) || this.byYearThenId(hits[a] as number, hits[b] as number));
      return byTier.map((index) => this.ids[hits[index] as number] as string);
    }
    const places = this.ensureOrder().length;
    const { rankOf, idsByRank } = this;
    const out = new Array<string>(found);
    if (found * 64 < places) {
      // Not many hits: sort numbers, tier * places + place.
      const keys = new Int32Array(found);
      for (let i = 0; i < found; i++) keys[i] = (tiers[i] as number) * places + (rankOf[hits[i] as number] as number);
      keys.sort();
      for (let i = 0; i < found; i++) out[i] = idsByRank[(keys[i] as number) % places] as string;
      return out;
    }
    // Many hits: set each hit's bit in its tier's row of places, then read the rows in order.
    const words = (places + 31) >>> 5;
    const bits = this.rankBits;
    let lowest = TIERS;
    let highest = -1;
    for (let i = 0; i < found; i++) {
      const place = rankOf[hits[i] as number] as number;
      const tier = tiers[i] as number;
      const word = tier * words + (place >>> 5);
      bits[word] = (bits[word] as number) | (1 << (place & 31));
      if (tier < lowest) lowest = tier;
      if (tier > highest) highest = tier;
    }
    let o = 0;
    for (let tier = lowest; tier <= highest; tier++) {
      const row = tier * words;
      for (let w = 0; w < words; w++) {
        let word = bits[row + w] as number;
        if (word === 0) continue;
        bits[row + w] = 0;
        const base = w << 5;
        while (word !== 0) {
          const low = word & -word;
          out[o++] = idsByRank[base + 31 - Math.clz32(low)] as string;
          word ^= low;
        }
      }
    }
    return out;
  }

  private byYearThenId(a: number, b: number): number {
    const ids = this.ids;
    const idA = ids[a] as string;
    const idB = ids[b] as string;
    return (this.years[b] as number) - (this.years[a] as number) || (idA < idB ? -1 : idA > idB ? 1 : a - b);
  }

  /** The ranking order, brought up to date: built once, then only merged with added records. */
  private ensureOrder(): Int32Array {
    if (this.order !== null && this.pending.length === 0) return this.order;
    const order = this.order === null ? this.sortLive() : this.mergePending(this.order);
    this.order = order;
    this.pending = [];
    if (this.rankOf.length < this.alive.length) this.rankOf = new Int32Array(this.alive.length);
    const idsByRank = new Array<string>(order.length);
    for (let r = 0; r < order.length; r++) {
      const n = order[r] as number;
      this.rankOf[n] = r;
      idsByRank[r] = this.ids[n] as string;
    }
    this.idsByRank = idsByRank;
    const bitsNeeded = TIERS * ((order.length + 31) >>> 5);
    if (this.rankBits.length < bitsNeeded) this.rankBits = new Int32Array(bitsNeeded);
    return order;
  }

  /**
   * Live records by newer year, then id: a counting sort by year, then each year's records by id —
   * which costs nothing when records were added in id order, as a catalogue's titles usually are.
   */
  private sortLive(): Int32Array {
    const { alive, years, ids } = this;
    const perYear = new Map<number, number>();
    for (let n = 0; n < this.count; n++) if (alive[n] === 1) perYear.set(years[n] as number, (perYear.get(years[n] as number) ?? 0) + 1);
    const next = new Map<number, number>();
    let offset = 0;
    for (const year of [...perYear.keys()].sort((a, b) => b - a)) {
      next.set(year, offset);
      offset += perYear.get(year) as number;
    }
    const order = new Int32Array(offset);
    for (let n = 0; n < this.count; n++) {
      if (alive[n] === 0) continue;
      const at = next.get(years[n] as number) as number;
      order[at] = n;
      next.set(years[n] as number, at + 1);
    }
    const byId = (a: number, b: number) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1);
    for (let start = 0; start < order.length;) {
      const year = years[order[start] as number] as number;
      let end = start + 1;
      let inOrder = true;
      for (; end < order.length && years[order[end] as number] === year; end++) {
        if (inOrder && byId(order[end - 1] as number, order[end] as number) > 0) inOrder = false;
      }
      if (!inOrder) order.set(Array.from(order.subarray(start, end)).sort(byId), start);
      start = end;
    }
    return order;
  }

  /** The order without removed records, merged with the records added since. */
  private mergePending(order: Int32Array): Int32Array {
    const { alive } = this;
    const added = this.pending.filter((n) => alive[n] === 1).sort((a, b) => this.byYearThenId(a, b));
    const merged = new Int32Array(this.live);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < order.length || j < added.length) {
      const kept = i < order.length ? (order[i] as number) : -1;
      if (kept !== -1 && alive[kept] === 0) {
        i++;
        continue;
      }
      if (j < added.length && (kept === -1 || this.byYearThenId(added[j] as number, kept) < 0)) merged[o++] = added[j++] as number;
      else {
        merged[o++] = kept;
        i++;
      }
    }
    return merged;
  }
}

function dedupe(part: string, earlier: string): string {
  return part === earlier ? '' : part;
}

/** Keys of character pairs; small integers (Smis, fast Map keys) while both numbers are below 2^15. */
function bigramKey(first: number, second: number): number {
  return first < 0x8000 && second < 0x8000 ? (first << 15) | second : 0x40000000 + first * 0x10000 + second;
}

function newPosting(): Posting {
  return { docs: new Int32Array(2), length: 0 };
}

function post(posting: Posting, n: number, bits: number): void {
  const last = posting.length - 1;
  // Records are indexed one at a time, so a key met again in the same record is the last entry.
  if (last >= 0 && (posting.docs[last] as number) >> MASK_BITS === n) {
    posting.docs[last] = ((posting.docs[last] as number) | bits) & ~ONCE;
    return;
  }
  if (posting.length === posting.docs.length) posting.docs = grow(posting.docs, posting.length * 2);
  posting.docs[posting.length++] = (n << MASK_BITS) | bits | ONCE;
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(2, capacity));
  bigger.set(array);
  return bigger;
}

/** Ascending record numbers in both; gallops through the longer list when the candidates are few. */
function intersect(candidates: Int32Array, posting: Posting): Int32Array {
  const docs = posting.docs;
  const length = posting.length;
  const out = new Int32Array(candidates.length);
  let found = 0;
  if (candidates.length * 16 < length) {
    let at = 0;
    for (let c = 0; c < candidates.length; c++) {
      const want = candidates[c] as number;
      at = seek(posting, at, want);
      if (at < length && (docs[at] as number) >> MASK_BITS === want) out[found++] = want;
    }
  } else {
    let i = 0;
    let j = 0;
    while (i < candidates.length && j < length) {
      const a = candidates[i] as number;
      const b = (docs[j] as number) >> MASK_BITS;
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

/** The first place at or after `from` whose record is not below `want`: exponential, then binary search. */
function seek(posting: Posting, from: number, want: number): number {
  const { docs, length } = posting;
  let low = from;
  let step = 1;
  let high = low;
  while (high < length && (docs[high] as number) >> MASK_BITS < want) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > length) high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((docs[mid] as number) >> MASK_BITS < want) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Walks a posting for records asked in ascending order, each one the posting holds. */
class Cursor {
  private at = 0;

  constructor(private readonly posting: Posting) {}

  entry(n: number): number {
    this.at = seek(this.posting, this.at, n);
    return this.posting.docs[this.at] as number;
  }
}
