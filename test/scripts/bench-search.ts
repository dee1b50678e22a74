// npm run bench:search — the catalogue search index against the plain linear scan it must agree with.
//
// Exact command (what `npm run bench:search` ends up running: it re-starts itself with these flags
// when they are missing, because the memory figures need global.gc; the larger heap is headroom —
// the full run peaks at about 1.2 GB resident, 2½ minutes on 2 cores):
//   npx tsx --expose-gc --max-old-space-size=12288 test/scripts/bench-search.ts
// Environment: SIZES=10000,100000,1000000 (default), SOURCE=aozora|generated (default aozora when
// ../shared/data/aozora-works.json exists), SCAN_QUERIES_1M=n (time and check only the first n
// queries' scans at sizes ≥ 1M, and the 15 with the most hits; all by default: about 0.5–2 s each there).
//
// Records: the 17,780 real Aozora Bunko works (credit 「青空文庫」) plus deterministically perturbed
// copies (volume labels, a complete-works series, 新装版, another publisher or year); without the
// data folder, the project's own generated catalogue (at most 100k titles, then copies the same way;
// it has ISBNs, so ISBN queries join in). Queries: ~300, mixed as patrons type them.
// For every query the index's hits must equal the scan's, ids and order, and its first page (what
// GET /catalogue/search asks: 20 hits and the total) the first 20 of them: the script exits 1 if not.
// Two index rows: `page of 20` (searchPage, what a patron's search costs) and `every hit` (search,
// every hit ranked, as a search with filters or another sort needs them).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../../mocks/domain/search/normalize';
import { SearchIndex } from '../../mocks/domain/search/search-index';
import { corpusOf, makeQueries, MAX_GENERATED, percentile, type Query, SOURCE } from './search-corpus';

const HEAP_MB = 12288;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc && process.env.BENCH_SEARCH_CHILD === undefined) {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', `--max-old-space-size=${HEAP_MB}`, script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_SEARCH_CHILD: '1' },
    },
  );
  process.exit(child.status ?? 1);
}

const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map((size) => Number(size.trim()));
const SCAN_QUERIES_1M = Number(process.env.SCAN_QUERIES_1M ?? Infinity);
const PASSES = 3;
/** At sizes ≥ 1M, how many of the queries with the most hits are checked against the scan besides the first SCAN_QUERIES_1M. */
const BROADEST = 15;
/** The first page of GET /catalogue/search. */
const PAGE = { offset: 0, limit: 20 };

// ================================================================ measuring

/** Heap plus typed arrays' memory (outside the heap, in `external`): postings are typed arrays. */
function memoryUsed(): number {
  for (let n = 0; n < 3; n++) gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

interface Row {
  size: number;
  engine: string;
  buildMs: number;
  memoryMb: number;
  firstMs: number;
  times: number[];
  maxMs: number;
  recall: string;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3));

function format(rows: readonly Row[]): string {
  const lines = [
    '| records | engine | build | memory | 1st query | p50 | p95 | p99 | max | queries | recall |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const sorted = [...row.times].sort((a, b) => a - b);
    lines.push(
      `| ${row.size.toLocaleString('en')} | ${row.engine} | ${(row.buildMs / 1000).toFixed(2)} s | ${row.memoryMb.toFixed(0)} MB | ${ms(row.firstMs)} ms | ` +
        `${ms(percentile(sorted, 50))} ms | ${ms(percentile(sorted, 95))} ms | ${ms(percentile(sorted, 99))} ms | ${ms(row.maxMs)} ms | ${row.times.length} | ${row.recall} |`,
    );
  }
  return lines.join('\n');
}

const SEP = '\u0001';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

function measure(size: number, rows: Row[]): boolean {
  const corpus = corpusOf(size);
  const queries = makeQueries(corpus);

  // The plain scan's own data: every record normalised once into one string.
  let before = memoryUsed();
  let start = performance.now();
  let scanTexts: string[] | null = corpus.map((r) =>
    [r.title, r.volumeLabel ?? '', r.seriesTitle ?? '', r.titleReading, r.author, r.authorReading, r.publisher]
      .map(normalizeText)
      .join(SEP),
  );
  const scanBuildMs = performance.now() - start;
  const scanMemoryMb = (memoryUsed() - before) / 2 ** 20;
  if (scanTexts.length !== corpus.length) throw new Error('unreachable');
  scanTexts = null;

  before = memoryUsed();
  start = performance.now();
  const index = new SearchIndex(corpus);
  const buildMs = performance.now() - start;
  const memoryMb = (memoryUsed() - before) / 2 ** 20;

  // の is in a good share of any Japanese catalogue's titles: enough hits to need the ranking order.
  start = performance.now();
  index.searchPage('の', PAGE);
  const firstMs = performance.now() - start;
  start = performance.now();
  index.search('の');
  const firstAllMs = performance.now() - start;
  for (const query of queries) {
    // warm-up: compiled code, not cold code
    index.searchPage(query.text, PAGE);
    index.search(query.text);
  }
  // Each query's time is the median of PASSES runs: on a shared 2-core machine one run can be
  // another process's time slice. The max column is the slowest single run, pauses and all.
  const runs = queries.map(() => [] as number[]);
  const pageRuns = queries.map(() => [] as number[]);
  const results: string[][] = [];
  const pages: { ids: string[]; total: number }[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    queries.forEach((query, q) => {
      start = performance.now();
      const page = index.searchPage(query.text, PAGE);
      (pageRuns[q] as number[]).push(performance.now() - start);
      pages[q] = page;
      start = performance.now();
      const result = index.search(query.text);
      (runs[q] as number[]).push(performance.now() - start);
      results[q] = result;
    });
  }
  const medianOf = (run: number[]) => [...run].sort((a, b) => a - b)[Math.floor(run.length / 2)] as number;
  const times = runs.map(medianOf);
  const pageTimes = pageRuns.map(medianOf);

  // At 1M, the first SCAN_QUERIES_1M queries and the BROADEST with the most hits (the ones a page
  // counts and ranks the most of) are checked against the scan.
  const firstScans = size >= 1_000_000 ? Math.min(SCAN_QUERIES_1M, queries.length) : queries.length;
  const broadest = queries
    .map((_, q) => q)
    .sort((a, b) => (results[b] as string[]).length - (results[a] as string[]).length)
    .slice(0, BROADEST);
  const checked = [...new Set([...queries.keys()].slice(0, firstScans).concat(firstScans < queries.length ? broadest : []))];
  const scanCount = checked.length;
  const scanTimes: number[] = [];
  let scanFirstMs = NaN;
  let mismatches = 0;
  for (const q of checked) {
    const query = queries[q] as Query;
    start = performance.now();
    const expected = index.scan(query.text);
    const took = performance.now() - start;
    if (q === 0) scanFirstMs = took;
    scanTimes.push(took);
    const actual = results[q] as string[];
    const page = pages[q] as { ids: string[]; total: number };
    if (!sameList(page.ids, expected.slice(0, PAGE.limit)) || page.total !== expected.length) {
      mismatches++;
      console.error(`MISMATCH at ${size} (${query.kind}) ${JSON.stringify(query.text)}: the first page or the total differs`);
    } else if (!sameList(actual, expected)) {
      mismatches++;
      const what = sameSet(actual, expected) ? 'same hits, another order' : `index ${actual.length} hits, scan ${expected.length}`;
      console.error(`MISMATCH at ${size} (${query.kind}) ${JSON.stringify(query.text)}: ${what}`);
    }
  }
  const recall = mismatches === 0 ? `1.00 (${scanCount}/${scanCount} equal)` : `${mismatches} of ${scanCount} differ`;
  rows.push({
    size,
    engine: 'bigram index, page of 20',
    buildMs,
    memoryMb,
    firstMs,
    times: pageTimes,
    maxMs: Math.max(...pageRuns.flat()),
    recall,
  });
  rows.push({
    size,
    engine: 'bigram index, every hit',
    buildMs,
    memoryMb,
    firstMs: firstAllMs,
    times,
    maxMs: Math.max(...runs.flat()),
    recall,
  });
  rows.push({
    size,
    engine: 'linear scan',
    buildMs: scanBuildMs,
    memoryMb: scanMemoryMb,
    firstMs: scanFirstMs,
    times: scanTimes,
    maxMs: Math.max(...scanTimes),
    recall: 'reference',
  });
  const kinds = new Map<string, number>();
  for (const query of queries) kinds.set(query.kind, (kinds.get(query.kind) ?? 0) + 1);
  const hits = results.map((result) => result.length).sort((a, b) => a - b);
  console.info(
    `${size.toLocaleString('en')} records: ${queries.length} queries (${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}); ` +
      `hits per query median ${percentile(hits, 50)}, max ${hits[hits.length - 1]}; scan timed and checked on ${scanCount}${scanCount < queries.length ? ` (the first ${firstScans} and the ${BROADEST} with the most hits)` : ''}`,
  );
  const slowest = queries
    .map((query, q) => ({ query, took: pageTimes[q] as number, hits: (results[q] as string[]).length }))
    .sort((a, b) => b.took - a.took)
    .slice(0, 5);
  console.info(
    `  slowest index queries (page of 20): ${slowest.map((s) => `${JSON.stringify(s.query.text)} ${ms(s.took)} ms (${s.hits} hits)`).join('; ')}`,
  );
  return mismatches === 0;
}

function main(): void {
  const source =
    SOURCE === 'aozora'
      ? 'Aozora Bunko works (../shared/data/aozora-works.json, 17,780 real works; credit 青空文庫) plus perturbed copies'
      : `the project's generated catalogue (generateCatalogue, up to ${MAX_GENERATED.toLocaleString('en')} titles) plus perturbed copies`;
  console.info(
    `Records: ${source}. Node ${process.version}, heap figures ${gc ? 'after global.gc()' : 'WITHOUT gc (run with --expose-gc)'}.`,
  );
  const rows: Row[] = [];
  let ok = true;
  for (const size of SIZES) ok = measure(size, rows) && ok;
  console.info(`\n${format(rows)}\n`);
  console.info(
    'build: index = new SearchIndex(records); scan = normalising every record into one string. memory: growth of heapUsed + external (typed arrays) after gc.',
  );
  console.info(
    `1st query: の right after the build (the scan: its first timed query); the build includes putting the records in ranking order. Index latencies: after one warm-up pass, each query the median of ${PASSES} runs; max = slowest single run. Scan: one run per query.`,
  );
  if (!ok) {
    console.error('The index and the scan disagree: recall is not 1.0.');
    process.exit(1);
  }
}

main();
