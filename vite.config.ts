import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv, runnerImport, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as SeedAsset from './mocks/seed/seed-asset';
import { ACCENT, PAPER, appIcons, iconPng } from './src/app/installable/app-icons.ts';

/**
 * Mock builds only: writes `precache.json` next to index.html, `{ version, files, onDemand }`, with
 * URLs relative to the app's base (e.g. `assets/index-abc.js`); `version` is a hash of the names and
 * contents of every file the build emits. `mocks/public/shiori-sw.js` keeps `files` (the app: its
 * page, scripts, styles and strings) in Cache Storage, so that after one visit the app starts with
 * no network at all. `onDemand` are the build's files a visit does not need: each profile's seed
 * (840 kB each; the page asks for the one it seeded from, which a reset needs offline) and the
 * contract (openapi.json). Caching them all made a first visit store 6.2 MB instead of 1.9 MB.
 */
function precacheManifest(seedFiles: ReadonlySet<string>): Plugin {
  return {
    name: 'shiori:precache-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const emitted = Object.keys(bundle)
        .filter((fileName) => !fileName.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const fileName of emitted) {
        const item = bundle[fileName]!;
        hash
          .update(fileName)
          .update('\0')
          .update(item.type === 'chunk' ? item.code : item.source)
          .update('\0');
      }
      const version = hash.digest('hex').slice(0, 16);
      const onDemand = emitted.filter((fileName) => fileName === 'openapi.json' || seedFiles.has(fileName));
      const files = emitted.filter((fileName) => !onDemand.includes(fileName));
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify({ version, files, onDemand }, null, 2)}\n` });
    },
  };
}

/** Each profile's seed asset URL, for mocks/browser.ts (typed in mocks/seed-assets.d.ts). */
const SEED_ASSETS = 'virtual:shiori-seed-assets';
/** Where a seed asset is made: run in Node, through Vite's module loader, by the build and the dev server alike. */
const seedAssetModule = 'mocks/seed/seed-asset.ts';
type SeedAssetModule = typeof SeedAsset;

/**
 * The build's seed assets, by profile, kept between builds in Vite's cache folder under a hash of
 * what makes them: every module `seedAsset` runs, and the lockfile for the packages it imports. The
 * seed is deterministic, so the same inputs make the same bytes, and a build whose seed code did
 * not change skips generating five libraries.
 */
async function keptSeedAssets(config: ResolvedConfig): Promise<[profileId: string, asset: Uint8Array][]> {
  const { module, dependencies } = await runnerImport<SeedAssetModule>(join(config.root, seedAssetModule), {
    root: config.root,
    logLevel: 'error',
  });
  const inputs = createHash('sha256');
  for (const file of [seedAssetModule, 'package-lock.json', ...dependencies.map((path) => relative(config.root, path))].sort())
    inputs
      .update(file)
      .update('\0')
      .update(readFileSync(join(config.root, file)))
      .update('\0');
  const folder = join(config.cacheDir, 'shiori-seed-assets');
  const kept = join(folder, inputs.digest('hex').slice(0, 16));
  mkdirSync(kept, { recursive: true });
  for (const other of readdirSync(folder)) if (join(folder, other) !== kept) rmSync(join(folder, other), { recursive: true, force: true });
  const assets: [string, Uint8Array][] = [];
  for (const profileId of module.seedAssetProfiles) {
    const file = join(kept, `${profileId}.json.gzip`);
    if (!existsSync(file)) {
      // Written aside, then renamed: a build beside this one never reads half a file.
      writeFileSync(`${file}.${process.pid}`, await module.seedAsset(profileId));
      renameSync(`${file}.${process.pid}`, file);
    }
    assets.push([profileId, readFileSync(file)]);
  }
  return assets;
}

/**
 * Mock builds and the dev server: each profile's seed is built outside the page, so that a first
 * visit fetches and decodes it instead of generating it. The build runs `seedAsset` for every
 * profile (or finds what it made before: keptSeedAssets) and emits it as a content-hashed asset
 * (`assets/seed-p003-<hash>.json.gzip`, listed in precache.json among the files cached on demand); the
 * dev server answers `assets/seed-p003.json.gzip`, building it on demand. Either way
 * `virtual:shiori-seed-assets` gives the page each profile's URL. Not `.gz`: `vite preview` (sirv)
 * sends a `.gz` file with `Content-Encoding: gzip`, so the browser would unzip it before the page
 * does (and Cache Storage would keep it unzipped).
 */
function seedAssets(): Plugin & { api: { fileNames: Set<string> } } {
  /** The seed files this build emitted, for precacheManifest. */
  const fileNames = new Set<string>();
  const resolvedId = `\0${SEED_ASSETS}`;
  let config: ResolvedConfig;
  let server: ViteDevServer | undefined;
  const devModule = (devServer: ViteDevServer) => devServer.ssrLoadModule(`/${seedAssetModule}`) as Promise<SeedAssetModule>;
  return {
    name: 'shiori:seed-assets',
    api: { fileNames },
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.middlewares.use(`${devServer.config.base}${devServer.config.build.assetsDir}/`, (request, response, next) => {
        const profileId = /^\/seed-(p\d{3})\.json\.gzip$/.exec(request.url ?? '')?.[1];
        if (!profileId) return next();
        devModule(devServer)
          .then(({ seedAsset, seedAssetProfiles }) => {
            const known = seedAssetProfiles.find((id) => id === profileId);
            return known ? seedAsset(known) : null;
          })
          .then((asset) => {
            if (!asset) return next();
            response.setHeader('Content-Type', 'application/gzip');
            response.end(asset);
          }, next);
      });
    },
    resolveId: (id) => (id === SEED_ASSETS ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const urls: string[] = [];
      if (server) {
        for (const profileId of (await devModule(server)).seedAssetProfiles)
          urls.push(
            `${JSON.stringify(profileId)}: ${JSON.stringify(`${config.base}${config.build.assetsDir}/seed-${profileId}.json.gzip`)}`,
          );
      } else {
        for (const [profileId, source] of await keptSeedAssets(config)) {
          const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
          const fileName = `${config.build.assetsDir}/seed-${profileId}-${hash}.json.gzip`;
          fileNames.add(fileName);
          urls.push(`${JSON.stringify(profileId)}: import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', fileName, source })}`);
        }
      }
      return `export default { ${urls.join(', ')} };`;
    },
  };
}

/**
 * Mock builds: index.html preloads the two chunks the mock build's entry loads at once — the
 * simulated library (`mocks/browser.ts`, `import()`ed by src/main.tsx) and the demo panel's button
 * (`src/demo/demo-launcher.tsx`, awaited by the root layout before the app renders) — with what they
 * import and the launcher's styles, so that they download beside the entry instead of after it has
 * run (Vite preloads only the entry's static imports). The real-API build has neither.
 */
function preloadMockChunks(): Plugin {
  const loadedAtOnce = ['/mocks/browser.ts', '/src/demo/demo-launcher.tsx'];
  let base = '/';
  return {
    name: 'shiori:preload-mock-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((item) => item.type === 'chunk');
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const add = (fileName: string) => {
          if (scripts.has(fileName)) return;
          scripts.add(fileName);
          const chunk = chunks.find((item) => item.fileName === fileName);
          for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        for (const module of loadedAtOnce) {
          const chunk = chunks.find((item) => item.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`The mock build has no chunk for ${module}`);
          add(chunk.fileName);
        }
        const missing = (fileName: string) => !html.includes(`${base}${fileName}`);
        return [
          ...[...scripts].filter(missing).map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].filter(missing).map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/** The simulated library's seeds, and the offline copy's list that names them among the files kept on demand. */
function mockBuildPlugins(): Plugin[] {
  const seeds = seedAssets();
  return [seeds, precacheManifest(seeds.api.fileNames), preloadMockChunks()];
}

/** The contract's OpenAPI document, committed beside the schemas it is generated from (a test keeps it fresh). */
const openApiFile = new URL('./src/api/contract/openapi.json', import.meta.url);

/**
 * Both builds: ships the contract as `openapi.json` next to index.html, so that whoever deploys
 * the app has the exact contract this build speaks (the dev server answers it at the same address).
 */
function publishContract(): Plugin {
  return {
    name: 'shiori:publish-contract',
    configureServer(server) {
      server.middlewares.use('/openapi.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(openApiFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'openapi.json', source: readFileSync(openApiFile, 'utf8') });
    },
  };
}

/**
 * Both builds: a Content-Security-Policy as a meta tag at the top of index.html, so that it holds
 * wherever the build is served, a static host included. Scripts, styles, fonts and workers (the
 * MSW and offline service worker of the mock build) come only from the app's own origin; requests
 * go to it and, in a real-API build, to the API's origin; no plugin, no <base>, no form elsewhere.
 * Not in the dev server, whose hot reload runs inline scripts. (frame-ancestors is header-only:
 * set it on the server that serves the build.)
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl && /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : null;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'shiori:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/** The real-API build's service worker, written with the list of the build's files (see the file). */
const appWorkerTemplate = new URL('./src/app/installable/app-sw.js', import.meta.url);

/**
 * Both builds: installable. A web app manifest (`manifest.webmanifest`, linked from index.html)
 * with its icons drawn at build time (`icons/`, src/app/installable/app-icons.ts), the colours the
 * app's own (--accent, --paper). An installed app must start with no network: the mock build's
 * service worker does it already (mocks/public/shiori-sw.js); the real-API build gets `app-sw.js`,
 * which keeps the build's files and never an API answer.
 */
function installableApp(mode: string): Plugin {
  let base = '/';
  return {
    name: 'shiori:installable-app',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: ACCENT }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/${appIcons[0].file}` }, injectTo: 'head' },
    ],
    generateBundle(_options, bundle) {
      const manifest = {
        name: '栞 Shiori',
        short_name: '栞',
        description: '図書館のマイページ：蔵書検索、予約、貸出の確認',
        lang: 'ja',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: ACCENT,
        background_color: PAPER,
        icons: appIcons.map(({ file, size, purpose }) => ({ src: `icons/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
      };
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: `${JSON.stringify(manifest, null, 2)}\n` });
      for (const { file, size, purpose } of appIcons)
        this.emitFile({ type: 'asset', fileName: `icons/${file}`, source: iconPng(size, purpose === 'maskable') });
      if (mode === 'mock') return;
      // The page, the manifest and its icons, and every file the build emits (the contract aside, which the app never loads).
      const own = ['index.html', 'manifest.webmanifest', ...appIcons.map(({ file }) => `icons/${file}`)];
      const emitted = Object.keys(bundle).filter((fileName) => !fileName.endsWith('.map') && fileName !== 'openapi.json');
      const files = [...new Set([...emitted, ...own])].sort();
      const version = createHash('sha256');
      for (const fileName of files) {
        const item = bundle[fileName];
        version.update(fileName).update('\0');
        if (item) version.update(item.type === 'chunk' ? item.code : item.source).update('\0');
      }
      const shell = JSON.stringify({ version: version.digest('hex').slice(0, 16), files });
      const template = readFileSync(appWorkerTemplate, 'utf8');
      if (!template.includes("/* SHELL */ { version: 'unbuilt', files: [] }")) this.error('app-sw.js has no SHELL to fill in');
      this.emitFile({
        type: 'asset',
        fileName: 'app-sw.js',
        source: template.replace("/* SHELL */ { version: 'unbuilt', files: [] }", shell),
      });
    },
  };
}

/**
 * The app is React code (`import … from 'react'`, typed by @types/react) that runs on Preact's
 * compatibility layer, in both builds and in the tests alike (react-dom alone was 67 kB gzip of
 * the entry; preact with compat is 7 kB). See README, "The JS budget".
 */
const reactOnPreact = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // react-i18next's shim for React 17 (a CommonJS module that requires react): compat has the hook.
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

/**
 * Two builds of one app: `--mode mock` starts the simulated library in the page (and ships its
 * service workers and the precache list); any other mode talks to the API at VITE_API_BASE_URL and
 * carries no mock code.
 */
export default defineConfig(({ mode }) => ({
  plugins: [
    publishContract(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    installableApp(mode),
    ...(mode === 'mock' ? mockBuildPlugins() : []),
  ],
  publicDir: mode === 'mock' ? 'mocks/public' : false,
  resolve: {
    alias: [
      ...reactOnPreact,
      // msw's cookie code asks tldts for a registrable domain; the simulated library has no cookies.
      ...(mode === 'mock' ? [{ find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/public-suffix.ts', import.meta.url)) }] : []),
    ],
  },
  build: {
    outDir: mode === 'mock' ? 'dist/mock' : 'dist/real',
    emptyOutDir: true,
    // The mock build's simulated library loads every module of the contract at start: one file
    // instead of one per module, so that a first page's own scripts do not queue behind 25 more
    // requests. The real build keeps a module per chunk, loaded with its endpoint's first call.
    ...(mode === 'mock'
      ? { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'contract', test: /[\\/]src[\\/]api[\\/]contract[\\/]/ }] } } } }
      : {}),
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    testTimeout: 20_000,
    // Both cores of a CI machine: one file per core at a time.
    maxWorkers: 2,
    // A worker imports the app, the simulated library and each profile's seed once for all its
    // files instead of once per file (about 40 % of the CPU). Every test still starts from a fresh
    // library, query cache and stores: the harness and the setup files reset what outlives a test.
    isolate: false,
    // The app's client and the tests' interceptor meet at one absolute address, with or without a DOM.
    env: { VITE_API_BASE_URL: 'http://localhost:3000/api' },
    setupFiles: ['test/setup.ts'],
    // Node loads a package itself, past Vite's aliases: the packages that import React are put
    // through Vite instead, so that they meet the same Preact as the app.
    // Testing Library's `main` is CommonJS, whose require() no alias reaches: its ES module build.
    alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }],
    server: {
      deps: { inline: ['@testing-library/react', '@tanstack/react-query', 'react-i18next', 'react-router', 'react-hook-form', 'zustand'] },
    },
    projects: [
      {
        // Rules, the contract, the simulated library's API, the build: plain Node, no DOM to set up.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/architecture/**/*.test.ts', 'test/build/**/*.test.ts'],
        },
      },
      {
        // What renders React (.tsx): the whole app against the simulated library, as a patron's browser shows it.
        extends: true,
        // Vitest resolves as Node does, without `module`: react-router would be its CommonJS
        // build, whose require('react') no alias reaches.
        resolve: { conditions: ['module'] },
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
          include: ['test/unit/**/*.test.tsx', 'test/integration/**/*.test.tsx'],
        },
      },
    ],
  },
}));
