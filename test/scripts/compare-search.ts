// npm run compare:search — the catalogue search index of this tree against another one's (an earlier
// commit's), side by side in one process: both indexes are built over the same records, then each
// of the bench's queries runs on the old and the new index in turn, REPS times, and each query's
// time is the median of its runs. Times are CPU time (process.cpuUsage), not wall time, so that
// another process's time slice on a shared machine is not counted against either.
//
//   git worktree add /tmp/search-before <commit>   (or: git archive <commit> | tar -x -C <dir>)
//   BEFORE=/tmp/search-before npm run compare:search
// Environment: BEFORE (required: the other tree's root), SIZE=1000000 (default), REPS=5, SOURCE as in
// search-corpus.ts. Needs ../shared/data beside this tree for the Aozora records (else generated ones).
import { resolve } from 'node:path';
import { SearchIndex, type SearchDocument } from '../../mocks/domain/search/search-index';
import { corpusOf, makeQueries, percentile } from './search-corpus';

interface Engine {
  searchPage(query: string, options: { offset: number; limit: number }): { ids: string[]; total: number };
  search(query: string): string[];
}

const BEFORE = process.env.BEFORE;
if (!BEFORE) throw new Error('BEFORE=<root of the tree to compare with> is required');
const SIZE = Number(process.env.SIZE ?? 1_000_000);
const REPS = Number(process.env.REPS ?? 5);
const PAGE = { offset: 0, limit: 20 };

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function main(): Promise<void> {
  const module = (await import(resolve(BEFORE as string, 'mocks/domain/search/search-index.ts'))) as {
    SearchIndex: new (documents: Iterable<SearchDocument>) => Engine;
  };
  const corpus = corpusOf(SIZE);
  const queries = makeQueries(corpus);
  const engines: [Engine, Engine] = [new module.SearchIndex(corpus), new SearchIndex(corpus)];
  console.info(`${SIZE.toLocaleString('en')} records, ${queries.length} queries, ${REPS} runs each, before = ${BEFORE}`);
  for (const mode of ['page of 20', 'every hit'] as const) {
    const run = (engine: Engine, query: string) => (mode === 'page of 20' ? engine.searchPage(query, PAGE) : engine.search(query));
    for (const query of queries) for (const engine of engines) run(engine, query.text); // warm-up
    const medians = queries.map((query) => {
      const runs: [number[], number[]] = [[], []];
      for (let r = 0; r < REPS; r++) {
        engines.forEach((engine, e) => {
          const start = cpuMs();
          run(engine, query.text);
          (runs[e] as number[]).push(cpuMs() - start);
        });
      }
      const [before, after] = runs.map((times) => [...times].sort((a, b) => a - b)[Math.floor(REPS / 2)] as number) as [number, number];
      return { text: query.text, before, after };
    });
    const figures = (key: 'before' | 'after') => {
      const sorted = medians.map((m) => m[key]).sort((a, b) => a - b);
      return (
        [50, 95, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(3)}`).join(', ') + `, max ${(sorted.at(-1) as number).toFixed(2)} ms`
      );
    };
    console.info(`\n${mode}, CPU ms per query: before ${figures('before')}; after ${figures('after')}`);
    const slowest = [...medians].sort((a, b) => b.after - a.after).slice(0, 8);
    console.info(
      `  slowest after: ${slowest.map((m) => `${JSON.stringify(m.text)} ${m.before.toFixed(2)} → ${m.after.toFixed(2)}`).join('; ')}`,
    );
    const worse = [...medians].sort((a, b) => b.after - b.before - (a.after - a.before)).slice(0, 5);
    console.info(
      `  most slowed: ${worse.map((m) => `${JSON.stringify(m.text)} ${m.before.toFixed(2)} → ${m.after.toFixed(2)}`).join('; ')}`,
    );
  }
}

await main();
