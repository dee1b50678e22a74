import { expect, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  patrons,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

// Each test runs in its own browser context: a freshly seeded library, its clock at the seed's moment (Tuesday 2026-11-24 10:00).

/**
 * The text the demo panel's corner button lies over once the page is scrolled to its end: none, as
 * the page leaves room for the button below its last line.
 */
async function textUnderDemoButton(page: Page): Promise<string[]> {
  // Scrolled and read in one step: a part of the page that arrives in between (マイページ's pickup
  // banner) would move the footer after the scroll, and the reading would not be of the page's end.
  return page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const button = document.querySelector('.demo-launcher')!.getBoundingClientRect();
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('.demo-launcher, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        const overlaps = box.right > button.left && box.left < button.right && box.bottom > button.top && box.top < button.bottom;
        if (overlaps && box.width > 0) covered.push(node.textContent.trim());
      }
    }
    return covered;
  });
}

/**
 * On a phone, whether the corner button stands on a strip of its own, so that no line of the page
 * shows beside or under it, and where that strip starts (px from the top of the viewport).
 */
async function demoStrip(page: Page): Promise<{ ownRow: boolean; top: number }> {
  return page.evaluate(() => {
    const button = document.querySelector('.demo-launcher')!.getBoundingClientRect();
    const besideButton = document.elementFromPoint(4, (button.top + button.bottom) / 2);
    const strip = document.querySelector('.demo-launcher-strip')!.getBoundingClientRect();
    return { ownRow: besideButton?.closest('.demo-launcher-strip') != null, top: strip.top };
  });
}

test.describe('the library’s own pages', () => {
  test('p004: the top page opens on today, the search box, new arrivals and rankings; 図書館カレンダー and 利用案内 by keyboard, in both languages', async ({
    page,
  }, testInfo) => {
    await page.goto('/?library=p004');
    await expect(page.getByRole('heading', { level: 1, name: '桶川市図書館へようこそ' })).toBeVisible();
    await instantNetwork(page);
    await expect(page.getByText(/^本日（2026年11月24日.*）は開館日です。$/)).toBeVisible();
    for (const name of ['新着資料', '貸出ベスト', '予約ベスト'])
      await expect(page.getByRole('region', { name }).getByRole('listitem')).toHaveCount(3);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the top page');
    expect(await textUnderDemoButton(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'home-p004');

    // Keyboard only: to 図書館カレンダー, then to the next month.
    await page.getByRole('link', { name: '図書館カレンダー', exact: true }).focus();
    await page.keyboard.press('Enter');
    const november = page.getByRole('table', { name: '2026年11月' });
    await expect(november).toBeVisible();
    await expect(november.getByRole('cell', { name: /2026年11月23日/ })).toContainText('勤労感謝の日');
    await expect(november.locator('[aria-current="date"]')).toContainText('今日');
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, '図書館カレンダー');
    await keepScreenshot(page, testInfo, 'calendar-p004');
    await page.getByRole('link', { name: '次の月' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: '2026年12月' }).getByRole('cell', { name: /2026年12月31日/ })).toContainText('年末年始');
    expect(await textUnderDemoButton(page)).toEqual([]);

    await page.goto('/library/guide');
    await expect(page.getByRole('heading', { level: 1, name: '利用案内' })).toBeVisible();
    await expect(page.getByText('予約は10点までです（用意できたものも含みます）。')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, '利用案内');
    expect(await textUnderDemoButton(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'guide-p004');

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Library guide' })).toBeVisible();
    await expect(page.getByText('You may hold up to 10 reservations (items ready for you included).')).toBeVisible();
    await expectNoAxeViolations(page, 'the library guide in English');
    await page.goto('/library/calendar');
    await expect(page.getByRole('table', { name: 'November 2026' })).toBeVisible();
    await expectNoAxeViolations(page, 'the library calendar in English');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Okegawa City Library' })).toBeVisible();
    await expect(page.getByText(/^The library is open today/)).toBeVisible();
  });

  test('p003: a logged-in patron’s top page holds their counts and 予約確保一覧; the demo button covers no line at the end of 予約状況', async ({
    page,
  }, testInfo) => {
    const patron = patrons.sato;
    await page.goto(`/login?library=${patron.library}`);
    await expect(page.getByLabel('利用者番号')).toBeEditable();
    await instantNetwork(page);
    await submitLogin(page, patron.cardNumber, patron.password);
    await expect(page.getByRole('heading', { level: 1, name: 'マイページ' })).toBeVisible();
    const ready = page.getByRole('region', { name: /予約確保一覧/ });
    await expect(ready).toBeVisible();
    expect(await textUnderDemoButton(page)).toEqual([]);
    if (testInfo.project.name === 'phone') {
      // The note of 予約確保一覧 at the bottom of the screen: the button is on a strip of its own, and a
      // link reached by keyboard is scrolled above it.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect((await demoStrip(page)).ownRow).toBe(true);
      const link = ready.getByRole('link', { name: '図書館カレンダー' });
      await link.focus();
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual((await demoStrip(page)).top);
      await keepScreenshot(page, testInfo, 'reservations-demo-strip');
    }

    await page.getByRole('banner').getByRole('link', { name: '市川市立図書館' }).click();
    const mine = page.getByRole('region', { name: 'あなたの利用状況' });
    await expect(mine.getByText(patron.name)).toBeVisible();
    await expect(
      mine
        .getByRole('region', { name: /予約確保一覧/ })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the top page of a logged-in patron');
    expect(await textUnderDemoButton(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'home-p003-patron');
  });
  test('a link pointed at loads its screen before the click: 図書館カレンダー opens with no loading state in between @desktop', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const link = page.locator('main a[href="/library/calendar"]').first();
    await expect(link).toBeVisible();
    // The route's own module (routes/library.tsx), which nothing on the top page loads: asked for on hover, before any click.
    const screenModule = page.waitForRequest((request) => /\/assets\/library-[^/]+\.js$/.test(new URL(request.url()).pathname), {
      timeout: 15_000,
    });
    await link.hover();
    await screenModule;
    // Every frame from the click until the calendar's heading shows: none shows a screen's loading state.
    await page.evaluate(() => {
      const frames = { loading: 0, seen: 0 };
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      const sample = () => {
        frames.seen++;
        if (document.querySelector('main .loading')) frames.loading++;
        if (!document.querySelector('main h1')?.textContent?.includes('図書館カレンダー')) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: /図書館カレンダー/ })).toBeVisible();
    const frames = await page.evaluate(() => (window as unknown as { __frames: { loading: number; seen: number } }).__frames);
    expect(frames.seen).toBeGreaterThan(0);
    expect(frames.loading).toBe(0);
  });
});
