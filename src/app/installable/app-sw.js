/* global self, caches, fetch, URL, setTimeout, clearTimeout */
/**
 * The real-API build's service worker (`app-sw.js`, registered by src/main.tsx in that build only):
 * it makes the app installable and lets it start with no network. The mock build has its own,
 * mocks/public/shiori-sw.js, with MSW inside.
 *
 * - What it keeps: the build's files, listed into this script by the build (`SHELL` below: the
 *   page, scripts, styles, strings, the manifest and its icons), in one Cache Storage cache per
 *   build (`shiori-app-<version>`), all on install. A new deploy is a new script: the browser
 *   installs it, it caches the new build and drops the old one's cache.
 * - What it never keeps: anything else. API requests (the library's answers, the session) are not
 *   even answered by this worker: they go to the network as without it, so no answer of the
 *   library is ever in Cache Storage. What マイページ shows offline is the app's own copy (see
 *   README "Offline My Page").
 * - How it answers: a page load tries the server first (3 s at most) and otherwise gets the cached
 *   index.html, whatever the address (the router does the rest); the build's files come from the
 *   cache (their names carry a hash of their content).
 */
(() => {
  /** Replaced by the build (vite.config.ts, installableApp) with `{ version, files }`. */
  const SHELL = /* SHELL */ { version: 'unbuilt', files: [] };
  const CACHE_PREFIX = 'shiori-app-';
  const CACHE = `${CACHE_PREFIX}${SHELL.version}`;
  const NETWORK_TIMEOUT_MS = 3000;
  const BASE = new URL('./', self.location.href);
  const PAGE = new URL('index.html', BASE).href;
  const files = new Set(SHELL.files.map((file) => new URL(file, BASE).href));

  self.addEventListener('install', (event) => {
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.addAll([...files]))
        .then(() => self.skipWaiting()),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name))),
        )
        .then(() => self.clients.claim()),
    );
  });

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    if (request.mode === 'navigate') {
      event.respondWith(pageLoad(request));
      return;
    }
    const url = new URL(request.url);
    const key = url.origin + url.pathname;
    if (!files.has(key)) return; // not the build's: the network, as without this worker
    event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached || fetch(request)));
  });

  /** The server's page when it answers in time, else the cached index.html. */
  async function pageLoad(request) {
    const cached = await caches.match(PAGE, { cacheName: CACHE });
    if (!cached) return fetch(request);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS);
    });
    try {
      return await Promise.race([fetch(request), timeout]);
    } catch {
      return cached;
    } finally {
      clearTimeout(timer);
    }
  }
})();
