import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forbidden } from './rules';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

async function violationsIn(baseDir: string, paths: string[]) {
  const { output } = await cruise(paths, {
    baseDir,
    ruleSet: { forbidden },
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  });
  const { summary } = output as ICruiseResult;
  return {
    modules: summary.totalCruised,
    violations: summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`),
  };
}

describe('the architecture', () => {
  it('keeps the arrows of the style guide in the app and the simulated library', async () => {
    const { modules, violations } = await violationsIn(root, ['src', 'mocks']);
    expect(modules).toBeGreaterThan(50);
    expect(violations).toEqual([]);
  }, 60_000);

  it('would catch each kind of broken arrow (a fixture tree that breaks every rule)', async () => {
    const { violations } = await violationsIn(resolve(here, 'fixture'), ['src', 'mocks']);
    const rules = new Set(violations.map((line) => line.split(':')[0]));
    expect([...rules].sort()).toEqual(
      [
        'app-code-not-to-mocks',
        'feature-not-to-other-feature',
        'mocks-only-to-contract',
        'no-cycles',
        'features-not-to-app',
        'api-not-to-ui',
        'contract-stands-alone',
        'shared-not-to-features',
        'mocks-profiles-stand-alone',
        'mocks-db-only-tables',
        'mocks-domain-pure',
        'mocks-seed-below-runtime',
        'mocks-runtime-below-use-cases',
        'mocks-use-cases-know-no-http',
        'mocks-handlers-call-use-cases',
        'mocks-handler-files-not-shared',
        'mocks-entry-points-not-imported',
        'patron-app-not-to-demo',
        'demo-not-to-features',
      ].sort(),
    );
  }, 60_000);
});
