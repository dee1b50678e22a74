// npm run measure:tabs — how long a patron with long lists waits when switching マイページ tabs.
//
// Builds the mock app (dist/measure-tabs; SKIP_BUILD=1 reuses it), serves it, and in Debian
// Chromium (a fresh profile per run, the launch flags of playwright.config.ts) opens the built-in
// scenario `big-account` (高橋 翔 with 200 loans and 200 reservations, signed in by the scenario),
// opens 貸出状況 and 予約状況 once each so that both lists are loaded, then switches between them
// SWITCHES times each way. A switch is timed in the page from the click on the tab to the end of
// the first frame with content (the tab's first 10 rows: a screenful at a desk, more than one on a
// phone), and to the end of the first frame with all 200: each animation frame checks for the rows,
// and the frame that finds them posts a message, which runs once that frame is styled, laid out and
// painted. Between switches the page settles (the library answers the tab's background refetch).
// Each figure comes twice: the wall time, and the page's main-thread CPU time in the same window,
// from a Chrome trace (the thread time of the tasks that ran between the performance marks). On a
// busy machine the wall time is mostly waiting for a core; the CPU time is what the switch costs,
// and what the wall time comes down to on an idle one.
//
// Prints medians per tab and viewport (over RUNS × SWITCHES switches) and writes
// test-results/measure-tabs.json. Environment: RUNS (default 5), SWITCHES (default 5),
// VIEWPORTS=desktop,phone (default both), BREAKDOWN=1 (also print where each switch's CPU to its
// first frame with content goes: the trace's events by name, medians), CHROMIUM_PATH, DIST (a mock build made elsewhere, e.g. an
// older commit's, measured instead of building this one: before and after, alternately, on a busy machine).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { buildApp, projectRoot } from './build-app';
import { launchChromium, serveBuild } from './serve-build';

const RUNS = Number(process.env.RUNS ?? 5);
const SWITCHES = Number(process.env.SWITCHES ?? 5);
const ROWS = 200;
/** Rows that make a tab's first frame "with content". */
const CONTENT_ROWS = 10;
const stages = { content: CONTENT_ROWS, all: ROWS } as const;
type Stage = keyof typeof stages;
type Times = Record<TabName, Record<Stage, number[]>>;
const emptyTimes = (): Times => ({ loans: { content: [], all: [] }, reservations: { content: [], all: [] } });
const viewports = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;
type ViewportName = keyof typeof viewports;
const chosenViewports = (process.env.VIEWPORTS ?? 'desktop,phone').split(',').map((name) => name.trim() as ViewportName);

/** The tabs, by their Japanese names, and what shows that the tab's whole list is on the page. */
const tabs = {
  loans: { name: '貸出状況', rows: '.loan-table tbody tr.loan' },
  reservations: { name: '予約状況', rows: '.reservation-table tbody tr.reservation' },
} as const;
type TabName = keyof typeof tabs;

/**
 * Clicks a tab in the page and answers the milliseconds to the end of the first painted frame with
 * content, and with every row; the marks `switch-N-click`, `switch-N-content` and `switch-N-all`
 * bound them in the trace.
 */
function switchTo(page: Page, tab: TabName, n: number): Promise<Record<Stage, number>> {
  const { name, rows } = tabs[tab];
  return page.evaluate(
    ({ name, rows, stages, n }) =>
      new Promise<Record<Stage, number>>((resolve, reject) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')].find((a) => a.textContent?.trim() === name);
        if (!link) return reject(new Error(`No tab ${name}`));
        const times: Partial<Record<Stage, number>> = {};
        const painted = (stage: Stage) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            performance.mark(`switch-${n}-${stage}`);
            times[stage] = performance.measure(`switch ${n} ${name} ${stage}`, `switch-${n}-click`, `switch-${n}-${stage}`).duration;
            if (times.content !== undefined && times.all !== undefined) resolve(times as Record<Stage, number>);
          };
          channel.port2.postMessage(null);
        };
        let waiting: Stage[] = ['content', 'all'];
        const check = () => {
          const count = document.querySelectorAll(rows).length;
          for (const stage of waiting) if (count >= stages[stage]) painted(stage);
          waiting = waiting.filter((stage) => count < stages[stage]);
          if (waiting.length > 0) requestAnimationFrame(check);
        };
        performance.mark(`switch-${n}-click`);
        link.click();
        requestAnimationFrame(check);
      }),
    { name, rows, stages, n },
  );
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: {
      // The breakdown's events (script, style, layout, paint) are in devtools.timeline: traced only when asked, as they cost a little.
      includedCategories: [
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        ...(process.env.BREAKDOWN ? ['devtools.timeline', 'v8.execute'] : []),
      ],
    },
    transferMode: 'ReturnAsStream',
  });
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Main-thread CPU milliseconds of switch n to a stage: the thread time of its thread's tasks, each counted for the part of it inside the marks. */
function cpuOfSwitch(events: readonly TraceEvent[], n: number, stage: Stage): number {
  const click = events.find((event) => event.name === `switch-${n}-click`);
  const painted = events.find((event) => event.name === `switch-${n}-${stage}`);
  if (!click || !painted) throw new Error(`The trace has no marks of switch ${n}`);
  let micros = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.pid !== click.pid || event.tid !== click.tid) continue;
    const dur = event.dur ?? 0;
    const overlap = Math.min(event.ts + dur, painted.ts) - Math.max(event.ts, click.ts);
    if (overlap > 0 && dur > 0) micros += (event.tdur ?? dur) * (overlap / dur);
  }
  return micros / 1000;
}

/** The main thread's events inside switch n's window to its first frame with content, thread ms by name (nested events count in their parents too). */
function breakdownOfSwitch(events: readonly TraceEvent[], n: number): Map<string, number> {
  const click = events.find((event) => event.name === `switch-${n}-click`)!;
  const painted = events.find((event) => event.name === `switch-${n}-content`)!;
  const byName = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || event.name === 'RunTask' || event.pid !== click.pid || event.tid !== click.tid) continue;
    if (event.ts < click.ts || event.ts + (event.dur ?? 0) > painted.ts) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return byName;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

interface Samples {
  wall: Times;
  cpu: Times;
  /** Per tab, each switch's breakdown (BREAKDOWN=1). */
  breakdown?: Record<TabName, Map<string, number>[]>;
}

async function measureRun(browser: Browser, url: string, viewport: ViewportName): Promise<Samples> {
  const context = await browser.newContext({ ...viewports[viewport], locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  // tsx compiles this file with esbuild's keepNames, which wraps the page functions' inner functions in __name().
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  try {
    await page.goto(`${url}/?scenario=big-account`);
    await page.locator('html[data-simulated-library="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.goto(`${url}/mypage/loans`);
    await page
      .locator(tabs.loans.rows)
      .nth(ROWS - 1)
      .waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByRole('link', { name: tabs.reservations.name, exact: true }).click();
    await page
      .locator(tabs.reservations.rows)
      .nth(ROWS - 1)
      .waitFor({ state: 'attached', timeout: 60_000 });
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp);
    const order: TabName[] = [];
    const wall = emptyTimes();
    for (let n = 0; n < SWITCHES; n++) {
      for (const tab of ['loans', 'reservations'] as const) {
        const times = await switchTo(page, tab, order.length);
        for (const stage of Object.keys(stages) as Stage[]) wall[tab][stage].push(times[stage]);
        order.push(tab);
        await settle(page);
      }
    }
    const events = await endTrace(cdp);
    const cpu = emptyTimes();
    order.forEach((tab, n) => {
      for (const stage of Object.keys(stages) as Stage[]) cpu[tab][stage].push(cpuOfSwitch(events, n, stage));
    });
    const breakdown = { loans: [] as Map<string, number>[], reservations: [] as Map<string, number>[] };
    if (process.env.BREAKDOWN) order.forEach((tab, n) => breakdown[tab].push(breakdownOfSwitch(events, n)));
    return { wall, cpu, breakdown };
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const outDir = process.env.DIST ? resolve(process.env.DIST) : join(projectRoot, 'dist/measure-tabs');
  if (!process.env.SKIP_BUILD && !process.env.DIST) await buildApp('mock', outDir);
  const server = await serveBuild('mock', outDir);
  const { url } = server;
  const browser = await launchChromium();
  const breakdowns: { viewport: ViewportName; tab: TabName; switches: Map<string, number>[] }[] = [];
  const samples = Object.fromEntries(chosenViewports.map((viewport) => [viewport, { wall: emptyTimes(), cpu: emptyTimes() }])) as Record<
    ViewportName,
    Samples
  >;
  const tabNames = Object.keys(tabs) as TabName[];
  const stageNames = Object.keys(stages) as Stage[];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const viewport of chosenViewports) {
        const { wall, cpu, breakdown } = await measureRun(browser, url, viewport);
        for (const tab of tabNames) {
          const known = breakdowns.find((entry) => entry.viewport === viewport && entry.tab === tab);
          if (known) known.switches.push(...(breakdown?.[tab] ?? []));
          else breakdowns.push({ viewport, tab, switches: [...(breakdown?.[tab] ?? [])] });
        }
        const list = (values: number[]) => values.map(Math.round).join(' ');
        for (const tab of tabNames) {
          for (const stage of stageNames) {
            samples[viewport].wall[tab][stage].push(...wall[tab][stage]);
            samples[viewport].cpu[tab][stage].push(...cpu[tab][stage]);
          }
          console.info(
            `run ${run + 1}/${RUNS} ${viewport} ${tabs[tab].name}: content ${list(wall[tab].content)} ms (CPU ${list(cpu[tab].content)}); ` +
              `all rows ${list(wall[tab].all)} ms (CPU ${list(cpu[tab].all)})`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const figures = (values: number[]) => ({
    medianMs: Math.round(median(values)),
    minMs: Math.round(Math.min(...values)),
    maxMs: Math.round(Math.max(...values)),
  });
  const summary = Object.fromEntries(
    (Object.entries(samples) as [ViewportName, Samples][]).map(([viewport, { wall, cpu }]) => [
      viewport,
      Object.fromEntries(
        tabNames.map((tab) => [
          tab,
          Object.fromEntries(
            stageNames.map((stage) => [
              stage,
              { wall: figures(wall[tab][stage]), mainThreadCpu: figures(cpu[tab][stage]), switches: wall[tab][stage].length },
            ]),
          ),
        ]),
      ),
    ]),
  );
  console.info(
    `\nマイページ tab switch → end of the first painted frame with content (${CONTENT_ROWS} rows) and with all ${ROWS} rows (scenario big-account), medians of ${RUNS} runs × ${SWITCHES} switches:`,
  );
  console.info('viewport  tab      to      wall time (min–max)        main-thread CPU (min–max)');
  for (const [viewport, row] of Object.entries(summary)) {
    for (const tab of tabNames) {
      for (const stage of stageNames) {
        const { wall, mainThreadCpu } = row[tab]![stage]!;
        const cell = (value: { medianMs: number; minMs: number; maxMs: number }) =>
          `${value.medianMs} ms (${value.minMs}–${value.maxMs})`.padEnd(27);
        console.info(`${viewport.padEnd(9)} ${tabs[tab].name.padEnd(6)}  ${stage.padEnd(7)} ${cell(wall)} ${cell(mainThreadCpu)}`);
      }
    }
  }
  if (process.env.BREAKDOWN) {
    console.info(
      '\nWhere the CPU to the first frame with content goes (trace events by name, thread ms, medians; nested events count in their parents too):',
    );
    for (const { viewport, tab, switches } of breakdowns) {
      const names = new Set(switches.flatMap((entry) => [...entry.keys()]));
      const rows = [...names]
        .map((name) => ({ name, ms: median(switches.map((entry) => entry.get(name) ?? 0)) }))
        .filter((row) => row.ms >= 0.5)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 14);
      console.info(`${viewport} ${tabs[tab].name}: ${rows.map((row) => `${row.name} ${row.ms.toFixed(1)}`).join(', ')}`);
    }
  }
  mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
  writeFileSync(
    join(projectRoot, 'test-results/measure-tabs.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, switches: SWITCHES, summary }, null, 2)}\n`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
