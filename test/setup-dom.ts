import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useGuestCart } from '../src/features/cart/guest-cart-store';
import { i18next } from '../src/lib/i18n/i18n';
import { useNotices } from '../src/lib/notices';

// A rendered page waits on the simulated library (a search over a fresh index, a login's hash):
// on a busy two-core CI machine that can pass the default second, which is not a failure.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  localStorage.clear();
  // Stores outlive a test in memory even though localStorage is cleared: start each test empty.
  useGuestCart.setState({ byLibrary: {} });
  useNotices.setState({ notices: [] });
  void i18next.changeLanguage('ja');
});

afterEach(() => {
  cleanup();
});
