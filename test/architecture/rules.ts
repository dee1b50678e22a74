import type { IForbiddenRuleType } from 'dependency-cruiser';

/**
 * The layers of the simulated library, lowest first: each may import the contract and the layers
 * below it (profiles and db, at the bottom, import nothing of each other). Entry points (browser.ts,
 * node.ts, http/) start it and may import any layer; nothing imports them.
 *
 *   profiles   the libraries' rules as data
 *   db         tables, schema, storage, persistence
 *   domain     pure rules over rows and a profile
 *   seed       the first library of a profile, built with the domain's rules
 *   runtime    the library as it runs: host, clock, transactions, the back office
 *   use-cases  one operation each (place, renew, log in, restore…): the library, the clock and the input in; a domain result or error out
 *   handlers   parse a request, call a use case, present its result
 */
const mocksLayers = ['profiles', 'db', 'domain', 'seed', 'runtime', 'use-cases', 'handlers'] as const;
const entryPoints = 'mocks/(browser\\.ts|node\\.ts|http/)';
type MocksLayer = (typeof mocksLayers)[number];

/** A layer of mocks/ imports nothing of the layers above it, nor the entry points. */
function belowWhatUsesIt(layer: MocksLayer, name: string, comment: string): IForbiddenRuleType {
  const above = mocksLayers.slice(mocksLayers.indexOf(layer) + 1).join('|');
  return { name, comment, severity: 'error', from: { path: `^mocks/${layer}/` }, to: { path: `^(mocks/(${above})/|${entryPoints})` } };
}

/**
 * The arrows of the style guide: contract ← client ← features ← app; mocks see only the contract;
 * the demo panel (src/demo) stands beside the features, and only the layout's mode-guarded import loads it.
 */
export const forbidden: IForbiddenRuleType[] = [
  {
    name: 'no-cycles',
    comment: 'Modules must not depend on themselves through others.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'app-code-not-to-mocks',
    comment: 'Only src/main.tsx may start the simulated library; the rest of the app never sees it.',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/main\\.tsx$' },
    to: { path: '^mocks/' },
  },
  {
    name: 'mocks-only-to-contract',
    comment: 'The simulated library may use the contract, nothing else of the app.',
    severity: 'error',
    from: { path: '^mocks/' },
    to: { path: '^src/', pathNot: '^src/api/contract/' },
  },
  {
    name: 'feature-not-to-other-feature',
    comment: 'Features never import each other; what they share lives in api, lib or components.',
    severity: 'error',
    from: { path: '^src/features/([^/]+)/' },
    to: { path: '^src/features/', pathNot: '^src/features/$1/' },
  },
  {
    name: 'contract-stands-alone',
    comment: 'The contract is shared with every backend: it depends on nothing of the app.',
    severity: 'error',
    from: { path: '^src/api/contract/' },
    to: { path: '^(src|mocks)/', pathNot: '^src/api/contract/' },
  },
  {
    name: 'api-not-to-ui',
    comment: 'The client and shared queries know nothing of features, screens or the app.',
    severity: 'error',
    from: { path: '^src/api/' },
    to: { path: '^src/(features|app|components)/' },
  },
  {
    name: 'shared-not-to-features',
    comment: 'lib and components serve features; they never import one, nor the app.',
    severity: 'error',
    from: { path: '^src/(lib|components)/' },
    to: { path: '^src/(features|app)/' },
  },
  {
    name: 'features-not-to-app',
    comment: 'The app composes features, never the other way round.',
    severity: 'error',
    from: { path: '^src/features/' },
    to: { path: '^src/app/' },
  },
  {
    name: 'mocks-profiles-stand-alone',
    comment: 'A profile is data about one library: it uses the contract and other profiles, nothing of the simulation.',
    severity: 'error',
    from: { path: '^mocks/profiles/' },
    to: { path: '^mocks/', pathNot: '^mocks/profiles/' },
  },
  {
    name: 'mocks-db-only-tables',
    comment: 'mocks/db is tables, schema, storage and persistence: it knows no library rule, seed, runtime, operation or handler.',
    severity: 'error',
    from: { path: '^mocks/db/' },
    to: { path: '^mocks/', pathNot: '^mocks/db/' },
  },
  belowWhatUsesIt(
    'domain',
    'mocks-domain-pure',
    'Library rules are pure functions of rows and a profile: the domain imports only db (row types), profiles and itself, never what runs or calls it.',
  ),
  belowWhatUsesIt(
    'seed',
    'mocks-seed-below-runtime',
    'The seed builds a fresh library with the domain’s rules; it does not run one, nor call operations or handlers.',
  ),
  belowWhatUsesIt(
    'runtime',
    'mocks-runtime-below-use-cases',
    'The runtime hosts the library and plays its back office; the operations use it, never the other way round.',
  ),
  belowWhatUsesIt(
    'use-cases',
    'mocks-use-cases-know-no-http',
    'A use case takes the library, the clock and its input and answers a domain result or throws a domain error: it never sees a handler, a request or a server.',
  ),
  {
    name: 'mocks-handlers-call-use-cases',
    comment:
      'Handlers parse, call a use case and present: the seed’s personas reach them through a use case, and they never reach the entry points that serve them.',
    severity: 'error',
    from: { path: '^mocks/handlers/' },
    to: { path: `^(mocks/seed/|${entryPoints})` },
  },
  {
    name: 'mocks-handler-files-not-shared',
    comment: 'An endpoint’s handler file is imported only by the handler table: what two need is a use case or a present-* file.',
    severity: 'error',
    from: { path: '^mocks/', pathNot: '^mocks/handlers/handlers\\.ts$' },
    to: { path: '^mocks/handlers/', pathNot: '^mocks/handlers/(handlers|define-handler|present-[^/]+)\\.ts$' },
  },
  {
    name: 'mocks-entry-points-not-imported',
    comment: 'browser.ts, node.ts and http/ start the simulated library; nothing inside it imports them.',
    severity: 'error',
    from: { path: '^mocks/', pathNot: `^${entryPoints}` },
    to: { path: `^${entryPoints}` },
  },
  {
    name: 'patron-app-not-to-demo',
    comment:
      'The demo panel is not part of the patron app: only the root layout loads it, behind the build-time MODE check that drops it from a real-API build.',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/(demo/|app/layout/root-layout\\.tsx$)' },
    to: { path: '^src/demo/' },
  },
  {
    name: 'demo-not-to-features',
    comment: 'The demo panel drives the library through the simulation API; it never borrows a patron feature or the app.',
    severity: 'error',
    from: { path: '^src/demo/' },
    to: { path: '^src/(features|app)/' },
  },
];
