import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the mock build (`npm run build:mock`), served by `vite preview` on
 * 127.0.0.1:4173. The simulated library runs inside the page (MSW + IndexedDB), so every test's
 * fresh browser context starts from an empty, freshly seeded library.
 *
 * The browser is Debian's Chromium (through test/e2e/chromium.sh): never `npx playwright install` here.
 */
/** E2E_PORT lets two suites run side by side on one machine. */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
/** The app built for a real API, and `npm run api` as that API, on the two ports after it. */
const realAppPort = port + 1;
const apiPort = port + 2;
export const realApi = { appURL: `http://127.0.0.1:${realAppPort}`, apiURL: `http://127.0.0.1:${apiPort}` };
/** Each port builds into its own folders, so two suites never overwrite each other's build. */
const mockDir = `dist/e2e-${port}`;
const realDir = `dist/e2e-real-${port}`;
/**
 * The two builds the suite serves, the mock app and the real-API app. `.ci/run` makes them beside
 * the end of vitest, where a core is idle (test/scripts/build-e2e.ts), and sets E2E_PREBUILT=1 so
 * that the web servers below only serve them; otherwise each web server builds its app first.
 */
export const e2eBuilds = {
  mock: `npm run build:mock -- --outDir ${mockDir}`,
  real: `VITE_API_BASE_URL=${realApi.apiURL} npx vite build --outDir ${realDir}`,
};
const buildFirst = (build: string) => (process.env.E2E_PREBUILT === '1' ? '' : `${build} && `);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One per core: the tests keep Chromium busy (a third worker on 2 cores made every test slower
  // and the run no shorter). E2E_WORKERS to choose.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Seeding the library on each test's first visit adds up on a busy machine; leave room.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
    serviceWorkers: 'allow',
    launchOptions: {
      // /usr/bin/chromium, with what the tests never use turned off (see the script).
      executablePath: fileURLToPath(new URL('test/e2e/chromium.sh', import.meta.url)),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  /*
   * A flow runs once: a test tagged `@phone` or `@desktop` runs in that project only; one with
   * neither tag runs in both. Untagged are the tests that do something else on each viewport (the
   * library's own pages, the demo panel's tabs); the a11y pages are shared out (the login page and
   * マイページ in Japanese on a phone, in English and with errors on a desktop), and so are the flows
   * of each area (login, catalogue, cart, reservations, loans, account, registration), so that each area
   * is clicked through, axe-checked and photographed on a phone and on a desktop. Running every
   * flow in both had the suite take 11 minutes on two cores, CPU-bound.
   */
  projects: [
    {
      name: 'phone',
      testIgnore: /real-api\.spec\.ts/,
      grepInvert: /@desktop/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: 'desktop',
      testIgnore: /real-api\.spec\.ts/,
      grepInvert: /@phone/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // The real-API build (no mock code) over the network to the simulated library's HTTP server.
      name: 'real-api',
      testMatch: /real-api\.spec\.ts/,
      use: { baseURL: realApi.appURL, viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: [
    {
      command: `${buildFirst(e2eBuilds.mock)}npm run preview:mock -- --outDir ${mockDir} --host 127.0.0.1 --port ${port}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // npm run api with a fresh data folder each run.
      command: `rm -rf test-results/api-${apiPort} && PORT=${apiPort} DATA_DIR=test-results/api-${apiPort} node --import tsx mocks/http/serve.ts`,
      url: `${realApi.apiURL}/library`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `${buildFirst(e2eBuilds.real)}npx vite preview --outDir ${realDir} --host 127.0.0.1 --port ${realAppPort} --strictPort`,
      url: realApi.appURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
