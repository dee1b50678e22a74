// The last lines of `.ci/run`: every failed test by name (CI keeps only the tail of the log, so a
// failure reported early by one runner must be repeated here), then one line "N passed, N failed"
// summed over vitest, the conformance suite, the fault suite and Playwright. A runner that wrote
// no report counts as one failure.
import { readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
}
type ConformanceReport = { name: string; status: string; detail?: string }[];
interface FaultsReport {
  passed: number;
  failed: number;
  faults?: { name: string; checks: { name: string; passed: boolean; detail?: string }[] }[];
}
interface PlaywrightSuite {
  title: string;
  specs?: { title: string; tests?: { status: string; projectName: string; results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky?: number };
  suites?: PlaywrightSuite[];
}

const read = <T>(file: string): T | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
};
/** The first lines of a message, without the colours the runners put in it. */
const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const shorten = (text: unknown) =>
  String(text ?? '')
    .replace(colour, '')
    .split('\n')
    .slice(0, 3)
    .join(' | ')
    .slice(0, 400);

let passed = 0;
const failures: string[] = [];

const vitest = read<VitestReport>('test-results/vitest.json');
if (!vitest) failures.push('vitest: wrote no report (test-results/vitest.json)');
else {
  passed += vitest.numPassedTests;
  for (const file of vitest.testResults ?? []) {
    const name = file.name.replace(`${process.cwd()}/`, '');
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`vitest: ${name} › ${test.fullName}: ${shorten(test.failureMessages?.[0])}`);
    // A file that fails before its tests run (an import error) has a message and no failed test.
    if (file.status === 'failed' && failedTests.length === 0) failures.push(`vitest: ${name}: ${shorten(file.message)}`);
  }
  const counted = failures.filter((line) => line.startsWith('vitest:')).length;
  // Keep the sum honest when the report counts failures the loop above could not name.
  for (let extra = counted; extra < vitest.numFailedTests; extra += 1) failures.push('vitest: a failed test with no name');
}

const conformance = read<ConformanceReport>('test-results/conformance.json');
if (!conformance) failures.push('conformance: wrote no report (test-results/conformance.json)');
else {
  passed += conformance.filter((check) => check.status === 'passed').length;
  for (const check of conformance.filter((check) => check.status === 'failed'))
    failures.push(`conformance: ${check.name}: ${shorten(check.detail)}`);
}

const faults = read<FaultsReport>('test-results/faults.json');
if (!faults) failures.push('faults: wrote no report (test-results/faults.json)');
else {
  passed += faults.passed;
  for (const fault of faults.faults ?? [])
    for (const check of fault.checks.filter((check) => !check.passed))
      failures.push(`faults: ${fault.name} › ${check.name}: ${shorten(check.detail)}`);
}

const e2e = read<PlaywrightReport>('test-results/e2e.json');
if (!e2e) failures.push('playwright: wrote no report (test-results/e2e.json)');
else {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  const walk = (suite: PlaywrightSuite, titles: string[]): void => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected') {
          const error = test.results?.at(-1)?.error?.message;
          failures.push(`playwright: [${test.projectName}] ${[...titles, spec.title].join(' › ')}: ${shorten(error)}`);
        }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of e2e.suites ?? []) walk(suite, [suite.title]);
  for (let extra = failures.filter((line) => line.startsWith('playwright:')).length; extra < e2e.stats.unexpected; extra += 1)
    failures.push('playwright: a failed test with no name');
}

if (failures.length > 0) {
  console.info(`\nFailed (${failures.length}):`);
  for (const line of failures) console.info(`  ${line}`);
}
console.info(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
