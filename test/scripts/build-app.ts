import { build } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Build the app for `mode` ('mock' or 'production') into `outDir`, quietly. */
export async function buildApp(mode: 'mock' | 'production', outDir: string, env: Record<string, string> = {}): Promise<void> {
  const previous = { ...process.env };
  Object.assign(process.env, env);
  try {
    await build({ root: projectRoot, mode, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const key of Object.keys(env)) if (previous[key] === undefined) delete process.env[key];
  }
}
