import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useLibraryUnreachable } from '../src/api/queries/offline';
import { useGuestCart } from '../src/features/cart/guest-cart-store';
import { useDemoOpen } from '../src/demo/demo-launcher';
import { useDemoStore } from '../src/demo/demo-store';
import { i18next, loadStrings } from '../src/lib/i18n/i18n';
import { namespaces } from '../src/lib/i18n/resources';
import { useNotices } from '../src/lib/notices';

// The app loads each page's strings with the page; a test starts with every namespace there, in both
// languages, so that a page renders at once as it did when the strings were bundled.
await loadStrings(namespaces);
await i18next.loadLanguages('en');
// Each route's module too, loaded here once per worker rather than by the first test that opens
// it, so that a test's time is the app's and not the module's first transform.
await Promise.all(Object.values(import.meta.glob('../src/app/routes/*.tsx')).map((load) => load()));

const printPage = getConfig().getElementError;

/** Testing Library's own flag, set while a waitFor or findBy* runs its check once more. */
const polling = () =>
  (getConfig() as ReturnType<typeof getConfig> & { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics ===
  true;

configure({
  // A rendered page waits on the simulated library (a search over a fresh index, a login's hash):
  // on a busy two-core CI machine that can pass the default second, which is not a failure.
  asyncUtilTimeout: 5000,
  // Each failed check of a findBy* or waitFor used to pretty-print the whole page into an error
  // that the next check threw away: half the CPU of a wait went there, starving the app it waits
  // for. The page is printed once, when the wait gives up (waitFor asks for the error again then),
  // and for every getBy* outside a wait, as before.
  getElementError: (message, container) =>
    polling() ? Object.assign(new Error(message ?? ''), { name: 'TestingLibraryElementError' }) : printPage(message, container),
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  // Stores outlive a test (and a file: the workers share modules) in memory even though the
  // storages are cleared: start each test empty, the demo panel closed.
  useGuestCart.setState({ byLibrary: {} });
  useDemoOpen.setState(useDemoOpen.getInitialState(), true);
  useDemoStore.setState(useDemoStore.getInitialState(), true);
  useNotices.setState({ notices: [] });
  useLibraryUnreachable.setState({ unreachable: false });
  void i18next.changeLanguage('ja');
});

afterEach(() => {
  cleanup();
});
