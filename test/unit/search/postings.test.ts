import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../mocks/seed/random';
import {
  AT_TITLE_START,
  loadPostings,
  MAX_RECORDS,
  ONCE,
  PAIR_BITS,
  Posting,
  PostingCursor,
  storePostings,
} from '../../../mocks/domain/search/postings';

function entries(posting: Posting): [number, number][] {
  const cursor = new PostingCursor(posting);
  const out: [number, number][] = [];
  while (cursor.next()) out.push([cursor.record, cursor.bits]);
  return out;
}

/** A posting of `count` records with gaps up to `maxGap`, and what it should read back. */
function filled(seed: number, count: number, maxGap: number): { posting: Posting; expected: [number, number][] } {
  const rng = createRandom(seed);
  const posting = new Posting();
  const expected: [number, number][] = [];
  let record = -1;
  for (let i = 0; i < count; i++) {
    record += rng.int(1, maxGap);
    const bits = rng.int(0, 63);
    posting.add(record, bits);
    expected.push([record, bits]);
  }
  return { posting, expected };
}

describe('the postings of a key, varint-coded with skips', () => {
  it('reads back every record and its bits, from one-byte gaps to gaps of millions', () => {
    for (const maxGap of [1, 2, 200, 20_000, 3_000_000]) {
      const { posting, expected } = filled(maxGap, 1000, maxGap);
      expect(entries(posting)).toEqual(expected);
      posting.trim();
      expect(entries(posting)).toEqual(expected);
    }
  });

  it('holds the first and the last record number there can be', () => {
    const posting = new Posting();
    posting.add(0, AT_TITLE_START);
    posting.add(MAX_RECORDS - 1, 63);
    expect(entries(posting)).toEqual([
      [0, AT_TITLE_START],
      [MAX_RECORDS - 1, 63],
    ]);
  });

  it('adds the bits of a record met again and clears ONCE, in place', () => {
    const posting = new Posting();
    posting.add(5, 1 | ONCE);
    posting.add(300, 2 | ONCE);
    posting.add(300, 4 | ONCE);
    expect(entries(posting)).toEqual([
      [5, 1 | ONCE],
      [300, 2 | 4],
    ]);
  });

  it("keeps a pair's entries in PAIR_BITS: a gap of up to 3 in one byte, the neighbours' bits dropped, its width kept in a snapshot", () => {
    const posting = new Posting(PAIR_BITS);
    posting.add(0, 1 | AT_TITLE_START | ONCE);
    posting.add(3, 2 | ONCE);
    posting.add(3, 4 | ONCE);
    const expected = [
      [0, 1 | AT_TITLE_START],
      [3, 2 | 4],
    ];
    expect(entries(posting)).toEqual(expected);
    expect(posting.size).toBe(2);
    const [restored] = loadPostings(storePostings([posting]));
    expect(restored!.width).toBe(PAIR_BITS);
    expect(entries(restored!)).toEqual(expected);
  });

  it('refuses a record below the last one', () => {
    const posting = new Posting();
    posting.add(10, 1);
    expect(() => posting.add(9, 1)).toThrow();
  });

  it.each([
    ['varint-coded', 40],
    ['dense once trimmed (in a tenth of the records or more)', 4],
  ])('seeks the first record not below the one asked, near or far, before and after trimming and growing again: %s', (_, maxGap) => {
    const { posting, expected } = filled(3, 2000, maxGap);
    const check = () => {
      const records = expected.map(([record]) => record);
      const rng = createRandom(4);
      for (const stride of [2, 50, 700, 9000]) {
        const cursor = new PostingCursor(posting);
        let at = 0;
        for (let want = rng.int(0, stride); want <= records[records.length - 1]! + 5; want += rng.int(1, stride)) {
          cursor.seek(want);
          while (at < records.length && records[at]! < want) at++;
          if (at === records.length) expect(cursor.next()).toBe(false);
          else expect([cursor.record, cursor.bits], `seek ${want} (stride ${stride})`).toEqual(expected[at]);
        }
      }
    };
    check();
    posting.trim();
    check();
    let record = expected[expected.length - 1]![0];
    for (let i = 0; i < 1000; i++) {
      record += 1 + (i % 7);
      posting.add(record, i % 64);
      expected.push([record, i % 64]);
    }
    check();
  });

  it('keeps a posting in a tenth of the records or more dense: bit slices, read back, added to and met again as before', () => {
    const { posting, expected } = filled(5, 3000, 9);
    posting.trim(expected[expected.length - 1]![0] + 1);
    expect(posting.present).not.toBeNull();
    expect(entries(posting)).toEqual(expected);
    const records = new Int32Array(posting.length);
    const bits = new Uint8Array(posting.length);
    posting.readAll(records, bits);
    expect(Array.from(records, (record, i) => [record, bits[i]])).toEqual(expected);
    const next = expected[expected.length - 1]![0] + 100;
    posting.add(next, 2 | ONCE);
    posting.add(next, 4 | ONCE);
    expect(entries(posting).at(-1)).toEqual([next, 2 | 4]);
    expect(posting.length).toBe(expected.length + 1);
    expect(() => posting.add(next - 1, 1)).toThrow();
  });

  it('keeps a bit per record beside a dense posting, set exactly for the records it holds, also once it grows and after a snapshot', () => {
    const { posting, expected } = filled(7, 3000, 9);
    posting.trim(expected[expected.length - 1]![0] + 1);
    const bitsOf = (present: Int32Array) => {
      const records: number[] = [];
      present.forEach((word, w) => {
        for (let b = 0; b < 32; b++) if ((word >>> b) & 1) records.push(w * 32 + b);
      });
      return records;
    };
    expect(bitsOf(posting.present!)).toEqual(expected.map(([record]) => record));
    const far = expected[expected.length - 1]![0] + 40_000;
    posting.add(far, 1);
    expect(bitsOf(posting.present!)).toEqual([...expected.map(([record]) => record), far]);
    const [restored] = loadPostings(storePostings([posting]));
    expect(bitsOf(restored!.present!)).toEqual([...expected.map(([record]) => record), far]);
    expect(entries(restored!)).toEqual(entries(posting));
  });

  it('keeps a posting in fewer than a tenth of the records varint-coded', () => {
    const { posting } = filled(6, 1000, 40);
    posting.trim(posting.last + 1);
    expect(posting.present).toBeNull();
  });
});
