// npm run measure:search-index — what building the catalogue's search index costs the page's main
// thread (where MSW's handlers answer every request), on a first visit (empty IndexedDB) and on a
// repeat visit in a new tab of the same profile. Builds the mock app (or serves DIST, a mock build
// made elsewhere — the way to measure an older commit's build side by side), opens /login in Debian
// Chromium RUNS times (default 5) and, once the page marks `shiori:search-index-ready`
// (mocks/browser.ts), reads the renderer main thread's task time (CDP Performance.getMetrics) — in
// all, and from the library's ready mark on, when the index's build starts — and the longest task
// the page saw (PerformanceObserver 'longtask'). Prints medians; writes
// test-results/measure-search-index.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { buildApp, projectRoot } from './build-app';
import { launchChromium, serveBuild } from './serve-build';

const RUNS = Number(process.env.RUNS ?? 5);

interface Visit {
  /** Since navigation, when the index was ready. */
  readyMs: number;
  /** The renderer main thread's task time from navigation to then. */
  mainThreadMs: number;
  /** Of which from the library's ready mark (when the index's build starts) on. */
  whileBuildingMs: number;
  /** The longest task on the main thread by then (0 when none reached 50 ms). */
  longestTaskMs: number;
}

async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  // Long tasks are observed from the first script on, so that none before the app's code is missed.
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { shioriLongTasks: number[] }).shioriLongTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${url}/login`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('shiori:library-ready').length > 0, null, {
    timeout: 120_000,
    polling: 10,
  });
  const atLibraryReady = await taskMs(cdp);
  await page.waitForFunction(() => performance.getEntriesByName('shiori:search-index-ready').length > 0, null, {
    timeout: 120_000,
    polling: 100,
  });
  const atIndexReady = await taskMs(cdp);
  const { readyMs, longestTaskMs } = await page.evaluate(() => ({
    readyMs: performance.getEntriesByName('shiori:search-index-ready')[0]!.startTime,
    longestTaskMs: Math.max(0, ...(window as unknown as { shioriLongTasks: number[] }).shioriLongTasks),
  }));
  await page.close();
  return { readyMs, mainThreadMs: atIndexReady, whileBuildingMs: atIndexReady - atLibraryReady, longestTaskMs };
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const outDir = process.env.DIST ? resolve(process.env.DIST) : join(projectRoot, 'dist/measure-search-index');
  if (!process.env.DIST) await buildApp('mock', outDir);
  const server = await serveBuild('mock', outDir);
  const { url } = server;
  const browser = await launchChromium();
  const first: Visit[] = [];
  const repeat: Visit[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      first.push(await visit(context, url));
      repeat.push(await visit(context, url));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = Object.fromEntries(
    (
      [
        ['first', first],
        ['repeat', repeat],
      ] as const
    ).map(([name, visits]) => [
      name,
      {
        indexReadyMs: Math.round(median(visits.map((v) => v.readyMs))),
        mainThreadMs: Math.round(median(visits.map((v) => v.mainThreadMs))),
        whileBuildingMs: Math.round(median(visits.map((v) => v.whileBuildingMs))),
        longestTaskMs: Math.round(median(visits.map((v) => v.longestTaskMs))),
      },
    ]),
  );
  console.info(`${outDir}, medians of ${RUNS}:`);
  console.info('visit   index ready  main-thread task time by then  of which after library-ready  longest task');
  for (const [name, row] of Object.entries(summary))
    console.info(
      `${name.padEnd(6)} ${`${row.indexReadyMs} ms`.padStart(12)}  ${`${row.mainThreadMs} ms`.padStart(29)}  ${`${row.whileBuildingMs} ms`.padStart(28)}  ${`${row.longestTaskMs} ms`.padStart(12)}`,
    );
  mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
  writeFileSync(
    join(projectRoot, 'test-results/measure-search-index.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), dist: outDir, runs: RUNS, summary }, null, 2)}\n`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
