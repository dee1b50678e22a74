import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * A vitest reporter that says where each test file's time goes — its environment (jsdom), Vitest's
 * own preparation, the setup file, importing the file and what it imports, and its tests — so that
 * a slow file can be cut where it is slow. Prints the ten slowest files and writes every file to
 * test-results/vitest-timings.json:
 *   npx vitest run --reporter=default --reporter=./test/scripts/file-timings.ts
 */
export default class FileTimings implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]) {
    const rows = testModules.map((module) => {
      const { environmentSetupDuration, prepareDuration, setupDuration, collectDuration, duration } = module.diagnostic();
      const seconds = (ms: number) => Math.round(ms) / 1000;
      return {
        file: module.relativeModuleId,
        project: module.project.name,
        environment: seconds(environmentSetupDuration),
        prepare: seconds(prepareDuration),
        setup: seconds(setupDuration),
        imports: seconds(collectDuration),
        tests: seconds(duration),
        total: seconds(environmentSetupDuration + prepareDuration + setupDuration + collectDuration + duration),
      };
    });
    rows.sort((a, b) => b.total - a.total);
    writeFileSync('test-results/vitest-timings.json', `${JSON.stringify(rows, null, 2)}\n`);
    const sum = (key: 'environment' | 'prepare' | 'setup' | 'imports' | 'tests' | 'total') =>
      rows.reduce((total, row) => total + row[key], 0).toFixed(1);
    console.info(
      `\nPer file, in seconds (all ${rows.length} files: environment ${sum('environment')}, prepare ${sum('prepare')}, setup ${sum('setup')}, imports ${sum('imports')}, tests ${sum('tests')}, total ${sum('total')})`,
    );
    console.info(
      rows
        .slice(0, 10)
        .map(
          (row) =>
            `${String(row.total).padStart(7)} s  env ${row.environment}  prepare ${row.prepare}  setup ${row.setup}  imports ${row.imports}  tests ${row.tests}  ${row.project} ${row.file}`,
        )
        .join('\n'),
    );
  }
}
