import { afterEach, beforeEach, vi } from 'vitest';

// A test that makes React or the app log an error fails, so that warnings cannot pile up unseen.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
