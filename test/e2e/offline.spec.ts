import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { expectMypage, libraryReady, submitLogin, test } from './support';

// After one visit, the mock build starts with no network at all: shiori-sw.js keeps the app shell
// in Cache Storage and MSW answers the API inside the page. To prove it, this spec serves the
// build that playwright.config.ts made (dist/e2e-<port>) from a server of its own, visits the app
// once, STOPS that server, and then reloads and opens other addresses of the app.

/** 高橋 翔 of p003 (mocks/seed/personas.ts): nothing borrowed or reserved. */
const takahashi = { library: 'p003', cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface StaticServer {
  origin: string;
  /** Closes the server and every connection to it. */
  stop(): Promise<void>;
}

/** A static server for a built app, with the SPA fallback to index.html that `vite preview` has. */
async function serveBuild(root: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (
      !file.startsWith(root) ||
      !(await stat(file).then(
        (info) => info.isFile(),
        () => false,
      ))
    )
      file = join(root, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections(); // keep-alive sockets too: nothing of this server is left
      }),
  };
}

/** The folder the config's webServer built the mock app into (one per E2E_PORT). */
function builtApp(testInfo: TestInfo): string {
  const port = new URL(String(testInfo.project.use.baseURL)).port;
  return resolve(dirname(testInfo.config.configFile ?? 'playwright.config.ts'), `dist/e2e-${port}`);
}

/** Everything the page's shell cache holds (URLs), read in the page. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Sends the worker what MSW's page script sends when the tab goes, and waits until it is handled. */
async function sayGoodbye(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = navigator.serviceWorker.controller!;
    const answered = new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'KEEPALIVE_RESPONSE') resolve();
      }),
    );
    worker.postMessage('CLIENT_CLOSED');
    worker.postMessage('KEEPALIVE_REQUEST');
    await answered; // messages are handled in order: CLIENT_CLOSED has been too
  });
}

/** A word many titles share, found through the catalogue search API (answered in the page). */
function commonAuthorSurname(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/catalogue/search?materialTypes=book&pageSize=1');
    const result = (await response.json()) as { items: { author: string }[] };
    return result.items[0]?.author.split(' ')[0] ?? '';
  });
}

// On a desktop only: the worker does not depend on the viewport.
test.describe('offline start', () => {
  test(
    'reload offline in Chromium: the app starts and the simulated library answers with no server',
    { tag: '@desktop' },
    async ({ page, context }, testInfo) => {
      const root = builtApp(testInfo);
      const precache = JSON.parse(await readFile(join(root, 'precache.json'), 'utf8')) as { files: string[]; onDemand: string[] };
      const server = await serveBuild(root);
      const { origin } = server;

      // One visit, online.
      await page.goto(`${origin}/login?library=${takahashi.library}`);
      await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: /市川市立図書館/ })).toBeVisible();
      await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/shiori-sw.js') ?? false);
      // The worker caches the build once the library has had no request for a while (mocks/browser.ts;
      // headless Chromium never hides a page, the other signal): wait until it has all of it, with the
      // seed of this profile (a reset needs it offline) and none of the other profiles' seeds.
      const seed = precache.onDemand.find((file) => file.startsWith(`assets/seed-${takahashi.library}-`));
      expect(seed, `the seed of ${takahashi.library} in precache.json's onDemand`).toBeDefined();
      await expect
        .poll(() => cachedUrls(page), { timeout: 30_000 })
        .toEqual(expect.arrayContaining([`${origin}/`, ...[...precache.files, seed].map((file) => `${origin}/${file}`)]));
      const onDemandCached = (await cachedUrls(page)).filter((url) => precache.onDemand.some((file) => url === `${origin}/${file}`));
      expect(onDemandCached, 'the on-demand files cached after one visit').toEqual([`${origin}/${seed}`]);

      // MSW's page script tells the worker when a tab goes (CLIENT_CLOSED, on beforeunload), and MSW's
      // worker then unregisters itself if no other tab is left, which would leave nothing to start
      // from offline. shiori-sw.js keeps the registration. Said here while the tab is open, so that
      // the check does not race the tab's closing (the reload below brings MSW back for this tab).
      await sayGoodbye(page);
      const registered = await page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.active?.scriptURL),
      );
      expect(registered, 'registrations once the only tab said goodbye').toEqual([`${origin}/shiori-sw.js`]);

      // No server any more: every request to it fails.
      await server.stop();
      await expect(fetch(`${origin}/`), 'a request to the stopped server').rejects.toThrow();

      // A reload starts the app from the cache, and the library answers from inside the page.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: /市川市立図書館/ })).toBeVisible();
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await submitLogin(page, takahashi.cardNumber, takahashi.password);
      await expectMypage(page, takahashi.name);
      await expect(page).toHaveURL(`${origin}/mypage/reservations`);

      // An address of the app typed in, as a bookmark would open it.
      const surname = await commonAuthorSurname(page);
      expect(surname, 'an author found by the search API').not.toBe('');
      await page.goto(`${origin}/search?q=${encodeURIComponent(surname)}`);
      await expect(page.getByRole('heading', { level: 1, name: '検索結果一覧' })).toBeVisible();
      await expect(page.getByRole('list', { name: '検索結果' }).getByRole('listitem').first()).toBeVisible();

      // The last tab closed, and the app opened again later with the browser offline as well.
      const worker = context.serviceWorkers().find((candidate) => candidate.url() === `${origin}/shiori-sw.js`);
      expect(worker, 'the service worker, as Playwright sees it').toBeDefined();
      await context.setOffline(true);
      await page.close({ runBeforeUnload: true });
      type WorkerScope = { clients: { matchAll(options: { includeUncontrolled: boolean }): Promise<unknown[]> } };
      const tabsOfWorker = () =>
        worker!.evaluate(async () => (await (self as unknown as WorkerScope).clients.matchAll({ includeUncontrolled: true })).length);
      await expect.poll(() => tabsOfWorker().catch(() => 0), { message: 'tabs of the worker once the last one closed' }).toBe(0);

      const again = await context.newPage();
      await again.goto(`${origin}/mypage/loans`);
      await libraryReady(again);
      await expectMypage(again, takahashi.name);
      await expect(again.getByRole('button', { name: 'ログアウト' })).toBeVisible();
      const stillRegistered = await again.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.active?.scriptURL),
      );
      expect(stillRegistered).toEqual([`${origin}/shiori-sw.js`]);
    },
  );
});
