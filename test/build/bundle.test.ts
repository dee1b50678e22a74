import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../scripts/build-app';

/** Strings that exist only in the simulated library's code. */
const mockMarkers = ['shiori.sim.profile', 'pbkdf2-sha256', 'Injected failure'];

function builtText(outDir: string): string {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

describe('the built app', () => {
  it('for a real API carries no mock code and no service worker', async () => {
    const outDir = join(tmpdir(), `shiori-real-${process.pid}`);
    await buildApp('production', outDir);
    const text = builtText(outDir);
    for (const marker of mockMarkers) expect(text, marker).not.toContain(marker);
    expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(false);
  }, 120_000);

  it('for the simulated library carries it (so the markers above mean something)', async () => {
    const outDir = join(tmpdir(), `shiori-mock-${process.pid}`);
    await buildApp('mock', outDir);
    const text = builtText(outDir);
    for (const marker of mockMarkers) expect(text, marker).toContain(marker);
    expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(true);
  }, 120_000);
});
