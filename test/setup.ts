import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// A rendered page waits on the simulated library (a search over a fresh index, a login's hash):
// on a busy two-core CI machine that can pass the default second, which is not a failure.
configure({ asyncUtilTimeout: 5000 });

// A test that makes React or the app log an error fails, so that warnings cannot pile up unseen.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
