// npm run test:faults: the faults a server left running meets — kill -9 during writes, a torn or
// damaged log, a truncated snapshot, a full disk, one key sent twenty times at once — each played
// against the real `npm run api` (bundled once: server.ts) on a data folder of its own. Prints the figures per fault and in
// all, writes test-results/faults.json ({ passed, failed, figures, faults }) and exits 1 when a
// check failed. A fault is a module with the shape of `Fault` (fault.ts), listed below.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corruptRecord } from './corrupt-record';
import { failingDisk } from './failing-disk';
import { noFigures, type Fault, type FaultResult, type Figures } from './fault';
import { fuzzEveryOperation } from './fuzz-operations';
import { killDuringWrites } from './kill-during-writes';
import { sameKeyPlacings } from './same-key-placings';
import { startServer } from './server';
import { tornTail } from './torn-tail';
import { truncatedSnapshot } from './truncated-snapshot';

const all: Fault[] = [killDuringWrites, tornTail, corruptRecord, truncatedSnapshot, failingDisk, sameKeyPlacings, fuzzEveryOperation];
// `npm run test:faults -- snapshot disk` plays only the faults whose names contain one of the words.
const words = process.argv.slice(2);
const faults = words.length ? all.filter((fault) => words.some((word) => fault.name.includes(word))) : all;

const workDir = mkdtempSync(join(tmpdir(), 'shiori-faults-'));
const started = performance.now();

// The seed is deterministic: seed once, and give each fault a copy.
const seeded = join(workDir, 'seeded');
await (await startServer(seeded)).stop();
let copies = 0;
const context = {
  seededDataDir() {
    const copy = join(workDir, `data-${(copies += 1)}`);
    cpSync(seeded, copy, { recursive: true });
    return copy;
  },
};

const columns: [keyof Figures, string][] = [
  ['requests', 'requests'],
  ['serverErrors', '5xx'],
  ['envelopeViolations', 'envelope violations'],
  ['acknowledgedWrites', 'acknowledged writes'],
  ['acknowledgedLost', 'acknowledged lost'],
  ['duplicates', 'duplicates'],
];
async function play(fault: Fault) {
  const begun = performance.now();
  let result: FaultResult;
  try {
    result = await fault.run(context);
  } catch (error) {
    result = { figures: noFigures(), checks: [{ name: 'ran to its end', passed: false, detail: String(error) }] };
  }
  const report = { name: fault.name, ...result, seconds: (performance.now() - begun) / 1000 };
  const failed = report.checks.filter((check) => !check.passed);
  console.info(`${failed.length ? '✗' : '✓'} ${fault.name} (${report.seconds.toFixed(1)} s)`);
  for (const check of failed)
    console.info(`    ✗ ${check.name}${check.detail ? `\n      ${check.detail.replaceAll('\n', '\n      ')}` : ''}`);
  return report;
}

// Two at a time: most of a fault is waiting for a server to start, and the faults share nothing.
const reports: Awaited<ReturnType<typeof play>>[] = [];
let next = 0;
await Promise.all(
  [1, 2].map(async () => {
    while (next < faults.length) {
      const index = next++;
      reports[index] = await play(faults[index]!);
    }
  }),
);
rmSync(workDir, { recursive: true, force: true });

const total = noFigures();
for (const report of reports) for (const [key] of columns) total[key] += report.figures[key];
const checks = reports.flatMap((report) => report.checks);
const passed = checks.filter((check) => check.passed).length;
const failed = checks.length - passed;

const rows = [
  ['fault', ...columns.map(([, title]) => title), 'checks'],
  ...reports.map((report) => [
    report.name,
    ...columns.map(([key]) => String(report.figures[key])),
    `${report.checks.filter((check) => check.passed).length}/${report.checks.length}`,
  ]),
  ['all', ...columns.map(([key]) => String(total[key])), `${passed}/${checks.length}`],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.info(
  `\n${rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n')}`,
);
console.info(`\n${passed} passed, ${failed} failed in ${((performance.now() - started) / 1000).toFixed(0)} s`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/faults.json', JSON.stringify({ passed, failed, figures: total, faults: reports }, null, 2));
process.exit(failed > 0 ? 1 : 0);
