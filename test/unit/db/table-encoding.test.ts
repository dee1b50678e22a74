import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { TableData } from '../../../mocks/db/database';
import { decodeTables, encodeTables, readTables } from '../../../mocks/db/table-encoding';
import { profiles } from '../../../mocks/profiles/profiles';
import { seedLibrary } from '../../../mocks/seed/seed-library';

const seed = seedLibrary({ profile: profiles.p003, titleCount: 1000, hashIterations: 1000 });

describe('the encoding a seed ships in', () => {
  it('gives back exactly the tables seedLibrary made: the same rows, in the same order, with the same keys', async () => {
    const data = await seed;
    expect(data.titles.length).toBeGreaterThan(1000);
    expect(data.loans.length).toBeGreaterThan(0);
    // toStrictEqual: a key absent from a row is absent from the decoded row, not there as undefined.
    expect(decodeTables(encodeTables(data))).toStrictEqual(data);
  });

  it('keeps a row’s absent keys absent and every row in its place, when rows of a table differ in their keys', async () => {
    const { id, ...withoutId } = (await seed).branches[0]!;
    const branches = [{ id, ...withoutId }, withoutId, { ...withoutId, extra: null, id }, { id, ...withoutId }];
    const data = { ...(await seed), branches } as unknown as TableData;
    const decoded = decodeTables(encodeTables(data));
    expect(decoded).toStrictEqual(data);
    expect(decoded.branches.map((row) => Object.keys(row))).toEqual(branches.map((row) => Object.keys(row)));
  });

  it('refuses a row with an undefined value, which JSON could not give back', async () => {
    const data = await seed;
    const branches = [{ ...data.branches[0]!, nameEn: undefined }];
    expect(() => encodeTables({ ...data, branches } as unknown as TableData)).toThrow(/nameEn is undefined/);
  });

  it('is read back from its gzipped bytes as the page reads them (DecompressionStream)', async () => {
    const data = await seed;
    const gzipped = gzipSync(encodeTables(data));
    expect(await readTables(new Blob([gzipped]).stream())).toStrictEqual(data);
  });
});
