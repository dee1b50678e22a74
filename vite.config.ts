import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Two builds of one app: `--mode mock` starts the simulated library in the page (and ships its
 * service worker); any other mode talks to the API at VITE_API_BASE_URL and carries no mock code.
 */
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  publicDir: mode === 'mock' ? 'mocks/public' : false,
  build: {
    outDir: mode === 'mock' ? 'dist/mock' : 'dist/real',
    emptyOutDir: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/architecture/**/*.test.ts', 'test/build/**/*.test.ts'],
    testTimeout: 20_000,
  },
}));
