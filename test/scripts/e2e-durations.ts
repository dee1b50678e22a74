// npx tsx test/scripts/e2e-durations.ts a.json b.json … — each test's duration (s) in Playwright's
// JSON reports side by side, one column per report, with each report's sum. For comparing a suite
// before and after a change on the same subset, run in the same minutes on a busy machine.
import { readFileSync } from 'node:fs';

interface Suite {
  suites?: Suite[];
  specs?: { title: string; file: string; tests: { projectName: string; results: { duration: number }[] }[] }[];
}

function durations(file: string): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (suite: Suite) => {
    for (const inner of suite.suites ?? []) walk(inner);
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        for (const result of test.results)
          found.set(`[${test.projectName}] ${spec.file} › ${spec.title.slice(0, 50)}`, result.duration / 1000);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')) as Suite);
  return found;
}

const reports = process.argv.slice(2).map(durations);
const names = [...new Set(reports.flatMap((report) => [...report.keys()]))].sort();
const cell = (seconds: number | undefined) => (seconds === undefined ? '-' : seconds.toFixed(1)).padStart(7);
for (const name of names) console.info(`${reports.map((report) => cell(report.get(name))).join('')}  ${name}`);
console.info(`${reports.map((report) => cell([...report.values()].reduce((sum, seconds) => sum + seconds, 0))).join('')}  sum`);
