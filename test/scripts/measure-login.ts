// npm run measure:login — builds the app twice (simulated library; real API), serves both side by
// side, and measures in Debian Chromium: the JavaScript the login page loads (gzip) and the time
// from navigation to a login form a patron can use. The real-API build talks to `npm run api`'s
// server. Prints a table and writes test-results/measure-login.json. `BEFORE_DIST=<a mock build>` measures a
// mock build made elsewhere (an older commit's) in the same runs, as `before`, for a before/after on the same machine load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startHttpLibrary } from '../../mocks/http/serve';
import { buildApp, projectRoot } from './build-app';
import { launchChromium, serveBuild } from './serve-build';

const RUNS = Number(process.env.RUNS ?? 5);
const BEFORE_DIST = process.env.BEFORE_DIST;

interface Visit {
  ms: number;
  jsGzipBytes: number;
  jsFiles: number;
  /** The simulated library's marks (mocks/browser.ts, library-host.ts): where a mock visit spends its time. */
  marks: Record<string, number>;
}

/**
 * In the page, from its first script on: notes the first frame at which the login form is usable
 * (a visible field labelled 利用者番号, an enabled ログイン button), as `window.__shioriFormUsableAt`.
 * Playwright's own wait polls with a backoff (checks 0, 20, 70, 170, 270 ms in, then every 500 ms),
 * so the time it returns was late by up to half a second, differently for each build. (A string:
 * tsx would wrap a function's inner names in a helper the page does not have.)
 */
const noteUsableForm = `(() => {
  const usable = () => {
    const label = [...document.querySelectorAll('label')].find((item) => item.textContent.includes('利用者番号'));
    const field = label && label.control;
    const visible = !!field && field.getClientRects().length > 0 && getComputedStyle(field).visibility !== 'hidden';
    return visible && [...document.querySelectorAll('button')].some((item) => item.textContent.includes('ログイン') && !item.disabled);
  };
  const check = (time) => {
    if (usable()) window.__shioriFormUsableAt = time;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Open /login in a fresh profile (first visit) and again in a new tab of the same profile (repeat visit). */
async function visitTwice(browser: Browser, url: string, outDir: string): Promise<{ first: Visit; repeat: Visit }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript({ content: noteUsableForm });
  const visit = async (): Promise<Visit> => {
    const page = await context.newPage();
    const scripts = new Set<string>();
    const onResponse = (response: { url(): string; request(): { resourceType(): string } }) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    };
    page.on('response', onResponse);
    await page.goto(`${url}/login`, { waitUntil: 'commit' });
    await page.getByLabel('利用者番号').waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByRole('button', { name: 'ログイン' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    // Read once the page's next frame has noted it (Playwright may see the form before that frame).
    const noted = await page.waitForFunction(
      () => (window as unknown as { __shioriFormUsableAt?: number }).__shioriFormUsableAt,
      undefined,
      {
        polling: 'raf',
        timeout: 60_000,
      },
    );
    const ms = (await noted.jsonValue())!;
    const marks = Object.fromEntries(
      await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('shiori:'))
          .map((mark) => [mark.name.slice('shiori:'.length), Math.round(mark.startTime)] as const),
      ),
    );
    page.off('response', onResponse);
    const app = [...scripts].filter((path) => path.startsWith('/assets/'));
    const jsGzipBytes = app.reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length, 0);
    return { ms, jsGzipBytes, jsFiles: app.length, marks };
  };
  const first = await visit();
  // A repeat visit finds the library stored: the first tab's library has finished seeding (the form may come before).
  if (first.marks['worker-started'] !== undefined)
    await context.pages()[0]!.locator('html[data-simulated-library="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
  const repeat = await visit();
  await context.close();
  return { first, repeat };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each mark's median over the visits that made it, in the order the marks came. */
function medianMarks(visits: Visit[]): Record<string, number> {
  const names = [...new Set(visits.flatMap((visit) => Object.keys(visit.marks)))];
  const medians = names.map((name) => [name, median(visits.flatMap((visit) => visit.marks[name] ?? []))] as const);
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

const formatMarks = (marks: Record<string, number>) =>
  Object.entries(marks)
    .map(([name, ms]) => `${name} ${ms}`)
    .join(' → ') || '(none)';

async function main() {
  const api = await startHttpLibrary();
  const mockDir = join(projectRoot, 'dist/measure-mock');
  const realDir = join(projectRoot, 'dist/measure-real');
  await buildApp('mock', mockDir);
  await buildApp('production', realDir, { VITE_API_BASE_URL: api.url });
  const mock = await serveBuild('mock', mockDir);
  const real = await serveBuild('production', realDir);
  const before = BEFORE_DIST ? { dir: BEFORE_DIST, ...(await serveBuild('mock', BEFORE_DIST)) } : null;
  const browser = await launchChromium();
  const builds: [string, string, string][] = [
    ...(before ? [['before', before.url, before.dir] as [string, string, string]] : []),
    ['mock', mock.url, mockDir],
    ['real', real.url, realDir],
  ];
  const results: Record<string, { first: Visit[]; repeat: Visit[] }> = Object.fromEntries(
    builds.map(([name]) => [name, { first: [], repeat: [] }]),
  );
  try {
    // Alternate the builds so that all see the same machine load.
    for (let run = 0; run < RUNS; run++) {
      for (const [name, target, dir] of builds) {
        const { first, repeat } = await visitTwice(browser, target, dir);
        results[name]!.first.push(first);
        results[name]!.repeat.push(repeat);
      }
    }
  } finally {
    await browser.close();
    await Promise.all([mock.close(), real.close(), api.close(), before?.close()]);
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, { first, repeat }]) => [
      name,
      {
        initialJsGzipKiB: +(first[0]!.jsGzipBytes / 1024).toFixed(1),
        jsFiles: first[0]!.jsFiles,
        firstVisitMedianMs: Math.round(median(first.map((visit) => visit.ms))),
        repeatVisitMedianMs: Math.round(median(repeat.map((visit) => visit.ms))),
        firstVisitMarks: medianMarks(first),
        repeatVisitMarks: medianMarks(repeat),
        runs: RUNS,
      },
    ]),
  );
  console.info('build  initial JS (gzip)  files  first visit → usable form  repeat visit');
  for (const [name, row] of Object.entries(summary)) {
    console.info(
      `${name.padEnd(6)} ${`${row.initialJsGzipKiB} KiB`.padStart(17)}  ${String(row.jsFiles).padStart(5)}  ${`${row.firstVisitMedianMs} ms`.padStart(24)}  ${`${row.repeatVisitMedianMs} ms`.padStart(12)}`,
    );
  }
  const { mock: mockRow, real: realRow } = summary as Record<'mock' | 'real', (typeof summary)[string]>;
  console.info(
    `mock ÷ real: first visit ${(mockRow.firstVisitMedianMs / realRow.firstVisitMedianMs).toFixed(2)}×, repeat visit ${(mockRow.repeatVisitMedianMs / realRow.repeatVisitMedianMs).toFixed(2)}×`,
  );
  if (summary.before) {
    const beforeRow = summary.before;
    console.info(
      `before ÷ real: first visit ${(beforeRow.firstVisitMedianMs / realRow.firstVisitMedianMs).toFixed(2)}×, repeat visit ${(beforeRow.repeatVisitMedianMs / realRow.repeatVisitMedianMs).toFixed(2)}×`,
    );
  }
  for (const [name, row] of Object.entries(summary).filter(([name]) => name !== 'real'))
    for (const kind of ['firstVisitMarks', 'repeatVisitMarks'] as const)
      console.info(`${name} ${kind === 'firstVisitMarks' ? 'first' : 'repeat'} visit, ms since navigation: ${formatMarks(row[kind])}`);
  mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
  writeFileSync(
    join(projectRoot, 'test-results/measure-login.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), summary }, null, 2)}\n`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
