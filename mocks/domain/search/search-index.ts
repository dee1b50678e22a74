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
//    alone prove it. Each character's entry says whether all its occurrences in the record have the
//    same character before them (SAME_LEFT), and whether the same after them (SAME_RIGHT); one that
//    occurs once has both. When the term's inner characters (all but its first and last) are
//    SAME_LEFT up to some point and SAME_RIGHT after it, every occurrence of the term's pair at that
//    point extends to the whole term: leftwards through the SAME_LEFT ones (each is preceded by the
//    one before it in the term, as some occurrence of their pair shows), rightwards through the
//    SAME_RIGHT ones. So the term occurs exactly where that pair does, in the parts its entry names.
//    Broad queries (新装版, 筑摩書房: a quarter of a million hits among a million records; 岩波書,
//    whose 波 occurs twice in 岩波文庫、岩波書店, both times after 岩) are answered from the postings
//    without reading a record.
//  - A query of one term of one or two characters is its own key: its posting is exactly the records
//    that contain it, and each entry carries which parts of the record hold the key (and whether the
//    title begins with it), so such queries — the ones with the most hits (林, 書店) — are answered
//    from the posting alone, without reading a record.
//  - A query with many candidates (its keys dense, or sampled to share one record in 64 or more) is
//    answered 32 records a word (findInWords): the same decisions, taken with word operations on the
//    postings' bit slices (postings.ts), and a page's tiers counted by popcount.
//  - Hits are ranked: exact title, title prefix, title substring, title reading, author, publisher;
//    ties by newer year, then by id. `scan` gives the same ids in the same order by a plain loop over
//    the same normalised records: it is the reference for tests and the benchmark.
//
// A record is stored as its seven normalised parts, each a number in one table of distinct strings
// (authors, publishers, series titles and volume labels repeat across thousands of records):
//   title, volumeLabel, seriesTitle, titleReading, author, authorReading, publisher
// The parts come in the order of the ranking, so the first part that holds a term is its best field.
// Bigrams are taken within a part, never across two, so no term matches across parts. The postings
// are varint-coded (see postings.ts).
//
// Ranking many hits by year and id would cost a sort per query. An index built from a list adds the
// records in ranking order, so that record numbers follow it: hits, which come in ascending record
// number, are then ranked within their tier already, and a counting sort by tier ranks them (a page of
// a broad word reads nothing but its hits' tiers). Once a record comes out of that order, the live
// records are put in ranking order (when the index is prepared, or a search first needs it) and each
// record's place is kept, so hits are ranked by their places. Removing a record keeps either order
// valid; records added later are merged into the kept one.

import { normalizeIsbn, normalizeText, splitQueryTerms } from './normalize';
import {
  AT_TITLE_START,
  CHARACTER_BITS,
  grow,
  loadPostings,
  MAX_RECORDS,
  ONCE,
  PAIR_BITS,
  Posting,
  PostingCursor,
  SAME_LEFT,
  SAME_RIGHT,
  storePostings,
  type StoredPostings,
  wordsFor,
} from './postings';

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

/**
 * A prepared index as plain data: typed arrays (whose buffers `transferables` lists, to hand it from
 * a worker to the page without a copy) and arrays of strings; IndexedDB can keep it as it is.
 */
export interface SearchIndexSnapshot {
  ids: string[];
  strings: string[];
  parts: Int32Array<ArrayBuffer>;
  years: Int32Array<ArrayBuffer>;
  alive: Uint8Array<ArrayBuffer>;
  count: number;
  live: number;
  dead: number;
  inRankOrder: boolean;
  isbnRecords: Int32Array<ArrayBuffer>;
  isbns: string[];
  charNumber: Int32Array<ArrayBuffer>;
  characters: number;
  /** Per posting in `postings`: its character number (unigrams) as a negative number, or its bigram key. */
  keys: Float64Array<ArrayBuffer>;
  postings: StoredPostings;
}

type DensePosting = Posting & { present: Int32Array };

/** Ranking tiers, best first. */
const EXACT = 0;
const PREFIX = 1;
const IN_TITLE = 2;
const IN_READING = 3;
const IN_AUTHOR = 4;
const IN_PUBLISHER = 5;
const TIERS = 6;
/** What `holds` remembers of a string per search: whether it begins with the query, and whether it holds each of its first 7 terms. */
const MEMO_SLOTS = 8;
/** A query whose candidates are, by estimate, one record in WORD_SHARE or more is read a word at a time (findInWords). */
const WORD_SHARE = 64;
/** How many of its shortest posting's records estimatedCandidates looks at. */
const SAMPLE = 128;
/** The most sparse postings a search decodes into bit slices (about a megabyte each at a million records). */
const MAX_DECODED = 12;
/** Not a tier: what confirming a candidate may answer besides one. */
const NO_HIT = -1;
/** The text decides: the title may begin with the query. */
const UNDECIDED = -2;
/** The text decides, but the postings show that the title does not begin with the query. */
const UNDECIDED_INSIDE = -3;

/** Parts of a record (see the top of the file), and the first and last part of each field. */
const PARTS = 7;
const FIELD_PARTS: Readonly<Record<SearchField, readonly [number, number]>> = {
  any: [0, 6],
  title: [0, 3],
  author: [4, 5],
  publisher: [6, 6],
};

// The bits of a posting entry (postings.ts): the parts the key occurs in, AT_TITLE_START, SAME_LEFT and SAME_RIGHT,
// so that one posting per key serves both the intersection and the answers of one-key queries.
const TITLE_BIT = 1;
const READING_BIT = 2;
const AUTHOR_BIT = 4;
const PUBLISHER_BIT = 8;
/** The bit of each part of a record, in the order of the parts. */
const PART_BITS = [TITLE_BIT, TITLE_BIT, TITLE_BIT, READING_BIT, AUTHOR_BIT, AUTHOR_BIT, PUBLISHER_BIT];
const ALL_FIELDS = TITLE_BIT | READING_BIT | AUTHOR_BIT | PUBLISHER_BIT;
const FIELD_BITS: Readonly<Record<SearchField, number>> = {
  any: ALL_FIELDS,
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

/** The tier of each part of a record: title, volume label, series title, reading, author, author's reading, publisher. */
const PART_TIERS = [IN_TITLE, IN_TITLE, IN_TITLE, IN_READING, IN_AUTHOR, IN_AUTHOR, IN_PUBLISHER];

/**
 * A term's witnesses in the postings: its own key (one or two characters), or its inner characters
 * and its pairs, in the term's order (pair i is characters i and i + 1), and its first pair when a
 * title may start with it.
 */
interface Witnesses {
  key: PostingCursor | null;
  inner: PostingCursor[];
  pairs: PostingCursor[];
  start: PostingCursor | null;
}

export class SearchIndex {
  // ---- records, by record number (never reused; a removed record leaves a dead slot)
  private ids: string[] = [];
  /** Per record (stride PARTS), its parts as numbers in `strings`; a removed record's are all ''. */
  private parts = new Int32Array(0);
  private strings: string[] = [''];
  /** Numbers of the strings, while records are added; let go once the index is prepared (later parts are not shared with earlier ones). */
  private stringNumbers: Map<string, number> | null = new Map([['', 0]]);
  private isbnOf = new Map<number, string>();
  private years = new Int32Array(0);
  private alive = new Uint8Array(0);
  private count = 0;
  private live = 0;
  /** Record numbers by id; dropped once the index is prepared (a million entries weigh 50 MB), made again by the next add or remove. */
  private byId: Map<string, number> | null = new Map();
  private byIsbn = new Map<string, number[]>();
  /** Whether record numbers follow the ranking order (newer year, then id): records were added in it. */
  private inRankOrder = true;

  // ---- postings: unigrams by character number, bigrams by bigramKey
  private charNumber = new Int32Array(0x10000);
  private characters = 0;
  private unigrams: (Posting | undefined)[] = [];
  private bigrams = new Map<number, Posting>();
  /** Record numbers in postings that are no longer alive; postings are purged when they pile up. */
  private dead = 0;
  /** Room for indexing one record's characters (indexParts), made on the first add. */
  private seen: Int32Array | null = null;
  private met: number[] = [];

  // ---- ranking: records by newer year, then id (may hold dead ones), built when first needed
  private order: Int32Array | null = null;
  /** Records added since the order was built, to be merged into it. */
  private pending: number[] = [];
  private rankOf = new Int32Array(0);
  private idsByRank: string[] = [];
  /** One bit per place in the order, per tier; all zero between searches. */
  private rankBits = new Int32Array(0);

  // ---- room for one search at a time (searches are synchronous): a broad query's hundreds of
  // thousands of candidates are not new arrays each time, which the garbage collector would pay for
  /** A search's candidates, then (in place) its hits; for a page, only how many per tier and the first of each (keep). */
  private hits = new Int32Array(0);
  /** The hits' tiers. */
  private tiers = new Uint8Array(0);
  /** While a page is searched: how many hits it wants ranked (0: every hit goes to `hits`). */
  private pageSize = 0;
  private tierCounts = new Int32Array(TIERS);
  /** Per tier, its first `pageSize` hits. */
  private tierFirsts = new Int32Array(0);
  /** The intersection of dense postings, a word per 32 records. */
  private words = new Int32Array(0);
  /** Bit slices into which findInWords decodes sparse postings, kept zeroed between searches. */
  private decoded: { present: Int32Array; slices: Int32Array }[] = [];
  /** The search's number (1 to 0x7fff, then again from 1 with `memo` cleared). */
  private searches = 0;
  /** Per string: the search's number (high 16 bits), then two bits per slot (known, holds): the whole query at the start (slot 0), then each term. */
  private memo = new Int32Array(0);

  /** With documents, the index is built and prepared (see `prepare`): its first search waits for nothing. */
  constructor(documents?: Iterable<SearchDocument>) {
    if (!documents) return;
    // The last of a repeated id wins, as when added one by one; then the records go in ranking order.
    const latest = new Map<string, SearchDocument>();
    for (const doc of documents) latest.set(doc.id, doc);
    const inOrder = [...latest.values()].sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    latest.clear();
    for (const doc of inOrder) this.add(doc);
    this.prepare();
  }

  /** The index a snapshot was taken of, answering from the snapshot's arrays in place. */
  static fromSnapshot(snapshot: SearchIndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.ids = snapshot.ids;
    index.strings = snapshot.strings;
    index.parts = snapshot.parts;
    index.years = snapshot.years;
    index.alive = snapshot.alive;
    index.count = snapshot.count;
    index.live = snapshot.live;
    index.dead = snapshot.dead;
    index.inRankOrder = snapshot.inRankOrder;
    snapshot.isbnRecords.forEach((n, i) => {
      const isbn = snapshot.isbns[i] as string;
      index.isbnOf.set(n, isbn);
      const list = index.byIsbn.get(isbn);
      if (list) list.push(n);
      else index.byIsbn.set(isbn, [n]);
    });
    index.charNumber = snapshot.charNumber;
    index.characters = snapshot.characters;
    const postings = loadPostings(snapshot.postings);
    snapshot.keys.forEach((key, p) => {
      if (key < 0) index.unigrams[-key] = postings[p];
      else index.bigrams.set(key, postings[p] as Posting);
    });
    index.byId = null;
    index.stringNumbers = null;
    index.prepare();
    return index;
  }

  /** The index as plain data (see SearchIndexSnapshot), prepared first; the index must not change while the snapshot is in use. */
  snapshot(): SearchIndexSnapshot {
    this.prepare();
    const keys: number[] = [];
    const postings: Posting[] = [];
    this.unigrams.forEach((posting, char) => {
      if (!posting) return;
      keys.push(-char);
      postings.push(posting);
    });
    for (const [key, posting] of this.bigrams) {
      keys.push(key);
      postings.push(posting);
    }
    return {
      ids: this.ids.slice(0, this.count),
      strings: this.strings,
      parts: this.parts.slice(0, this.count * PARTS),
      years: this.years.slice(0, this.count),
      alive: this.alive.slice(0, this.count),
      count: this.count,
      live: this.live,
      dead: this.dead,
      inRankOrder: this.inRankOrder,
      isbnRecords: Int32Array.from(this.isbnOf.keys()),
      isbns: [...this.isbnOf.values()],
      charNumber: this.charNumber.slice(),
      characters: this.characters,
      keys: Float64Array.from(keys),
      postings: storePostings(postings),
    };
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
    const parts = [title, volume, series, reading, author, authorReading, publisher];

    const n = this.count++;
    this.reserve(this.count);
    this.ids[n] = doc.id;
    parts.forEach((part, p) => (this.parts[n * PARTS + p] = this.stringNumber(part)));
    const isbn = doc.isbn === null ? null : normalizeIsbn(doc.isbn);
    if (isbn !== null) this.isbnOf.set(n, isbn);
    this.years[n] = doc.year;
    if (n > 0 && this.byYearThenId(n - 1, n) > 0) this.inRankOrder = false;
    this.alive[n] = 1;
    this.live++;
    byId.set(doc.id, n);
    if (isbn !== null) {
      const list = this.byIsbn.get(isbn);
      if (list) list.push(n);
      else this.byIsbn.set(isbn, [n]);
    }
    this.indexParts(n, parts);
    if (this.order !== null) this.pending.push(n);
  }

  remove(id: string): void {
    const byId = this.recordsById();
    const n = byId.get(id);
    if (n === undefined) return;
    byId.delete(id);
    this.alive[n] = 0;
    this.live--;
    this.parts.fill(0, n * PARTS, (n + 1) * PARTS);
    const isbn = this.isbnOf.get(n);
    if (isbn !== undefined) {
      const rest = (this.byIsbn.get(isbn) ?? []).filter((other) => other !== n);
      if (rest.length > 0) this.byIsbn.set(isbn, rest);
      else this.byIsbn.delete(isbn);
      this.isbnOf.delete(n);
    }
    if (++this.dead > Math.max(1024, this.live)) this.purge();
  }

  /**
   * Puts the index in the shape it answers from, so that the first search pays for none of it: the
   * records sorted into ranking order, every posting trimmed to its length (they grow by doubling
   * while records are added), and the maps of ids and of strings let go.
   */
  prepare(): void {
    if (!this.inRankOrder) this.ensureOrder();
    for (const posting of this.unigrams) posting?.trim(this.count);
    for (const posting of this.bigrams.values()) posting.trim(this.count);
    this.byId = null;
    this.stringNumbers = null;
  }

  /** Every hit, ranked. */
  search(query: string, options: SearchOptions = {}): string[] {
    const found = this.find(query, options.field ?? 'any');
    return this.rank(this.hits.subarray(0, found), this.tiers.subarray(0, found));
  }

  /**
   * One page of what `search` answers, and how many hits there are in all: the hits are counted,
   * but only the page's ones are ranked (a bounded heap), so a broad query (の: half a million hits
   * among a million records) costs what finding its hits costs.
   */
  searchPage(query: string, options: SearchOptions & { offset: number; limit: number }): { ids: string[]; total: number } {
    const wanted = options.offset + options.limit;
    if (this.inRankOrder && wanted > 0) {
      // Hits come in ranking order within their tier: keeping the first `wanted` of each tier is ranking them.
      this.pageSize = wanted;
      this.tierCounts.fill(0);
      if (this.tierFirsts.length < TIERS * wanted) this.tierFirsts = new Int32Array(TIERS * wanted);
      const total = this.find(query, options.field ?? 'any');
      this.pageSize = 0;
      return { ids: this.firstOfTiers(wanted).slice(options.offset), total };
    }
    const found = this.find(query, options.field ?? 'any');
    const ids = this.rankTop(this.hits.subarray(0, found), this.tiers.subarray(0, found), options.offset + options.limit);
    return { ids: ids.slice(options.offset), total: found };
  }

  /** The live records that match, each with its tier: how many, the records and tiers in `hits` and `tiers`. */
  private find(query: string, field: SearchField): number {
    const isbn = normalizeIsbn(query);
    if (isbn !== null) {
      const records = (this.byIsbn.get(isbn) ?? []).filter((n) => this.alive[n] === 1);
      this.room(records.length);
      records.forEach((n, found) => this.keep(n, EXACT, found));
      return records.length;
    }
    const terms = splitQueryTerms(query);
    if (terms.length === 0) return 0;
    if (this.dead === 0) {
      const total = this.findInWords(terms, field);
      if (total >= 0) return total;
    }
    const only = terms[0] as string;
    if (terms.length === 1 && only.length <= 2) return this.findKey(only, field);
    const count = this.candidates(terms);
    if (count === 0) return 0;

    const whole = terms.join('');
    const witnesses = terms.map((term, t) => this.witnessesOf(term, t === 0 && TITLE_COUNTS[field]));
    this.startMemo();
    const { alive, hits } = this;
    let found = 0;
    const partsOf = new Int32Array(terms.length);
    // Hits are written over the candidates, which are read ahead of them.
    for (let c = 0; c < count; c++) {
      const n = hits[c] as number;
      if (alive[n] === 0) continue;
      let tier = this.tierByPostings(n, witnesses, terms.length === 1 ? whole.length : -1, field, partsOf);
      if (tier <= UNDECIDED) tier = this.tierByText(n, terms, whole, field, partsOf, tier === UNDECIDED);
      if (tier === NO_HIT) continue;
      this.keep(n, tier, found++);
    }
    return found;
  }

  /** A new search for `holds`: what it remembers of earlier searches no longer counts. */
  private startMemo(): void {
    this.searches = (this.searches + 1) & 0x7fff;
    if (this.memo.length < this.strings.length) this.memo = new Int32Array(this.strings.length * 2);
    else if (this.searches === 0) this.memo.fill(0);
    if (this.searches === 0) this.searches = 1;
  }

  /**
   * The hits (keep, keepWord) read 32 records a word, when no record is dead and the query's keys are
   * dense, or it has candidates in one record in WORD_SHARE or more, by estimate (then its sparse keys
   * are decoded into bit slices for the search, `decoded`): how many hits, or -1 when the query is
   * left to the candidates one by one. A word of candidates is the AND of the keys' `present` words,
   * and what tierByPostings decides from one candidate's entries is decided for the 32 at once: which
   * records are pinned (their inner characters SAME_LEFT up to an anchor, SAME_RIGHT after it), in
   * which parts their anchor's pair is, so in which tier each one is; for a page, each tier's hits are
   * counted by popcount, and only its first `pageSize` taken one by one. The records the postings leave to the
   * text (not pinned, or whose title may begin with the query) are read one by one (tierByText), in
   * the parts that hold all their term's pairs.
   */
  private findInWords(terms: readonly string[], field: SearchField): number {
    // A query that is one key is read from its posting at once (findKey), but for a page of a dense key.
    const only = terms[0] as string;
    if (terms.length === 1 && only.length <= 2 && (this.pageSize === 0 || this.postingOf(only)?.present == null)) return -1;
    const keys: (Posting | null)[] = [];
    const pairs: Posting[][] = [];
    const inner: Posting[][] = [];
    /** The postings whose `present` words are ANDed: the ones `candidates` intersects. */
    const anded: Posting[] = [];
    for (const term of terms) {
      const termPairs: Posting[] = [];
      const wanted = term.length <= 2 ? [term] : Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
      for (const key of wanted) {
        const posting = this.postingOf(key);
        if (!posting) return 0;
        termPairs.push(posting);
      }
      keys.push(term.length <= 2 ? (termPairs[0] as Posting) : null);
      pairs.push(termPairs);
      inner.push(
        term.length <= 2
          ? []
          : term
              .slice(1, -1)
              .split('')
              .map((char) => this.postingOf(char) as Posting),
      );
      anded.push(...termPairs);
    }
    const sparse = new Set([...anded, ...inner.flat()].filter((posting) => posting.present === null));
    const fewest = Math.min(...anded.map((posting) => posting.length));
    if (sparse.size > 0 && (sparse.size > MAX_DECODED || this.estimatedCandidates(anded) * WORD_SHARE < this.count)) return -1;
    if (this.pageSize === 0) this.room(fewest);
    const words = wordsFor(this.count);
    const views = this.decode(sparse, words);
    const view = (posting: Posting) => views.get(posting) ?? posting;
    try {
      return this.pageInWords(
        keys.map((key) => key && view(key)),
        pairs.map((termPairs) => termPairs.map(view)),
        inner.map((termInner) => termInner.map(view)),
        // Shortest first: a word no record of it holds is left after one read.
        [...anded].sort((a, b) => a.length - b.length).map(view),
        Math.min(words, ...[...anded, ...inner.flat()].map((posting) => (view(posting).present as Int32Array).length)),
        terms,
        field,
      );
    } finally {
      for (const decoded of views.values()) decoded.clearDecoded();
    }
  }

  /**
   * How many records hold all the keys, as the first SAMPLE records of the shortest posting foretell:
   * a query whose keys are each in many records may share few of them (すいせん), and decoding its
   * keys would cost more than stepping over its candidates.
   */
  private estimatedCandidates(anded: readonly Posting[]): number {
    const [shortest, ...others] = [...anded].sort((a, b) => a.length - b.length) as [Posting, ...Posting[]];
    if (shortest.length * WORD_SHARE < this.count) return 0;
    const sample = new PostingCursor(shortest);
    const cursors = others.map((posting) => new PostingCursor(posting));
    let sampled = 0;
    let held = 0;
    while (sampled < SAMPLE && sample.next()) {
      sampled++;
      const n = sample.record;
      let all = 1;
      for (let c = 0; c < cursors.length && all === 1; c++) {
        const cursor = cursors[c] as PostingCursor;
        cursor.seek(n);
        if (cursor.record !== n) all = 0;
      }
      held += all;
    }
    return (held / sampled) * shortest.length;
  }

  /** Each sparse posting as a dense one, in bit slices kept for the purpose (up to MAX_DECODED at a time, zeroed after use). */
  private decode(sparse: ReadonlySet<Posting>, words: number): Map<Posting, Posting> {
    const views = new Map<Posting, Posting>();
    let d = 0;
    for (const posting of sparse) {
      const room = this.decoded[d];
      if (room === undefined || room.present.length < words) {
        this.decoded[d] = { present: new Int32Array(words), slices: new Int32Array(words * CHARACTER_BITS) };
      }
      const { present, slices } = this.decoded[d++] as { present: Int32Array; slices: Int32Array };
      views.set(posting, posting.decodeInto(present, slices));
    }
    return views;
  }

  private pageInWords(
    keys: readonly (Posting | null)[],
    pairs: readonly (readonly Posting[])[],
    inner: readonly (readonly Posting[])[],
    anded: readonly Posting[],
    words: number,
    terms: readonly string[],
    field: SearchField,
  ): number {
    const allowed = FIELD_BITS[field];
    const inTitle = allowed & TITLE_BIT ? -1 : 0;
    const inReading = allowed & READING_BIT ? -1 : 0;
    const inAuthor = allowed & AUTHOR_BIT ? -1 : 0;
    const inPublisher = allowed & PUBLISHER_BIT ? -1 : 0;
    const titleCounts = TITLE_COUNTS[field];
    const whole = terms.join('');
    /** Per term, the records whose parts hold all its pairs: the title, the reading, the author, the publisher. */
    const held = new Int32Array(4 * terms.length);
    const partsOf = new Int32Array(terms.length);
    const byTier = new Int32Array(TIERS);
    let memoStarted = false;
    let total = 0;
    for (let w = 0; w < words; w++) {
      let candidates = -1;
      for (let a = 0; a < anded.length && candidates !== 0; a++) candidates &= ((anded[a] as Posting).present as Int32Array)[w] as number;
      if (candidates === 0) continue;
      // Per term, the pinned records whose term is in the title, the reading, the author, the publisher;
      // across terms, those whose worst term is in the title (upToTitle), the reading or better, …
      let byText = 0;
      let starts = 0;
      let upToTitle = -1;
      let upToReading = -1;
      let upToAuthor = -1;
      let anyPart = -1;
      for (let t = 0; t < terms.length; t++) {
        let title = 0;
        let reading = 0;
        let author = 0;
        let publisher = 0;
        let heldTitle = -1;
        let heldReading = -1;
        let heldAuthor = -1;
        let heldPublisher = -1;
        const key = keys[t] as Posting | null;
        if (key !== null) {
          const slices = key.slices as Int32Array;
          const at = w * key.width;
          title = heldTitle = slices[at] as number;
          reading = heldReading = slices[at + 1] as number;
          author = heldAuthor = slices[at + 2] as number;
          publisher = heldPublisher = slices[at + 3] as number;
          if (t === 0 && titleCounts) starts = slices[at + 4] as number;
        } else {
          const termPairs = pairs[t] as readonly Posting[];
          const termInner = inner[t] as readonly Posting[];
          let left = -1;
          let pinned = -1;
          for (let i = 0; i <= termInner.length; i++) {
            // The records whose anchor is pair i: every inner character before it SAME_LEFT, this one not (or none is left).
            let stop = left;
            if (i < termInner.length) {
              const char = termInner[i] as Posting;
              const slices = char.slices as Int32Array;
              const at = w * char.width;
              const sameLeft = slices[at + 5] as number;
              stop = left & ~sameLeft;
              left &= sameLeft;
              pinned &= left | (slices[at + 6] as number);
            }
            const pair = termPairs[i] as Posting;
            const slices = pair.slices as Int32Array;
            const at = w * pair.width;
            title |= stop & (slices[at] as number);
            reading |= stop & (slices[at + 1] as number);
            author |= stop & (slices[at + 2] as number);
            publisher |= stop & (slices[at + 3] as number);
            heldTitle &= slices[at] as number;
            heldReading &= slices[at + 1] as number;
            heldAuthor &= slices[at + 2] as number;
            heldPublisher &= slices[at + 3] as number;
            if (i === 0 && t === 0 && titleCounts) starts = slices[at + 4] as number;
          }
          byText |= ~pinned;
        }
        held[4 * t] = heldTitle & inTitle;
        held[4 * t + 1] = heldReading & inReading;
        held[4 * t + 2] = heldAuthor & inAuthor;
        held[4 * t + 3] = heldPublisher & inPublisher;
        title &= inTitle;
        reading &= inReading;
        author &= inAuthor;
        publisher &= inPublisher;
        upToTitle &= title;
        upToReading &= title | reading;
        upToAuthor &= title | reading | author;
        anyPart &= title | reading | author | publisher;
      }
      byText = (byText | starts) & candidates;
      const hits = candidates & ~byText & anyPart;
      byTier[IN_TITLE] = hits & upToTitle;
      byTier[IN_READING] = hits & upToReading & ~upToTitle;
      byTier[IN_AUTHOR] = hits & upToAuthor & ~upToReading;
      byTier[IN_PUBLISHER] = hits & ~upToAuthor;
      if (byText !== 0) {
        if (!memoStarted) {
          this.startMemo();
          memoStarted = true;
        }
        for (let word = byText; word !== 0;) {
          const low = word & -word;
          word ^= low;
          const shift = 31 - Math.clz32(low);
          for (let t = 0; t < terms.length; t++) {
            partsOf[t] =
              ((((held[4 * t] as number) >>> shift) & 1) * TITLE_BIT) |
              ((((held[4 * t + 1] as number) >>> shift) & 1) * READING_BIT) |
              ((((held[4 * t + 2] as number) >>> shift) & 1) * AUTHOR_BIT) |
              ((((held[4 * t + 3] as number) >>> shift) & 1) * PUBLISHER_BIT);
          }
          const tier = this.tierByText((w << 5) + shift, terms, whole, field, partsOf, (starts & low) !== 0);
          if (tier !== NO_HIT) byTier[tier] = (byTier[tier] as number) | low;
        }
      }
      total = this.keepWord(w, byTier, byText === 0 ? IN_TITLE : EXACT, total);
    }
    return total;
  }

  /**
   * Keeps the hits among the 32 records of word `w` (findInWords), `byTier` (zeroed after) from tier
   * `from` on, the `found` before them: for a page, each tier's counted and its first taken, else
   * every one with its tier in `hits` and `tiers`, in record order; how many hits there are now.
   */
  private keepWord(w: number, byTier: Int32Array, from: number, found: number): number {
    const { pageSize, tierCounts } = this;
    const base = w << 5;
    if (pageSize === 0) {
      let word = 0;
      for (let tier = from; tier < TIERS; tier++) word |= byTier[tier] as number;
      for (; word !== 0; found++) {
        const low = word & -word;
        word ^= low;
        let tier = from;
        while (((byTier[tier] as number) & low) === 0) tier++;
        this.hits[found] = base + 31 - Math.clz32(low);
        this.tiers[found] = tier;
      }
      byTier.fill(0);
      return found;
    }
    for (let tier = from; tier < TIERS; tier++) {
      const hits = byTier[tier] as number;
      if (hits === 0) continue;
      byTier[tier] = 0;
      const before = tierCounts[tier] as number;
      const count = popcount(hits);
      found += count;
      tierCounts[tier] = before + count;
      let at = tier * pageSize + before;
      const end = tier * pageSize + pageSize;
      for (let word = hits; word !== 0 && at < end; at++) {
        const low = word & -word;
        word ^= low;
        this.tierFirsts[at] = base + 31 - Math.clz32(low);
      }
    }
    return found;
  }

  /**
   * Keeps hit number `found`: in `hits` and `tiers`, or, for a page (`pageSize`), as one more of its
   * tier, and as one of the tier's first `pageSize` if it is.
   */
  private keep(n: number, tier: number, found: number): void {
    const { pageSize } = this;
    if (pageSize === 0) {
      this.hits[found] = n;
      this.tiers[found] = tier;
      return;
    }
    const before = this.tierCounts[tier] as number;
    this.tierCounts[tier] = before + 1;
    if (before < pageSize) this.tierFirsts[tier * pageSize + before] = n;
  }

  /** The ids of the first `wanted` hits a page kept (keep), tier by tier. */
  private firstOfTiers(wanted: number): string[] {
    const ids: string[] = [];
    for (let tier = 0; tier < TIERS && ids.length < wanted; tier++) {
      const take = Math.min(this.tierCounts[tier] as number, wanted - ids.length);
      for (let i = 0; i < take; i++) ids.push(this.ids[this.tierFirsts[tier * wanted + i] as number] as string);
    }
    return ids;
  }

  /** Makes `hits` and `tiers` hold at least `length` entries. */
  private room(length: number): void {
    if (this.hits.length >= length) return;
    const capacity = Math.max(length, this.hits.length * 2);
    this.hits = new Int32Array(capacity);
    this.tiers = new Uint8Array(capacity);
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
    const [firstPart, lastPart] = FIELD_PARTS[field];
    const found: { n: number; tier: number }[] = [];
    records: for (let n = 0; n < this.count; n++) {
      if (this.alive[n] === 0) continue;
      if (isbn !== null) {
        if (this.isbnOf.get(n) === isbn) found.push({ n, tier: EXACT });
        continue;
      }
      if (terms.length === 0) break;
      const part = (p: number) => this.strings[this.parts[n * PARTS + p] as number] as string;
      // The record's tier: the worst of its terms' best parts.
      let tier = IN_TITLE;
      for (const term of terms) {
        let best = TIERS;
        for (let p = firstPart; p <= lastPart; p++) if (part(p).includes(term)) best = Math.min(best, PART_TIERS[p] as number);
        if (best === TIERS) continue records;
        tier = Math.max(tier, best);
      }
      const title = part(0);
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

  /** The number of a part's string in `strings`, the same for equal strings while the index is built. */
  private stringNumber(part: string): number {
    if (part === '') return 0;
    const known = this.stringNumbers?.get(part);
    if (known !== undefined) return known;
    this.strings.push(part);
    this.stringNumbers?.set(part, this.strings.length - 1);
    return this.strings.length - 1;
  }

  private reserve(records: number): void {
    if (records <= this.alive.length) return;
    const capacity = Math.max(1024, this.alive.length * 2);
    this.parts = grow(this.parts, capacity * PARTS);
    this.years = grow(this.years, capacity);
    this.alive = grow(this.alive, capacity);
  }

  private indexParts(n: number, parts: readonly string[]): void {
    // Per character met in the record (stride 4): the record's number + 1, its entry, its first left and right neighbours.
    const seen = (this.seen ??= new Int32Array(4 * 0x10001));
    const met = this.met;
    met.length = 0;
    for (let part = 0; part < PARTS; part++) {
      const text = parts[part] as string;
      const bit = PART_BITS[part] as number;
      let previous = 0; // character number of the previous character, 0 at the part's start
      let char = text.length === 0 ? 0 : this.charOf(text.charCodeAt(0));
      for (let i = 0; i < text.length; i++) {
        const next = i + 1 < text.length ? this.charOf(text.charCodeAt(i + 1)) : 0;
        // The title is the first part: its position 0 starts it, and a bigram ending at 1 starts at 0.
        // A character met again keeps SAME_LEFT and SAME_RIGHT only while its neighbours are the first ones.
        const at = 4 * char;
        const entry = bit | (part === 0 && i === 0 ? AT_TITLE_START : 0);
        if (seen[at] !== n + 1) {
          seen[at] = n + 1;
          seen[at + 1] = entry | ONCE;
          seen[at + 2] = previous;
          seen[at + 3] = next;
          met.push(char);
        } else {
          let flags = (seen[at + 1] as number) | entry;
          if (seen[at + 2] !== previous) flags &= ~SAME_LEFT;
          if (seen[at + 3] !== next) flags &= ~SAME_RIGHT;
          seen[at + 1] = flags;
        }
        if (previous !== 0) {
          const key = bigramKey(previous, char);
          let bigram = this.bigrams.get(key);
          if (!bigram) this.bigrams.set(key, (bigram = new Posting(PAIR_BITS)));
          bigram.add(n, bit | (part === 0 && i === 1 ? AT_TITLE_START : 0));
        }
        previous = char;
        char = next;
      }
    }
    for (const char of met) {
      let unigram = this.unigrams[char];
      if (!unigram) this.unigrams[char] = unigram = new Posting();
      unigram.add(n, seen[4 * char + 1] as number);
    }
  }

  private charOf(unit: number): number {
    let char = this.charNumber[unit] as number;
    if (char === 0) this.charNumber[unit] = char = ++this.characters;
    return char;
  }

  /** Drops dead record numbers from every posting. */
  private purge(): void {
    const { alive } = this;
    /** The posting without its dead records, or undefined when none is left. */
    const compact = (posting: Posting): Posting | undefined => {
      const kept = new Posting(posting.width);
      const cursor = new PostingCursor(posting);
      while (cursor.next()) if (alive[cursor.record] === 1) kept.add(cursor.record, cursor.bits);
      kept.trim(this.count);
      return kept.length === 0 ? undefined : kept;
    };
    for (let char = 1; char < this.unigrams.length; char++) {
      const posting = this.unigrams[char];
      if (posting) this.unigrams[char] = compact(posting);
    }
    for (const [key, posting] of this.bigrams) {
      const kept = compact(posting);
      if (kept) this.bigrams.set(key, kept);
      else this.bigrams.delete(key);
    }
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
  private findKey(term: string, field: SearchField): number {
    const posting = this.postingOf(term);
    if (!posting) return 0;
    const allowed = FIELD_BITS[field];
    const titleCounts = TITLE_COUNTS[field];
    this.room(posting.length);
    const { alive, hits, tiers } = this;
    // Read in place: each hit's entry bits become its tier (keep writes a hit over its own entry, or
    // not at all for a page).
    posting.readAll(hits, tiers);
    let found = 0;
    for (let i = 0; i < posting.length; i++) {
      const n = hits[i] as number;
      const entry = tiers[i] as number;
      const bits = entry & allowed;
      if (bits === 0 || alive[n] === 0) continue;
      this.keep(
        n,
        titleCounts && (entry & AT_TITLE_START) !== 0
          ? this.titleLength(n) === term.length
            ? EXACT
            : PREFIX
          : (TIER_OF_BITS[bits] as number),
        found++,
      );
    }
    return found;
  }

  /**
   * The records that contain every bigram (unigram for one-character terms) of the terms, ascending,
   * into `hits`: how many. When the shortest posting is dense, the dense postings are intersected a
   * word (32 records) at a time, and only the records left are stepped over.
   */
  private candidates(terms: readonly string[]): number {
    const lists = new Set<Posting>();
    for (const term of terms) {
      if (term.length === 1) {
        const posting = this.postingOf(term);
        if (!posting) return 0;
        lists.add(posting);
        continue;
      }
      for (let i = 0; i + 1 < term.length; i++) {
        const posting = this.postingOf(term.slice(i, i + 2));
        if (!posting) return 0;
        lists.add(posting);
      }
    }
    const sorted = [...lists].sort((a, b) => a.length - b.length);
    const first = sorted[0] as Posting;
    this.room(first.length);
    let count: number;
    let rest: Posting[];
    if (first.present === null) {
      first.readAll(this.hits, this.tiers);
      count = first.length;
      rest = sorted.slice(1);
    } else {
      count = this.intersectDense(sorted.filter((posting): posting is DensePosting => posting.present !== null));
      rest = sorted.filter((posting) => posting.present === null);
    }
    for (let l = 0; l < rest.length && count > 0; l++) count = intersect(this.hits, count, rest[l] as Posting);
    return count;
  }

  /** The records every one of the dense postings holds, ascending, into `hits` (room for the first's length): how many. */
  private intersectDense(dense: readonly DensePosting[]): number {
    const words = Math.min(...dense.map((posting) => posting.present.length));
    if (this.words.length < words) this.words = new Int32Array(Math.max(words, wordsFor(this.alive.length)));
    const and = this.words;
    and.set((dense[0] as DensePosting).present.subarray(0, words));
    for (let d = 1; d < dense.length; d++) {
      const present = (dense[d] as DensePosting).present;
      for (let w = 0; w < words; w++) and[w] = (and[w] as number) & (present[w] as number);
    }
    const { hits } = this;
    let count = 0;
    for (let w = 0; w < words; w++) {
      let word = and[w] as number;
      const base = w << 5;
      while (word !== 0) {
        const low = word & -word;
        hits[count++] = base + 31 - Math.clz32(low);
        word ^= low;
      }
    }
    return count;
  }

  /** What tells, from the postings alone, whether and where a term occurs in a candidate (see the top of the file). */
  private witnessesOf(term: string, wantsStart: boolean): Witnesses {
    const cursor = (key: string) => new PostingCursor(this.postingOf(key) as Posting);
    if (term.length <= 2) return { key: cursor(term), inner: [], pairs: [], start: null };
    const inner = term.slice(1, -1).split('').map(cursor);
    const pairs = Array.from({ length: term.length - 1 }, (_, i) => cursor(term.slice(i, i + 2)));
    return { key: null, inner, pairs, start: wantsStart ? cursor(term.slice(0, 2)) : null };
  }

  /**
   * A candidate's tier from the postings: the worst of its terms' best parts, then EXACT or PREFIX
   * when a one-term query starts the title. UNDECIDED when the inner characters of a term do not pin
   * it to one of its pairs (see the top of the file), when it starts the title but its inner characters
   * are not all SAME_RIGHT, or when a query of several terms starts the title: then the text decides,
   * looking only in the parts that `partsOf` leaves each term (those holding all its inner characters),
   * and at the title's start only when the postings have its first pair there (UNDECIDED_INSIDE if not).
   */
  private tierByPostings(n: number, witnesses: readonly Witnesses[], wholeLength: number, field: SearchField, partsOf: Int32Array): number {
    const allowed = FIELD_BITS[field];
    let worst = IN_TITLE;
    let atStart = false;
    let undecided = false;
    for (let t = 0; t < witnesses.length; t++) {
      const { key, inner, pairs, start } = witnesses[t] as Witnesses;
      let bits = allowed;
      if (key !== null) {
        const entry = key.bitsOf(n);
        if (t === 0) atStart = (entry & AT_TITLE_START) !== 0;
        bits &= entry;
      } else {
        // The inner characters SAME_LEFT up to `anchor`, SAME_RIGHT after it, pin the term to its
        // pair at `anchor`: the term is in exactly that pair's parts, which are the inner characters'
        // when they share one field. The first character that breaks the pattern leaves it to the
        // text, in the parts that hold every inner character read so far.
        let anchor = 0;
        let pinned = true;
        let allRight = SAME_RIGHT;
        let held = ALL_FIELDS;
        for (let i = 0; i < inner.length; i++) {
          const entry = (inner[i] as PostingCursor).bitsOf(n);
          held &= entry;
          allRight &= entry;
          if (anchor === i && (entry & SAME_LEFT) !== 0) anchor = i + 1;
          else if ((entry & SAME_RIGHT) === 0) {
            pinned = false;
            break;
          }
        }
        if (!pinned) undecided = true;
        bits &= !pinned || (held & (held - 1)) === 0 ? held : (pairs[anchor] as PostingCursor).bitsOf(n);
        if (start !== null && (start.bitsOf(n) & AT_TITLE_START) !== 0) {
          atStart = true;
          // The pair that starts the title is the term's start only if it extends rightwards.
          if (allRight === 0) undecided = true;
        }
      }
      if (bits === 0) return NO_HIT;
      partsOf[t] = bits;
      const tier = TIER_OF_BITS[bits] as number;
      if (tier > worst) worst = tier;
    }
    if (undecided) return atStart ? UNDECIDED : UNDECIDED_INSIDE;
    if (!atStart || !TITLE_COUNTS[field]) return worst;
    if (wholeLength < 0) return UNDECIDED;
    return this.titleLength(n) === wholeLength ? EXACT : PREFIX;
  }

  private titleLength(n: number): number {
    return (this.strings[this.parts[n * PARTS] as number] as string).length;
  }

  /** A candidate's tier from its text, read in the parts `partsOf` leaves each term (tierByPostings); its title's start only if `mayStart`. */
  private tierByText(
    n: number,
    terms: readonly string[],
    whole: string,
    field: SearchField,
    partsOf: Int32Array,
    mayStart: boolean,
  ): number {
    const { parts } = this;
    const base = n * PARTS;
    // The worst of the terms' best parts: the parts come best first.
    let worst = IN_TITLE;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] as string;
      const bits = partsOf[t] as number;
      let p = 0;
      while (p < PARTS && ((bits & (PART_BITS[p] as number)) === 0 || !this.holds(parts[base + p] as number, t + 1, term))) p++;
      if (p === PARTS) return NO_HIT;
      if ((PART_TIERS[p] as number) > worst) worst = PART_TIERS[p] as number;
    }
    const title = parts[base] as number;
    if (mayStart && TITLE_COUNTS[field] && this.holds(title, 0, whole))
      return (this.strings[title] as string).length === whole.length ? EXACT : PREFIX;
    return worst;
  }

  /**
   * Whether string `s` holds `text` (slot 0: begins with it), remembered for the rest of the search:
   * the records a broad query leaves to the text share their authors, publishers and (copies) titles,
   * so each distinct string is read once rather than once per record.
   */
  private holds(s: number, slot: number, text: string): boolean {
    if (slot >= MEMO_SLOTS) return (this.strings[s] as string).includes(text);
    const { memo, searches } = this;
    const stamped = memo[s] as number;
    const value = stamped >>> 16 === searches ? stamped & 0xffff : 0;
    const known = 1 << (2 * slot);
    if ((value & known) !== 0) return (value & (known << 1)) !== 0;
    const string = this.strings[s] as string;
    const holds = slot === 0 ? string.startsWith(text) : string.includes(text);
    memo[s] = (searches << 16) | value | known | (holds ? known << 1 : 0);
    return holds;
  }

  // ================================================================ ranking

  /** The first `k` of `rank`'s answer: a bounded heap of the best keys (tier, then place in the order) when the hits are many. */
  private rankTop(hits: Int32Array, tiers: Uint8Array, k: number): string[] {
    const found = hits.length;
    if (k <= 0) return [];
    if (this.inRankOrder) return this.firstInTierOrder(hits, tiers, k);
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

  /**
   * The first `k` hits ranked, while record numbers follow the ranking order: hits come in ascending
   * record number, so within a tier they are ranked already, and a counting sort by tier ranks them.
   */
  private firstInTierOrder(hits: Int32Array, tiers: Uint8Array, k: number): string[] {
    const starts = new Int32Array(TIERS + 1);
    for (let i = 0; i < tiers.length; i++) {
      const next = (tiers[i] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let tier = 1; tier <= TIERS; tier++) starts[tier] = (starts[tier] as number) + (starts[tier - 1] as number);
    const out = new Array<string>(Math.min(k, hits.length));
    for (let i = 0; i < hits.length; i++) {
      const at = starts[tiers[i] as number] as number;
      starts[tiers[i] as number] = at + 1;
      if (at < k) out[at] = this.ids[hits[i] as number] as string;
    }
    return out;
  }

  private rank(hits: Int32Array, tiers: Uint8Array): string[] {
    const found = hits.length;
    if (found === 0) return [];
    if (this.inRankOrder) return this.firstInTierOrder(hits, tiers, found);
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

/** Keeps, of the first `count` candidates (ascending record numbers), those the posting holds too: how many; seeking skips over what lies between. */
function intersect(candidates: Int32Array, count: number, posting: Posting): number {
  let found = 0;
  const { present } = posting;
  if (present !== null) {
    for (let c = 0; c < count; c++) {
      const want = candidates[c] as number;
      if (((present[want >>> 5] ?? 0) & (1 << (want & 31))) !== 0) candidates[found++] = want;
    }
    return found;
  }
  const cursor = new PostingCursor(posting);
  for (let c = 0; c < count; c++) {
    const want = candidates[c] as number;
    cursor.seek(want);
    if (cursor.record === want) candidates[found++] = want;
  }
  return found;
}

/** The number of bits set in a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The buffers of a snapshot, to transfer it between threads rather than copy it. */
export function transferables(snapshot: SearchIndexSnapshot): ArrayBuffer[] {
  const { parts, years, alive, isbnRecords, charNumber, keys, postings } = snapshot;
  return [parts, years, alive, isbnRecords, charNumber, keys, postings.meta, postings.bytes, postings.skips].map((array) => array.buffer);
}
