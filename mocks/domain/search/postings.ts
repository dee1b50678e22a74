// The postings of one key of the search index: the records (by number, ascending) whose text holds
// the key, each with seven bits saying where (which parts, whether at the start of the title) and,
// for a character, whether all its occurrences in the record share their left neighbour, and whether
// they share their right one (a character that occurs once does both); a pair's postings have no use
// for those two and keep five bits. A million records hold some 55 million entries, so they are kept
// compact: each entry is one varint (7 bits a byte, low bits first) of (the gap from the previous
// record << the posting's bits | its bits), one or two bytes for most entries instead of four. A varint list can only be
// read forwards, so every SKIP entries the posting notes the record before that block and where the
// block starts: a cursor seeking a record far ahead gallops over those notes, then reads at most one
// block. The bits sit in the low bits of an entry's first byte, so an entry's bits can change in place.
//
// A key in a tenth of the records or more (の, 書房, the reading's common kana) is read by almost every
// broad query, and stepping through its varints was most of their time: once the index is built such
// a posting is kept dense instead, as bit slices, 32 records a word: one bit per record saying whether
// it holds the key (`present`), and one word per bit of an entry per 32 records (`slices`), so that
// a broad query reads the entries of 32 records with a few word operations (the index counts a page's
// tiers so, with AND and popcount) and a single record's entry in one word per bit. At a tenth of the
// records a dense record costs at most ten bits per entry; the few such keys (80 among 43,000 at 100k
// records) add about 60 MB at a million.

/** Bits of a character's entry: the parts of the record the key occurs in, and the three below. */
export const CHARACTER_BITS = 7;
/** Bits of a pair's entry: the parts and AT_TITLE_START. */
export const PAIR_BITS = 5;
/** The key begins the title. */
export const AT_TITLE_START = 16;
/** Every occurrence of the key in the record has the same character before it (or none: the start of a part). */
export const SAME_LEFT = 32;
/** Every occurrence of the key in the record has the same character after it (or none: the end of a part). */
export const SAME_RIGHT = 64;
/** The key occurs once in the record: both of the above, which a second occurrence of the key clears. */
export const ONCE = SAME_LEFT | SAME_RIGHT;
/** Record numbers a posting can hold: an entry (gap << bits | bits) must stay a positive Int32. */
export const MAX_RECORDS = (1 << (31 - CHARACTER_BITS)) - 1;

/** A posting holding at least 1/DENSE_SHARE of the records is kept dense. */
const DENSE_SHARE = 10;

/** Entries per block between two skip notes: 2^SKIP_BITS. */
const SKIP_BITS = 6;
const SKIP = 1 << SKIP_BITS;
/** A cursor's record once it has read every entry: above every record number. */
const PAST_THE_END = 0x7fffffff;
const NO_SKIPS = new Int32Array(0);

export class Posting {
  /** What an entry keeps of the bits `add` is given. */
  readonly mask: number;

  /** `width`: how many bits an entry keeps (CHARACTER_BITS or PAIR_BITS). */
  constructor(readonly width: number = CHARACTER_BITS) {
    this.mask = (1 << width) - 1;
  }

  /** Varint entries, `size` bytes of them. */
  bytes = new Uint8Array(4);
  size = 0;
  /** Entries. */
  length = 0;
  /** The record of the last entry, -1 while there is none. */
  last = -1;
  /** Where the last entry starts: a record met again while it is indexed changes that entry's bits. */
  private lastAt = 0;
  /** Per block after the first: the record before it and the byte where it starts (room for more after them while the posting grows). */
  skips: Int32Array = NO_SKIPS;
  /** Once dense (see the top of the file): bit n % 32 of word n / 32 is set when record n holds the key; `bytes` and `skips` are then let go. */
  present: Int32Array | null = null;
  /** With `present`: bit b of record n's entry is bit n % 32 of word (n / 32) * width + b. */
  slices: Int32Array | null = null;

  /**
   * Notes that record `n` (not below the last one) holds the key, with `bits` as they are; a second
   * call for the same record adds its bits and clears ONCE (the key occurs again, its neighbours unknown).
   */
  add(n: number, given: number): void {
    const bits = given & this.mask;
    if (this.present !== null) {
      this.addDense(n, bits);
      return;
    }
    if (n === this.last) {
      this.bytes[this.lastAt] = ((this.bytes[this.lastAt] as number) | bits) & ~(ONCE & this.mask);
      return;
    }
    if (n < this.last) throw new Error(`Postings take records in ascending order: ${n} after ${this.last}`);
    if (this.length > 0 && this.length % SKIP === 0) {
      const at = 2 * ((this.length >> SKIP_BITS) - 1);
      if (at + 2 > this.skips.length) this.skips = grow(this.skips, Math.max(8, this.skips.length * 2));
      this.skips[at] = this.last;
      this.skips[at + 1] = this.size;
    }
    if (this.size + 5 > this.bytes.length) this.bytes = grow(this.bytes, Math.max(this.bytes.length * 2, this.size + 5));
    let value = ((n - this.last) << this.width) | bits;
    this.lastAt = this.size;
    while (value >= 0x80) {
      this.bytes[this.size++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.size++] = value;
    this.last = n;
    this.length++;
  }

  private addDense(n: number, bits: number): void {
    if (n < this.last) throw new Error(`Postings take records in ascending order: ${n} after ${this.last}`);
    let present = this.present as Int32Array;
    if (n >>> 5 >= present.length) {
      const words = Math.max(present.length * 2, (n >>> 5) + 1);
      this.present = present = grow(present, words);
      this.slices = grow(this.slices as Int32Array, words * this.width);
    }
    const slices = this.slices as Int32Array;
    const w = n >>> 5;
    const bit = 1 << (n & 31);
    const at = w * this.width;
    if (n === this.last) {
      // Met again: its bits are added, and ONCE cleared (the key's neighbours are no longer known to be the same).
      const once = ONCE & this.mask;
      for (let b = 0; b < this.width; b++) {
        const flag = 1 << b;
        if ((once & flag) !== 0) slices[at + b] = (slices[at + b] as number) & ~bit;
        else if ((bits & flag) !== 0) slices[at + b] = (slices[at + b] as number) | bit;
      }
      return;
    }
    present[w] = (present[w] as number) | bit;
    for (let b = 0; b < this.width; b++) if ((bits & (1 << b)) !== 0) slices[at + b] = (slices[at + b] as number) | bit;
    this.last = n;
    this.length++;
  }

  /** Every entry at once, into `records` and `bits` (room for `length` each): faster than a cursor's steps. */
  readAll(records: Int32Array, bits: Uint8Array): void {
    if (this.present !== null) {
      this.readAllDense(records, bits);
      return;
    }
    const { bytes, length, width, mask } = this;
    let at = 0;
    let record = -1;
    for (let i = 0; i < length; i++) {
      const value = readVarint(bytes, at);
      at = varintEnd;
      record += value >> width;
      records[i] = record;
      bits[i] = value & mask;
    }
  }

  /** The bits of record `n`'s entry, 0 when the posting does not hold it; dense postings only. */
  denseBits(n: number): number {
    const w = n >>> 5;
    const shift = n & 31;
    if (((((this.present as Int32Array)[w] as number) >>> shift) & 1) === 0) return 0;
    const slices = this.slices as Int32Array;
    const at = w * this.width;
    // Written out for the five bits every entry has, then the two a character's has besides.
    const bits =
      (((slices[at] as number) >>> shift) & 1) |
      ((((slices[at + 1] as number) >>> shift) & 1) << 1) |
      ((((slices[at + 2] as number) >>> shift) & 1) << 2) |
      ((((slices[at + 3] as number) >>> shift) & 1) << 3) |
      ((((slices[at + 4] as number) >>> shift) & 1) << 4);
    if (this.width === PAIR_BITS) return bits;
    return bits | ((((slices[at + 5] as number) >>> shift) & 1) << 5) | ((((slices[at + 6] as number) >>> shift) & 1) << 6);
  }

  /** The records of a dense posting, found a word of `present` at a time, each word's slices read once. */
  private readAllDense(records: Int32Array, bits: Uint8Array): void {
    const { present, slices, width } = this as { present: Int32Array; slices: Int32Array; width: number };
    let i = 0;
    for (let w = 0; w < present.length; w++) {
      let word = present[w] as number;
      if (word === 0) continue;
      const at = w * width;
      const s0 = slices[at] as number;
      const s1 = slices[at + 1] as number;
      const s2 = slices[at + 2] as number;
      const s3 = slices[at + 3] as number;
      const s4 = slices[at + 4] as number;
      const s5 = width === PAIR_BITS ? 0 : (slices[at + 5] as number);
      const s6 = width === PAIR_BITS ? 0 : (slices[at + 6] as number);
      const base = w << 5;
      while (word !== 0) {
        const low = word & -word;
        const k = 31 - Math.clz32(low);
        records[i] = base + k;
        bits[i++] =
          ((s0 >>> k) & 1) |
          (((s1 >>> k) & 1) << 1) |
          (((s2 >>> k) & 1) << 2) |
          (((s3 >>> k) & 1) << 3) |
          (((s4 >>> k) & 1) << 4) |
          (((s5 >>> k) & 1) << 5) |
          (((s6 >>> k) & 1) << 6);
        word ^= low;
      }
    }
  }

  /**
   * This sparse posting as a dense one, for one search, in the bit slices given (zeroed, room for
   * every record): a broad query's sparse keys are so read 32 records a word like its dense ones.
   */
  decodeInto(present: Int32Array, slices: Int32Array): Posting {
    const { bytes, size, width, mask } = this;
    let at = 0;
    let record = -1;
    while (at < size) {
      // readVarint, written out: this loop reads every entry of a broad query's sparse keys.
      let byte = bytes[at++] as number;
      let value = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[at++] as number;
        value |= (byte & 0x7f) << shift;
      }
      record += value >> width;
      const w = record >>> 5;
      const bit = 1 << (record & 31);
      present[w] = (present[w] as number) | bit;
      const base = w * width;
      for (let bits = value & mask; bits !== 0; bits &= bits - 1) {
        const b = base + 31 - Math.clz32(bits & -bits);
        slices[b] = (slices[b] as number) | bit;
      }
    }
    const view = new Posting(width);
    view.present = present;
    view.slices = slices;
    view.length = this.length;
    view.last = this.last;
    return view;
  }

  /** Zeroes the bit slices `decodeInto` wrote (a fill is some 15× faster than zeroing only the words that hold a record). */
  clearDecoded(): void {
    const words = wordsFor(this.last + 1);
    (this.present as Int32Array).fill(0, 0, words);
    (this.slices as Int32Array).fill(0, 0, words * this.width);
  }

  /** Lets go of the room kept for growth; a posting holding a good share of the `records` becomes dense. */
  trim(records: number = this.last + 1): void {
    const words = wordsFor(Math.max(records, this.last + 1));
    if (this.present !== null) {
      if (this.present.length > words) {
        this.present = this.present.slice(0, words);
        this.slices = (this.slices as Int32Array).slice(0, words * this.width);
      }
      return;
    }
    if (this.length > 0 && this.length * DENSE_SHARE >= records) {
      const present = new Int32Array(words);
      const slices = new Int32Array(words * this.width);
      const cursor = new PostingCursor(this);
      while (cursor.next()) {
        const n = cursor.record;
        const bit = 1 << (n & 31);
        const at = (n >>> 5) * this.width;
        present[n >>> 5] = (present[n >>> 5] as number) | bit;
        for (let b = 0; b < this.width; b++) if ((cursor.bits & (1 << b)) !== 0) slices[at + b] = (slices[at + b] as number) | bit;
      }
      this.present = present;
      this.slices = slices;
      this.bytes = new Uint8Array(0);
      this.size = 0;
      this.skips = NO_SKIPS;
      return;
    }
    if (this.bytes.length > this.size) this.bytes = this.bytes.slice(0, this.size);
    const skips = 2 * ((this.length - 1) >> SKIP_BITS);
    if (this.skips.length > skips) this.skips = skips === 0 ? NO_SKIPS : this.skips.slice(0, skips);
  }
}

/**
 * Trimmed postings laid out in three flat arrays, to be handed between threads (their buffers are
 * transferable) and kept in IndexedDB: per posting, META numbers in `meta`; its varint bytes in `bytes`,
 * its skip notes (a dense posting: its `present` words, then its `slices`) in `skips`, one after the other.
 */
export interface StoredPostings {
  meta: Int32Array<ArrayBuffer>;
  bytes: Uint8Array<ArrayBuffer>;
  skips: Int32Array<ArrayBuffer>;
}

/** Per posting in StoredPostings.meta: length, last, varint bytes, skip numbers (or present and slices), 1 when dense, its width. */
const META = 6;

export function storePostings(postings: readonly Posting[]): StoredPostings {
  const meta = new Int32Array(postings.length * META);
  let byteCount = 0;
  let skipCount = 0;
  for (const posting of postings) {
    byteCount += posting.size;
    skipCount += posting.present === null ? posting.skips.length : posting.present.length + (posting.slices as Int32Array).length;
  }
  const bytes = new Uint8Array(byteCount);
  const skips = new Int32Array(skipCount);
  let byteAt = 0;
  let skipAt = 0;
  postings.forEach((posting, p) => {
    const own = posting.bytes.subarray(0, posting.size);
    bytes.set(own, byteAt);
    const start = skipAt;
    for (const notes of posting.present === null ? [posting.skips] : [posting.present, posting.slices as Int32Array]) {
      skips.set(notes, skipAt);
      skipAt += notes.length;
    }
    byteAt += own.length;
    meta.set([posting.length, posting.last, own.length, skipAt - start, posting.present === null ? 0 : 1, posting.width], p * META);
  });
  return { meta, bytes, skips };
}

/** The postings `storePostings` laid out, reading from its arrays in place (a posting that grows copies its own). */
export function loadPostings({ meta, bytes, skips }: StoredPostings): Posting[] {
  const postings: Posting[] = [];
  let byteAt = 0;
  let skipAt = 0;
  for (let at = 0; at < meta.length; at += META) {
    const [length, last, byteLength, skipLength, dense, width] = meta.subarray(at, at + META) as unknown as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const posting = new Posting(width);
    const own = bytes.subarray(byteAt, byteAt + byteLength);
    const notes = skipLength === 0 ? NO_SKIPS : skips.subarray(skipAt, skipAt + skipLength);
    if (dense === 1) {
      const words = skipLength / (width + 1);
      posting.present = notes.subarray(0, words);
      posting.slices = notes.subarray(words);
      posting.bytes = new Uint8Array(0);
    } else {
      posting.bytes = own;
      posting.size = byteLength;
      posting.skips = notes;
    }
    posting.length = length;
    posting.last = last;
    byteAt += byteLength;
    skipAt += skipLength;
    postings.push(posting);
  }
  return postings;
}

/** A copy of the array with room for `capacity` elements. */
export function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/** Words of a bitset of `records` bits. */
export function wordsFor(records: number): number {
  return (records + 31) >>> 5;
}

/** Where the varint that `readVarint` read last ends. */
let varintEnd = 0;

/** The varint at `at` (7 bits a byte, low bits first); where it ends goes to `varintEnd`. */
function readVarint(bytes: Uint8Array, at: number): number {
  let byte = bytes[at++] as number;
  let value = byte & 0x7f;
  for (let shift = 7; byte >= 0x80; shift += 7) {
    byte = bytes[at++] as number;
    value |= (byte & 0x7f) << shift;
  }
  varintEnd = at;
  return value;
}

/** Reads a posting forwards: `record` and `bits` are the current entry's. */
export class PostingCursor {
  record = -1;
  bits = 0;
  /** Byte of the next entry. */
  private at = 0;
  /** Entries read. */
  private read = 0;

  constructor(private readonly posting: Posting) {}

  /** Moves to the next entry; false (and `record` past every record) when there is none. */
  next(): boolean {
    if (this.posting.present !== null) return this.seekDense(this.record + 1);
    if (this.read === this.posting.length) {
      this.record = PAST_THE_END;
      return false;
    }
    const value = readVarint(this.posting.bytes, this.at);
    this.at = varintEnd;
    this.record += value >> this.posting.width;
    this.bits = value & this.posting.mask;
    this.read++;
    return true;
  }

  /** Moves to the first entry whose record is not below `want` (none: `record` is past every record). */
  seek(want: number): void {
    if (this.record >= want) return;
    if (this.posting.present !== null) {
      this.seekDense(want);
      return;
    }
    const { skips, length, bytes, width, mask } = this.posting;
    const notes = (length - 1) >> SKIP_BITS;
    // Block b (b ≥ 1) can be jumped to when the record before it is below `want`: gallop, then halve.
    const current = this.read >> SKIP_BITS;
    let good = current;
    let bad = current + 1;
    for (let step = 1; bad <= notes && (skips[2 * (bad - 1)] as number) < want; step *= 2) {
      good = bad;
      bad += step;
    }
    if (bad > notes + 1) bad = notes + 1;
    while (bad - good > 1) {
      const middle = (good + bad) >>> 1;
      if ((skips[2 * (middle - 1)] as number) < want) good = middle;
      else bad = middle;
    }
    if (good > current) {
      this.record = skips[2 * (good - 1)] as number;
      this.at = skips[2 * (good - 1) + 1] as number;
      this.read = good << SKIP_BITS;
    }
    // The entries between, read in local variables: the usual seek steps over a few of them.
    let { record, at, read } = this;
    let value = this.bits;
    while (record < want) {
      if (read === length) {
        record = PAST_THE_END;
        break;
      }
      value = readVarint(bytes, at);
      at = varintEnd;
      record += value >> width;
      read++;
    }
    this.record = record;
    this.bits = value & mask;
    this.at = at;
    this.read = read;
  }

  /** The bits of record `n`'s entry, for records asked in ascending order, each one the posting holds. */
  bitsOf(n: number): number {
    if (this.posting.present !== null) return this.posting.denseBits(n);
    this.seek(n);
    return this.bits;
  }

  private seekDense(want: number): boolean {
    const present = this.posting.present as Int32Array;
    let w = want >>> 5;
    let word = w < present.length ? ((present[w] as number) >>> (want & 31)) << (want & 31) : 0;
    while (word === 0 && ++w < present.length) word = present[w] as number;
    if (word === 0) {
      this.record = PAST_THE_END;
      return false;
    }
    this.record = (w << 5) + 31 - Math.clz32(word & -word);
    this.bits = this.posting.denseBits(this.record);
    return true;
  }
}
