import { expect } from '@playwright/test';
import { logIn, patrons, test } from './support';

// The mock build runs under its Content-Security-Policy as a patron's browser would: its service
// worker registers, the simulated library seeds and answers, a patron logs in and searches, and
// the browser reports no violation of the policy on the way.

test('the app works under its Content-Security-Policy, with no violation reported', { tag: '@desktop' }, async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await logIn(page, patrons.yamada, { instant: true });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/shiori-sw\.js$/);
  await page.goto('/search?q=の');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
