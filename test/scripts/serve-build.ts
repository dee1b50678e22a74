import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import playwrightConfig from '../../playwright.config';
import { projectRoot } from './build-app';

/** Serve a build of `mode` from `outDir` on a free port of 127.0.0.1: its address without the last slash, and how to stop. */
export async function serveBuild(mode: 'mock' | 'production', outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    root: projectRoot,
    mode,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  return { url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''), close: () => server.close() };
}

/** Debian Chromium (CHROMIUM_PATH, else the e2e suite's) with the e2e suite's launch flags. */
export function launchChromium(): Promise<Browser> {
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? launchOptions.executablePath, args: launchOptions.args });
}
