import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
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

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

/** Installable: index.html links a web app manifest whose icons exist at the sizes it declares (192, 512, and a maskable one). */
function expectInstallable(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  expect(policyOf(outDir)).toContain("manifest-src 'self'");
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as {
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: '栞 Shiori',
    short_name: '栞',
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#7a2e1f',
    background_color: '#fbfaf7',
  });
  expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    expect(icon.type).toBe('image/png');
    expect(pngSize(join(outDir, icon.src)), icon.src).toBe(icon.sizes);
  }
}

type FetchListener = (event: { request: { method: string; mode: string; url: string }; respondWith: (answer: unknown) => void }) => void;

/** Runs the real build's app-sw.js with a stand-in `self`: the files it keeps, and whether it answers a request at all. */
function appWorker(outDir: string) {
  const listeners = new Map<string, (event: unknown) => void>();
  const kept: string[] = [];
  const cache = { addAll: (urls: string[]) => Promise.resolve(void kept.push(...urls)) };
  const self = {
    location: { href: 'https://app.example/app-sw.js' },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: () => Promise.resolve(),
  };
  const caches = { open: () => Promise.resolve(cache), match: () => Promise.resolve(undefined), keys: () => Promise.resolve([]) };
  // The network, for what it answers from there: a page load or a file not kept yet.
  const fetch = () => Promise.resolve({ ok: true });
  runInNewContext(readFileSync(join(outDir, 'app-sw.js'), 'utf8'), { self, caches, fetch, URL, setTimeout, clearTimeout });
  return {
    install: async () => {
      let done: Promise<unknown> = Promise.resolve();
      listeners.get('install')!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
      await done;
      return kept;
    },
    answers: (url: string, mode = 'cors', method = 'GET') => {
      let answered = false;
      (listeners.get('fetch') as FetchListener)({ request: { method, mode, url }, respondWith: () => (answered = true) });
      return answered;
    },
  };
}

describe('the built app', () => {
  it('for a real API carries no mock code and none of the mock build’s service workers; it is installable with a worker of its own that never keeps an API answer', async () => {
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

    expectInstallable(outDir);
    // The page registers the build's own worker.
    expect(text).toContain('app-sw.js');
    const worker = appWorker(outDir);
    const kept = await worker.install();
    const built = readdirSync(join(outDir, 'assets')).map((name) => `https://app.example/assets/${name}`);
    expect(kept).toEqual(expect.arrayContaining([...built, 'https://app.example/index.html', 'https://app.example/manifest.webmanifest']));
    for (const url of kept) expect(existsSync(join(outDir, new URL(url).pathname)), url).toBe(true);
    expect(kept.filter((url) => /\/api\/|openapi/.test(url))).toEqual([]);
    // It answers page loads and the build's files; an API request, on the API's origin or under the
    // app's own /api (the default base), it leaves to the network: no library answer is ever cached.
    expect(worker.answers('https://app.example/mypage/loans', 'navigate')).toBe(true);
    expect(worker.answers(built[0]!)).toBe(true);
    expect(worker.answers('https://library.example/api/me/loans')).toBe(false);
    expect(worker.answers('https://app.example/api/me/loans')).toBe(false);
    expect(worker.answers('https://app.example/api/auth/login', 'cors', 'POST')).toBe(false);
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
    expectInstallable(outDir);
    expect(existsSync(join(outDir, 'app-sw.js'))).toBe(false);
  }, 120_000);
});
