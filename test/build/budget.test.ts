import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../mocks/db/table-encoding';
import { profiles } from '../../mocks/profiles/profiles';
import { personaHashes } from '../../mocks/seed/persona-hashes';
import { seedLibrary } from '../../mocks/seed/seed-library';
import { bundleReport, formatReport, type BundleReport } from '../scripts/bundle-report';

/** Every route's own JavaScript beyond the entry (its chunks and the chunks only routes load), gzip. */
const ROUTE_OWN_BUDGET = 40_000;

/**
 * A first visit to /login in the real build, gzip: entry, route and the strings and contract
 * module it loads. Issue 16 asks for 120 kB; this build is at 101 kB (231 kB before the split, 193
 * before the login form, zod/mini and the declarative router; 160 on react-dom before the app ran
 * on preact/compat, which took react-dom's 67 kB and react's 3 to preact's 7). What stays is
 * mostly libraries: i18next, zod's core, react-router and TanStack Query (README: "The JS budget").
 * The budget is the issue's: it fails above it.
 */
const LOGIN_BUDGET = 120_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The mock build, made once for the tests that read it: a build takes a while on two cores. */
let mockBuild: Promise<BundleReport> | undefined;
const mockReport = () => (mockBuild ??= bundleReport('mock'));

describe('the JS budget per route', () => {
  it('holds in the real build: the login route’s first visit, and every other route’s own chunks', async () => {
    const report = await bundleReport('production', { VITE_API_BASE_URL: 'https://library.example/api' });
    console.info(formatReport(report));
    expect(report.login.totalGzip, `first visit to /login: ${kB(report.login.totalGzip)}`).toBeLessThanOrEqual(LOGIN_BUDGET);
    expect(report.routes.length).toBeGreaterThan(10);
    for (const route of report.routes) {
      expect(route.ownGzip, `${route.module}: ${kB(route.ownGzip)} of its own`).toBeLessThanOrEqual(ROUTE_OWN_BUDGET);
    }
  }, 120_000);

  it('keeps the simulated library and the demo panel out of the mock build’s login route, in chunks of their own', async () => {
    const report = await mockReport();
    console.info(formatReport(report));
    const lazy = new Map(report.lazy.map((group) => [group.module, group]));
    for (const module of ['mocks/browser.ts', 'src/demo/demo-panel.tsx']) {
      const chunk = lazy.get(module)?.chunk;
      expect(chunk, module).toBeDefined();
      expect([...report.entry.files, ...report.login.files], module).not.toContain(chunk);
    }
  }, 120_000);

  it('ships each profile’s seed as an asset that decodes to what seedLibrary makes, and no seed generator in the page', async () => {
    const { outDir } = await mockReport();
    const precache = JSON.parse(readFileSync(join(outDir, 'precache.json'), 'utf8')) as { onDemand: string[] };
    const seeds = precache.onDemand.filter((file) => /^assets\/seed-p\d{3}-[0-9a-f]{10}\.json\.gzip$/.test(file));
    expect(seeds).toHaveLength(Object.keys(profiles).length);
    const p002 = seeds.find((file) => file.startsWith('assets/seed-p002-'))!;
    const shipped = await readTables(new Blob([readFileSync(join(outDir, p002))]).stream());
    expect(shipped).toStrictEqual(await seedLibrary({ profile: profiles.p002 }));

    const scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    const text = scripts.map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(text, 'the page knows where the seed is').toContain(p002);
    // The generator's own error text, its word lists' check and a precomputed persona hash.
    for (const marker of ['has no title left', 'bad word entry', Object.values(personaHashes.p002)[0]!])
      expect(text, marker).not.toContain(marker);
  }, 120_000);
});
