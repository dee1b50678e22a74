import { build } from 'vite';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname ?? '.', '../..');

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
