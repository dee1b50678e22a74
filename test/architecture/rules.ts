import type { IForbiddenRuleType } from 'dependency-cruiser';

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
