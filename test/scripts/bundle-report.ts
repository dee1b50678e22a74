// npm run report:bundle — builds the app for a real API and with the simulated library, and prints,
// for each route, the JavaScript (gzip) a first visit to it loads: the entry with what it imports,
// plus the route's own chunks (its lazy module and what that imports beyond the entry), with the
// packages that weigh most in each. The budget test (test/build/budget.test.ts) reads the same figures.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { buildApp, projectRoot } from './build-app';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** What one chunk holds, by package (node_modules) or app folder, in rendered bytes before minifying. */
type Composition = Map<string, Map<string, number>>;

export interface ChunkGroup {
  /** The module that starts it: `src/main.tsx` for the entry, a route module, or another lazy module. */
  module: string;
  /** The module's own chunk, when it has one beyond the entry. */
  chunk?: string;
  /** Gzip bytes of the JavaScript files it loads beyond the entry's (for the entry: its own). */
  ownGzip: number;
  /** Gzip bytes of the entry's files plus this group's own. */
  totalGzip: number;
  files: string[];
  /** The heaviest packages or app folders of its own files, with their share of the gzip bytes. */
  top: { name: string; gzip: number }[];
}

export interface BundleReport {
  mode: 'mock' | 'production';
  /** Where the build is, for tests that read more of it. */
  outDir: string;
  entry: ChunkGroup;
  /** A first visit to /login up to a usable form: the entry, the route's chunks and what they load at run time. */
  login: ChunkGroup;
  /** One per route module of src/app/routes.tsx, in its order. */
  routes: ChunkGroup[];
  /** The other lazily loaded modules (the simulated library, the demo panel…). */
  lazy: ChunkGroup[];
}

const routeTable = join(projectRoot, 'src/app/routes.tsx');

/**
 * What a first visit to /login loads at run time, beyond the chunks its modules import: the
 * layout's strings and the page's (in Japanese), and the contract module of the one call made
 * before the form shows (GET /library). `npm run measure:login` counts the same in Chromium.
 */
const loginAtRunTime = [
  'src/app/routes/login.tsx',
  ...['common', 'catalog', 'cart', 'auth'].map((namespace) => `src/lib/i18n/locales/ja/${namespace}.ts`),
  'src/api/contract/endpoints/library.ts',
];

/** The route modules `src/app/routes.tsx` mentions, as manifest keys, in its order. */
function routeModules(): string[] {
  const source = readFileSync(routeTable, 'utf8');
  const found = [...source.matchAll(/['"]\.\/routes\/([a-z-]+)['"]/g)].map((match) => `src/app/routes/${match[1]}.tsx`);
  return [...new Set(found)];
}

/** A module's package (`react-dom`, `@tanstack/query-core`) or, for the app's own code, its folder. */
function ownerOf(id: string): string {
  const path = relative(projectRoot, id.replace(/\?.*$/, '')).replaceAll('\\', '/');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** A plugin that records, for each emitted chunk, how many rendered bytes each package contributes. */
function recordComposition(into: Composition): Plugin {
  return {
    name: 'shiori:bundle-composition',
    generateBundle(_options, bundle) {
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type !== 'chunk') continue;
        const byOwner = new Map<string, number>();
        for (const [id, module] of Object.entries(item.modules)) {
          byOwner.set(ownerOf(id), (byOwner.get(ownerOf(id)) ?? 0) + module.renderedLength);
        }
        into.set(fileName, byOwner);
      }
    },
  };
}

function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, into);
  return into;
}

function analyse(outDir: string, mode: BundleReport['mode'], composition: Composition): BundleReport {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gzipOf = new Map<string, number>();
  const gzip = (file: string) => {
    if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(readFileSync(join(outDir, file))).length);
    return gzipOf.get(file)!;
  };
  const jsFiles = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));

  const group = (module: string, keys: Set<string>, entryGzip: number): ChunkGroup => {
    const files = jsFiles(keys);
    const ownGzip = files.reduce((sum, file) => sum + gzip(file), 0);
    // A package's share of a file's gzip bytes, in proportion to its rendered bytes in that file.
    const shares = new Map<string, number>();
    for (const file of files) {
      const byOwner = composition.get(file) ?? new Map<string, number>();
      const rendered = [...byOwner.values()].reduce((sum, bytes) => sum + bytes, 0) || 1;
      for (const [owner, bytes] of byOwner) shares.set(owner, (shares.get(owner) ?? 0) + (gzip(file) * bytes) / rendered);
    }
    const top = [...shares]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, bytes]) => ({ name, gzip: Math.round(bytes) }));
    return { module, chunk: manifest[module]?.file, ownGzip, totalGzip: entryGzip + ownGzip, files, top };
  };

  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const entryKeys = closure(manifest, entryKey);
  const entry = group(manifest[entryKey]!.src ?? entryKey, entryKeys, 0);
  entry.totalGzip = entry.ownGzip;
  const beyondEntry = (key: string) => new Set([...closure(manifest, key)].filter((item) => !entryKeys.has(item)));

  const routeKeys = routeModules();
  const routes = routeKeys.map((key) => group(key, manifest[key]?.isDynamicEntry ? beyondEntry(key) : new Set(), entry.ownGzip));
  const lazy = Object.keys(manifest)
    .filter((key) => manifest[key]!.isDynamicEntry && !routeKeys.includes(key))
    .map((key) => group(key, beyondEntry(key), entry.ownGzip));
  const login = group(
    'first visit to /login',
    new Set(loginAtRunTime.flatMap((key) => (manifest[key] ? [...beyondEntry(key)] : []))),
    entry.ownGzip,
  );
  return { mode, outDir, entry, login, routes, lazy };
}

/** Build one mode into a temporary folder and measure it. */
export async function bundleReport(mode: BundleReport['mode'], env: Record<string, string> = {}): Promise<BundleReport> {
  const outDir = join(tmpdir(), `shiori-bundle-${mode}-${process.pid}`);
  const composition: Composition = new Map();
  // React's production build, as `npm run build` makes it, also inside vitest (which sets NODE_ENV=test).
  await buildApp(mode, outDir, { ...env, NODE_ENV: 'production' }, [recordComposition(composition)]);
  return analyse(outDir, mode, composition);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The report as a table: one line per chunk group, its heaviest packages beneath. */
export function formatReport(report: BundleReport): string {
  const lines = [
    `${report.mode === 'mock' ? 'mock build (simulated library)' : 'real build (real API)'} — JS gzip`,
    `${'module'.padEnd(44)} ${'own'.padStart(9)} ${'route total'.padStart(12)}  files`,
  ];
  const row = (group: ChunkGroup, total: boolean) => {
    lines.push(
      `${group.module.padEnd(44)} ${kB(group.ownGzip).padStart(9)} ${(total ? kB(group.totalGzip) : '').padStart(12)}  ${group.files.length}`,
    );
    if (group.top.length) lines.push(`    ${group.top.map((item) => `${item.name} ${kB(item.gzip)}`).join(', ')}`);
  };
  row(report.entry, true);
  row(report.login, true);
  for (const route of report.routes) row(route, true);
  if (report.lazy.length) lines.push('other lazy modules:');
  for (const other of report.lazy) row(other, false);
  return lines.join('\n');
}

async function main() {
  const real = await bundleReport('production', { VITE_API_BASE_URL: 'https://library.example/api' });
  console.info(formatReport(real));
  console.info('');
  console.info(formatReport(await bundleReport('mock')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
