import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMULATION_PREFIX } from '../../src/api/contract/endpoints/simulation';
import { buildApp } from '../scripts/build-app';

/** Strings that exist only in the simulated library's code. */
const mockMarkers = ['shiori.sim.profile', 'pbkdf2-sha256', 'Injected failure', 'shiori-demo-panel'];

function builtText(outDir: string): string {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

/** The Content-Security-Policy of a build's index.html, checked to come before any script. */
function policyOf(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a Content-Security-Policy meta tag').not.toBeNull();
  expect(meta!.index).toBeLessThan(html.indexOf('<script'));
  const policy = meta![1]!.replaceAll('&#39;', "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  return policy;
}

describe('the built app', () => {
  it('for a real API carries no mock code and no service worker', async () => {
    const outDir = join(tmpdir(), `shiori-real-${process.pid}`);
    await buildApp('production', outDir, { VITE_API_BASE_URL: 'https://library.example/api' });
    const text = builtText(outDir);
    // Requests may go to the API's origin, and nowhere else but the app's own.
    expect(policyOf(outDir)).toContain("connect-src 'self' https://library.example;");
    for (const marker of mockMarkers) expect(text, marker).not.toContain(marker);
    // Nor any path of the simulation API, nor its descriptions: only the demo panel's client knows them.
    expect(text).not.toContain(SIMULATION_PREFIX);
    expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(false);
    expect(existsSync(join(outDir, 'shiori-sw.js'))).toBe(false);
    expect(existsSync(join(outDir, 'precache.json'))).toBe(false);
    // The contract this build speaks travels with it.
    expect(readFileSync(join(outDir, 'openapi.json'), 'utf8')).toBe(readFileSync('src/api/contract/openapi.json', 'utf8'));
  }, 120_000);

  it('for the simulated library carries it (so the markers above mean something)', async () => {
    const outDir = join(tmpdir(), `shiori-mock-${process.pid}`);
    await buildApp('mock', outDir);
    const text = builtText(outDir);
    expect(policyOf(outDir)).toContain("connect-src 'self'");
    for (const marker of mockMarkers) expect(text, marker).toContain(marker);
    expect(text).toContain(SIMULATION_PREFIX);
    expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(true);
    expect(existsSync(join(outDir, 'shiori-sw.js'))).toBe(true);

    // The list of files shiori-sw.js keeps for offline starts: the app, by URL relative to the base;
    // each profile's seed and the contract are kept only once used.
    const precache = JSON.parse(readFileSync(join(outDir, 'precache.json'), 'utf8')) as {
      version: string;
      files: string[];
      onDemand: string[];
    };
    expect(precache.version).toMatch(/^[0-9a-f]{16}$/);
    const built = readdirSync(join(outDir, 'assets'))
      .filter((name) => /\.(js|css)$/.test(name))
      .map((name) => `assets/${name}`);
    expect(built.some((file) => file.endsWith('.js'))).toBe(true);
    expect(built.some((file) => file.endsWith('.css'))).toBe(true);
    expect(precache.files).toEqual(expect.arrayContaining([...built, 'index.html']));
    const seeds = readdirSync(join(outDir, 'assets'))
      .filter((name) => name.startsWith('seed-'))
      .map((name) => `assets/${name}`);
    expect(seeds).toHaveLength(5);
    expect([...precache.onDemand].sort()).toEqual([...seeds, 'openapi.json'].sort());
    expect(precache.files.filter((file) => precache.onDemand.includes(file))).toEqual([]);
    expect(JSON.parse(readFileSync(join(outDir, 'openapi.json'), 'utf8'))).toMatchObject({ openapi: '3.1.0' });
    for (const file of [...precache.files, ...precache.onDemand]) expect(existsSync(join(outDir, file)), file).toBe(true);
  }, 120_000);
});
