// The two apps the Playwright suite serves (playwright.config.ts: e2eBuilds), built one after the
// other on one core: `.ci/run` runs this beside the end of vitest, then Playwright with
// E2E_PREBUILT=1 only serves them. Prints each build's time (Vite's file list is left out; its
// errors are printed); exits non-zero when a build fails.
import { execSync } from 'node:child_process';
import { e2eBuilds } from '../../playwright.config';

for (const command of Object.values(e2eBuilds)) {
  const started = Date.now();
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.info(`${command}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
