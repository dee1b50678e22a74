import { build, type PluginOption } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Build the app for `mode` ('mock' or 'production') into `outDir`, quietly; `plugins` join the config's own. */
export async function buildApp(
  mode: 'mock' | 'production',
  outDir: string,
  env: Record<string, string> = {},
  plugins: PluginOption[] = [],
): Promise<void> {
  const previous = { ...process.env };
  Object.assign(process.env, env);
  try {
    await build({ root: projectRoot, mode, logLevel: 'error', plugins, build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    for (const key of Object.keys(env)) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  }
}
