import { appendFileSync, readFileSync } from 'node:fs';
const T = (kind: string, ms: number) => appendFileSync('/tmp/e2e-phases.log', `${kind} ${ms}\n`);
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { test as base, expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { NetworkSettings } from '../../src/api/contract/simulation';

/** Demo patrons from mocks/seed/personas.ts (cardNumberAt(profile, n) and the profile's demo password). */
export const patrons = {
  /** p003 reader: 5 loans, 1 of them overdue. */
  yamada: { library: 'p003', cardNumber: '3000001', password: 'yomu2026', name: '山田 花子', masked: '***0001' },
  /** p003 holder: many reservations, 1 ready to collect. */
  sato: { library: 'p003', cardNumber: '3000002', password: 'yomu2026', name: '佐藤 健一', masked: '***0002' },
  /** p000 reader; the card is printed 0123456-7. */
  minato: { library: 'p000', cardNumber: '01234567', password: '246810', name: '山田 花子', masked: '****4567' },
} as const;

export type Patron = (typeof patrons)[keyof typeof patrons];

/**
 * The simulated library's own readiness signal: `src/main.tsx` marks the page once the library has
 * opened its database, or seeded it on a first visit (a fresh browser context is always a first
 * visit). Until then the app's requests wait on the library, so a test waits here, on the signal,
 * rather than letting its first expectation's clock run through the seeding.
 */
export async function libraryReady(page: Page): Promise<void> {
  // Polled every 100 ms, not every frame: a check per frame keeps the page painting while it seeds.
  await page.waitForFunction(() => document.documentElement.dataset.simulatedLibrary === 'ready', undefined, {
    timeout: 90_000,
    polling: 100,
  });
}

/** The demo's own switch for the simulated library's network, as the panel's 通信 tab keeps it (mocks/browser.ts). */
const NETWORK_KEY = 'shiori.sim.network';

/**
 * Playwright's `test` for the mock build: every `page.goto` and `page.reload` returns once the
 * simulated library in that page is ready. The library answers at once from the first visit on
 * (the demo's realistic 150–450 ms per request cost each test seconds that it is not about): the
 * browser context starts with the network setting the demo panel keeps in localStorage, so the
 * app is the one patrons get. A test about latency calls `simulatedNetwork` where its step begins.
 */
export const test = base.extend({
  storageState: async ({ baseURL }, provide) => {
    const network: NetworkSettings = { latency: 'none', failureRate: 0, offline: false };
    await provide({
      cookies: [],
      origins: [{ origin: new URL(baseURL!).origin, localStorage: [{ name: NETWORK_KEY, value: JSON.stringify(network) }] }],
    });
  },
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const t0 = Date.now();
      const response = await goto(...args);
      await libraryReady(page);
      T('goto', Date.now() - t0);
      return response;
    };
    page.reload = async (...args) => {
      const t0 = Date.now();
      const response = await reload(...args);
      await libraryReady(page);
      T('reload', Date.now() - t0);
      return response;
    };
    await provide(page);
  },
});

/**
 * Opens the login page of a library profile and waits until the simulated library has seeded
 * itself and the form is usable (no fixed sleeps: the first visit seeds IndexedDB).
 */
export async function openLogin(page: Page, library: string, path = '/login'): Promise<void> {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${separator}library=${library}`);
  await expect(loginHeading(page)).toBeVisible();
  await expect(cardNumberField(page)).toBeEditable();
}

/** The login page's heading, as each library names the step (p000's and p003's 認証画面, p001's 利用者認証を行います, p004's 利用者ログイン). */
const loginHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^(ログイン|利用者認証を行います|利用者ログイン|認証画面)$/ });

/** The login form's card number field, as each library names it (p000's 認証画面: 登録番号). */
export const cardNumberField = (page: Page) => page.getByLabel(/^(利用者番号|登録番号)$/);

/**
 * Sets the simulated library's latency from here on, as the demo panel's 通信 tab does, with no
 * injected failures (kept in localStorage, so a reload keeps it).
 */
export async function simulatedNetwork(page: Page, latency: NetworkSettings['latency']): Promise<void> {
  const status = await page.evaluate(async (latency) => {
    const response = await fetch('/api/_sim/network', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latency, failureRate: 0 }),
    });
    return response.status;
  }, latency);
  expect(status, 'PUT /api/_sim/network').toBe(200);
}

/** Makes the simulated library answer at once again, with no injected failures. */
export const instantNetwork = (page: Page) => simulatedNetwork(page, 'none');

export interface FoundTitle {
  id: string;
  /** As lists name it: with its volume (海辺の姉妹 上). */
  name: string;
}

/** Titles anyone may reserve with a copy on the shelf, found through the catalogue search API as the search page would. */
export async function reservableTitles(page: Page, count: number, materialType = 'book'): Promise<FoundTitle[]> {
  const found = await page.evaluate(async (materialType) => {
    const response = await fetch(`/api/catalogue/search?materialTypes=${materialType}&available=true&pageSize=50`);
    const result = (await response.json()) as {
      items: { id: string; title: string; volumeLabel: string | null; notReservableReason: string | null }[];
    };
    return result.items
      .filter((item) => item.notReservableReason === null)
      .map((item) => ({ id: item.id, name: item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title }));
  }, materialType);
  expect(found.length, `reservable ${materialType} found by the search API`).toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** Logs in and out through the API in the page, leaving titles in that patron's cart on the server. */
export async function patronCartHolds(page: Page, patron: { cardNumber: string; password: string }, titleIds: string[]): Promise<void> {
  const status = await page.evaluate(
    async ({ cardNumber, password, titleIds }) => {
      const json = { 'Content-Type': 'application/json' };
      const login = await fetch('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ cardNumber, password }) });
      const { token } = (await login.json()) as { token: string };
      const auth = { ...json, Authorization: `Bearer ${token}` };
      const add = await fetch('/api/me/cart/items', { method: 'POST', headers: auth, body: JSON.stringify({ titleIds }) });
      await fetch('/api/auth/logout', { method: 'POST', headers: auth });
      return add.status;
    },
    { ...patron, titleIds },
  );
  expect(status, 'POST /api/me/cart/items').toBe(200);
}

/** Moves the simulated library's clock forward, as a designer does from the console. */
export async function advanceClock(page: Page, minutes: number): Promise<void> {
  const status = await page.evaluate(async (minutes) => {
    const response = await fetch('/api/_sim/clock/advance', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ minutes }),
    });
    return response.status;
  }, minutes);
  expect(status, 'POST /api/_sim/clock/advance').toBe(200);
}

/** Fills the login form as a patron would and submits it. */
export async function submitLogin(page: Page, cardNumber: string, password: string): Promise<void> {
  await cardNumberField(page).fill(cardNumber);
  await page.getByLabel('パスワード').fill(password);
  // p000's 認証画面 names its button 認証, p001's page ログインする, p003's ログイン (認証).
  await page.getByRole('button', { name: /^(ログイン|ログインする|認証|ログイン \(認証\))$/ }).click();
}

/** Waits for マイページ (p000's 利用状況の照会) with the patron's name in the 利用状況 region, and returns that region. */
export async function expectMypage(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: /^(マイページ|利用状況の照会)$/ })).toBeVisible();
  const summary = page.getByRole('region', { name: '利用状況' });
  await expect(summary).toBeVisible();
  // The name is written with its reading as ruby (山田 花子 over ヤマダ ハナコ), so match it as part of the text.
  await expect(summary.getByText(name).first()).toBeVisible();
  await expect(summary).toContainText(name);
  return summary;
}

/** The figure shown for one count of the summary (貸出中, 予約中, 予約かご), found by its term. */
export function countIn(summary: Locator, term: string): Locator {
  return summary
    .locator('div')
    .filter({ has: summary.page().getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');
}

/** Logs in from a fresh context and lands on マイページ. */
export async function logIn(page: Page, patron: Patron, options: { instant?: boolean } = {}) {
  await openLogin(page, patron.library);
  if (options.instant) await instantNetwork(page);
  const t0 = Date.now();
  await submitLogin(page, patron.cardNumber, patron.password);
  const r = await expectMypage(page, patron.name);
  T('login', Date.now() - t0);
  return r;
}

/** A full-page screenshot kept for people to look at: test-results/screenshots/<project>-<name>.png. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Pictures are for people looking at the pages (npm run test:e2e); CI looks at none, so .ci/run
  // takes them only when asked (SHIORI_SCREENSHOTS=1): the 88 full pages cost about 12 % of its e2e time.
  if (process.env.CI && process.env.SHIORI_SCREENSHOTS !== '1') return;
  // Let web fonts and layout settle so the picture shows what a patron sees.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = `test-results/screenshots/${testInfo.project.name}-${name}.png`;
  await page.screenshot({ path, fullPage: true, animations: 'disabled', scale: 'css' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The page must not be wider than its viewport (nothing pushes a phone screen sideways). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `page is ${widths.scroll}px wide in a ${widths.client}px viewport`).toBeLessThanOrEqual(widths.client);
}

type Violations = AxeResults['violations'];

/** axe-core itself, put in the page by `expectNoAxeViolations`. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are read: axe skips collecting the nodes of passes and incomplete checks.
  resultTypes: ['violations'],
};

/** One line per violation and one per offending node, so a failure says what to fix and where. */
function describeViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
      );
      return `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with every violation listed.
 * axe is put in a document once: the app changes route without loading a new one, so the checks of
 * one test after the first cost only the run (@axe-core/playwright injected it twice per check and
 * finished each run in a page of its own, 1.9 s a check against 0.7 s here; the app has no frames).
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const t0 = Date.now();
  const present = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!present) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
    return (await axe.run(document, options)).violations;
  }, axeOptions);
  T('axe', Date.now() - t0);
  expect(violations, `axe found violations on ${what}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Switches the display language with the header's 表示言語 buttons and waits for the page to follow. */
export async function switchToEnglish(page: Page): Promise<void> {
  const group = page.getByRole('group', { name: '表示言語' });
  await group.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}
