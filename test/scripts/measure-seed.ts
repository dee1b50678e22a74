// npx tsx test/scripts/measure-seed.ts — the seed assets of the mock build (vite.config.ts:
// seedAssets): for each profile, the rows as plain JSON and as the asset's encoding, raw and
// gzipped, and what building the asset costs the build (generate, encode, gzip). Then what a
// first visit saves: generating a profile's seed (seedLibrary, what the page did) against reading
// its asset (DecompressionStream and decodeTables, what the page does), in turn in this process so
// that both see the same machine load; medians of RUNS (7) for TIMED (p003). Node's V8, not Chromium's:
// `npm run measure:login` gives the page's own figure (its marks seed-fetched → seed-built).
import { gzipSync } from 'node:zlib';
import type { ProfileId } from '../../src/api/contract/library';
import { encodeTables, readTables } from '../../mocks/db/table-encoding';
import { profiles } from '../../mocks/profiles/profiles';
import { seedLibrary } from '../../mocks/seed/seed-library';

const RUNS = Number(process.env.RUNS ?? 7);
const TIMED = (process.env.TIMED ?? 'p003') as ProfileId;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function main() {
  console.info('profile  rows    JSON raw / gzip        asset raw / gzip       build: generate  encode  gzip');
  for (const id of Object.keys(profiles) as ProfileId[]) {
    const [data, generateMs] = await timed(() => seedLibrary({ profile: profiles[id] }));
    const [encoded, encodeMs] = await timed(() => encodeTables(data));
    const [asset, gzipMs] = await timed(() => gzipSync(encoded));
    const json = JSON.stringify(data);
    const rows = Object.values(data).reduce((sum, table) => sum + table.length, 0);
    console.info(
      `${id.padEnd(8)} ${String(rows).padEnd(7)} ${`${MB(Buffer.byteLength(json))} / ${MB(gzipSync(json).length)}`.padEnd(22)} ${`${MB(Buffer.byteLength(encoded))} / ${MB(asset.length)}`.padEnd(22)} ${`${Math.round(generateMs)} ms`.padStart(15)} ${`${Math.round(encodeMs)} ms`.padStart(7)} ${`${Math.round(gzipMs)} ms`.padStart(6)}`,
    );
  }

  const asset = gzipSync(encodeTables(await seedLibrary({ profile: profiles[TIMED] })));
  const generate: number[] = [];
  const read: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    generate.push((await timed(() => seedLibrary({ profile: profiles[TIMED] })))[1]);
    read.push((await timed(() => readTables(new Blob([asset]).stream())))[1]);
  }
  console.info(
    `${TIMED}, medians of ${RUNS}: generate ${Math.round(median(generate))} ms, read the asset ${Math.round(median(read))} ms (${(median(generate) / median(read)).toFixed(1)}× less)`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
