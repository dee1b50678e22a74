import { expect, type Locator, type Page, type Response } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  reservableTitles,
  switchToEnglish,
  type FoundTitle,
  test,
} from './support';

// Each test runs in its own browser context: a freshly seeded library, its clock running from the seed's moment.

/** p003 高橋 翔: nothing borrowed or reserved. */
const takahashi = { library: 'p003', cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;

/** Restoring a scenario seeds the library again in the page: give it time on a busy machine. */
const seeding = { timeout: 60_000 };

/** Opens the app at its home page in a library, once the simulated library answers. */
async function openHome(page: Page, library = 'p003') {
  await page.goto(`/?library=${library}`);
  await expect(page.getByRole('heading', { level: 1, name: 'ようこそ' })).toBeVisible();
  await instantNetwork(page);
}

/** Opens the demo panel with its button and answers the panel. */
async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'デモ', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'デモパネル' });
  await expect(panel).toBeVisible();
  // On a phone the open sheet has its own close button, and the launcher steps aside.
  await expect(page.getByRole('button', { name: 'デモ', exact: true, includeHidden: true })).toHaveAttribute('aria-expanded', 'true');
  return panel;
}

/** Closes the panel as a designer does, so that a phone shows the page under it again. */
async function closePanel(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'デモパネル' })).toHaveCount(0);
}

/** What the app says when the library did not answer: every failed action shows it. */
const UNAVAILABLE = '図書館のシステムが応答しませんでした。';

/**
 * Waits until `done` shows, pressing the app's own もう一度読み込む whenever a page could not be
 * read (the transport tries a read three times first, so this is rare at 30 %). Each wait ends on
 * whichever of the two the page shows first, never after a fixed pause.
 */
async function untilShown(page: Page, done: Locator, timeout = 45_000): Promise<void> {
  const retry = page.getByRole('button', { name: 'もう一度読み込む' }).first();
  const deadline = Date.now() + timeout;
  while (!(await done.isVisible())) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    await expect(done.or(retry).first()).toBeVisible({ timeout: left });
    // A retry button that went away on its own (the page was read meanwhile) is no failure.
    if (await retry.isVisible()) await retry.click({ timeout: 5_000 }).catch(() => undefined);
  }
  await expect(done).toBeVisible();
}

/**
 * Presses `button` as a patron does until the library takes the request: when a failure is shown
 * to the patron (the app's alert, the button usable again) they press again. A write the transport
 * may repeat (a keyed placing) is retried on its own first, so some failures never reach the
 * patron. Answers how many answers failed in all.
 */
async function pressUntilAccepted(page: Page, button: Locator, request: (response: Response) => boolean): Promise<number> {
  const failed: string[] = [];
  const noteFailure = (response: Response) => {
    if (request(response) && !response.ok()) failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  };
  const alert = page.getByRole('alert').filter({ hasText: UNAVAILABLE });
  page.on('response', noteFailure);
  try {
    for (let presses = 0; presses < 15; presses++) {
      await expect(button).toBeEnabled();
      let accepted = false;
      const answered = page.waitForResponse((response) => request(response) && response.ok(), { timeout: 60_000 });
      void answered.then(() => (accepted = true)).catch(() => undefined);
      await button.click();
      await expect
        .poll(async () => accepted || ((await alert.isVisible()) && (await button.isEnabled({ timeout: 500 }).catch(() => false))), {
          timeout: 30_000,
        })
        .toBe(true);
      if (accepted) {
        for (const failure of failed) expect(failure).toMatch(/^503 /);
        return failed.length;
      }
    }
    throw new Error('The library refused fifteen presses in a row');
  } finally {
    page.off('response', noteFailure);
  }
}

/** Reservable titles that a search for their name finds on its first page, so that the patron can reach them as patrons do. */
async function titlesFoundByName(page: Page, count: number): Promise<FoundTitle[]> {
  const found: FoundTitle[] = [];
  for (const title of await reservableTitles(page, 20)) {
    const onFirstPage = await page.evaluate(async ({ id, name }) => {
      const response = await fetch(`/api/catalogue/search?q=${encodeURIComponent(name)}`);
      return ((await response.json()) as { items: { id: string }[] }).items.some((item) => item.id === id);
    }, title);
    if (onFirstPage) found.push(title);
    if (found.length === count) return found;
  }
  throw new Error(`Fewer than ${count} reservable titles are found by their name`);
}

const apiCall = (method: string, path: string) => (response: Response) =>
  response.request().method() === method && new URL(response.url()).pathname === `/api${path}`;

test.describe('the demo panel', () => {
  test(
    'a designer restores a reservation on its way, moves a day on, sees it become ready, and reads the notice in the mailbox',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await openHome(page);
      const panel = await openPanel(page);
      await panel.getByRole('tab', { name: 'シナリオ' }).click();
      const builtIn = panel.getByRole('list', { name: '用意されたシナリオ' });
      const transit = builtIn.getByRole('listitem').filter({ hasText: '予約資料が配送中' });
      await expect(transit).toContainText('/?library=p003&scenario=in-transit');
      // Chromium names the button with a space between its word and the hidden name.
      await transit.getByRole('button', { name: /^復元\s?：予約資料が配送中$/ }).click();
      await expect(panel.getByText('「予約資料が配送中」を復元しました。')).toBeVisible(seeding);
      // The scenario's patron is signed in, with the reservation on its way.
      await expect(page.getByRole('region', { name: '利用状況' })).toContainText(takahashi.name);

      await panel.getByRole('tab', { name: '時間' }).click();
      const clock = panel.getByRole('region', { name: '模擬時刻' });
      const before = await clock.locator('time').getAttribute('datetime');
      await clock.getByRole('button', { name: '+1日' }).click();
      await expect(clock.locator('time')).not.toHaveAttribute('datetime', before!);
      const log = panel.getByRole('region', { name: '出来事の記録' });
      await expect(log.getByText(/^\+1日進めた → /)).toBeVisible();
      await expect(
        log.locator('.demo-event-ready', { hasText: /^\d+月\d+日 \d\d:\d\d 高橋 翔さんの『.+』が利用可能になりました（.+）$/ }),
      ).toBeVisible();
      await expect(
        log.locator('.demo-event-mail-sent', {
          hasText: /高橋 翔さんにメール「【市川市立図書館】予約資料のご用意ができました」を送りました$/,
        }),
      ).toBeVisible();
      await keepScreenshot(page, testInfo, 'demo-panel-time');

      await panel.getByRole('tab', { name: 'メール' }).click();
      // The scenario's patron is the one the panel works with: their mail is shown.
      await expect(panel.getByRole('combobox', { name: '宛先の利用者' })).toHaveValue(takahashi.cardNumber);
      const subject = panel.getByRole('button', { name: '【市川市立図書館】予約資料のご用意ができました' });
      await subject.click();
      await expect(subject).toHaveAttribute('aria-expanded', 'true');
      const body = panel.locator('.demo-mail-body');
      await expect(body).toContainText(`${takahashi.name} 様`);
      await expect(body).toContainText('ご予約の資料のご用意ができました。');
      await expect(body).toContainText('取置期限：');
      await expectNoAxeViolations(page, 'the demo panel reading a mail (ja)');
      await keepScreenshot(page, testInfo, 'demo-panel-mail');
    },
  );

  test('passes axe on every tab, fits a phone, and reads in English', async ({ page }, testInfo) => {
    await openHome(page);
    const panel = await openPanel(page);
    await expect(panel.getByRole('heading', { level: 2, name: 'デモパネル' })).toBeFocused();
    await expect(panel.getByRole('region', { name: 'デモ利用者' }).getByRole('listitem')).toHaveCount(5);
    if (page.viewportSize()!.width < 768) {
      // The sheet covers most of a phone's screen and the page stays usable above it. Going back
      // into the page by keyboard (Shift+Tab from the panel) lands on the page's last controls,
      // which scroll above the sheet rather than stay hidden under it (WCAG 2.4.11).
      for (let press = 0; press < 4; press++) {
        await page.keyboard.press('Shift+Tab');
        const focus = await page.evaluate(() => {
          const focused = document.activeElement!;
          const sheet = document.querySelector('.demo-panel')!;
          return {
            what: focused.outerHTML.slice(0, 80),
            inPage: focused !== document.body && !sheet.contains(focused),
            bottom: focused.getBoundingClientRect().bottom,
            sheetTop: sheet.getBoundingClientRect().top,
          };
        });
        expect(focus.inPage, focus.what).toBe(true);
        expect(focus.bottom, `${focus.what} is hidden under the sheet`).toBeLessThanOrEqual(focus.sheetTop);
      }
      await panel.getByRole('heading', { level: 2, name: 'デモパネル' }).focus();
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the demo panel: 図書館と利用者 (ja)');
    await keepScreenshot(page, testInfo, 'demo-panel-library');

    const tabs: [string, () => Promise<void>][] = [
      ['時間', () => expect(panel.getByRole('region', { name: '出来事の記録' })).toBeVisible()],
      [
        '窓口',
        async () => {
          await panel.getByRole('combobox', { name: 'デモ利用者から選ぶ' }).selectOption({ label: '山田 花子さん（3000001）' });
          await expect(panel.getByRole('list', { name: '貸出中（5冊）' })).toBeVisible();
          await keepScreenshot(page, testInfo, 'demo-panel-counter');
        },
      ],
      ['メール', () => expect(panel.getByRole('combobox', { name: '宛先の利用者' })).toBeVisible()],
      ['通信', () => expect(panel.getByRole('radio', { name: 'すぐ応答する' })).toBeChecked()],
      ['シナリオ', () => expect(panel.getByRole('list', { name: '用意されたシナリオ' })).toBeVisible()],
    ];
    for (const [tab, shown] of tabs) {
      await panel.getByRole('tab', { name: tab }).click();
      await expect(panel.getByRole('tabpanel', { name: tab })).toBeVisible();
      await shown();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, `the demo panel: ${tab} (ja)`);
    }
    await keepScreenshot(page, testInfo, 'demo-panel-scenarios');

    // The keyboard way: Escape closes it and gives focus back to its button; Alt+Shift+D opens it again.
    await closePanel(page);
    await expect(page.getByRole('button', { name: 'デモ', exact: true })).toBeFocused();
    await page.keyboard.press('Alt+Shift+D');
    await expect(panel).toBeVisible();

    await switchToEnglish(page);
    const english = page.getByRole('complementary', { name: 'Demo panel' });
    await english.getByRole('tab', { name: 'Library & patron' }).click();
    await expect(english.getByRole('button', { name: 'Sign in as 山田 花子' })).toBeVisible();
    await expectNoAxeViolations(page, 'the demo panel: library & patron (en)');
    await english.getByRole('tab', { name: 'Time' }).click();
    await expect(english.getByRole('button', { name: '+1 day' })).toBeVisible();
    await expectNoAxeViolations(page, 'the demo panel: time (en)');
  });

  test(
    'a patron reserves from the cart while 30 % of requests fail: retries succeed, nothing is placed twice, and the cart keeps the rest',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await page.goto(`/login?library=${takahashi.library}`);
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      const titles = await titlesFoundByName(page, 3);

      const panel = await openPanel(page);
      await panel.getByRole('tab', { name: '通信' }).click();
      await panel.getByRole('combobox', { name: '失敗させる割合' }).selectOption('30');
      await expect(panel.getByText('通信の設定を変えました。')).toBeVisible();
      await closePanel(page);
      expect(
        await page.evaluate(
          async () => ((await (await fetch('/api/_sim/status')).json()) as { network: { failureRate: number } }).network.failureRate,
        ),
      ).toBe(0.3);

      let failures = 0;
      await page.getByLabel('利用者番号').fill(takahashi.cardNumber);
      await page.getByLabel('パスワード').fill(takahashi.password);
      failures += await pressUntilAccepted(
        page,
        page.getByRole('button', { name: 'ログイン (認証)', exact: true }),
        apiCall('POST', '/auth/login'),
      );
      await untilShown(page, page.getByRole('heading', { level: 1, name: 'マイページ' }));

      // The patron moves within the app (a full reload would ask the library for the session again).
      const search = page.getByRole('search', { name: '簡易検索' });
      for (const title of titles) {
        await search.getByRole('searchbox', { name: 'キーワード' }).fill(title.name);
        await search.getByRole('button', { name: '検索' }).click();
        const link = page.locator(`main a[href="/titles/${title.id}"]`).first();
        await untilShown(page, link);
        await link.click();
        await untilShown(page, page.getByRole('heading', { level: 1, name: title.name }));
        failures += await pressUntilAccepted(page, page.getByRole('button', { name: '予約かごへ' }), apiCall('POST', '/me/cart/items'));
        await expect(page.getByText('1点を予約かごに入れました。')).toBeVisible();
      }

      await page
        .getByRole('navigation', { name: 'メインメニュー' })
        .getByRole('link', { name: /^予約かご/ })
        .click();
      const cart = page.getByRole('list', { name: '予約かごの資料' });
      await untilShown(page, cart);
      await expect(cart.getByRole('listitem')).toHaveCount(3);
      const [first, second, kept] = titles as [(typeof titles)[number], (typeof titles)[number], (typeof titles)[number]];
      await page.getByRole('checkbox', { name: first.name }).check();
      await page.getByRole('checkbox', { name: second.name }).check();
      await page.getByRole('button', { name: '予約する' }).click();

      await untilShown(page, page.getByLabel('受取館'));
      await page.getByLabel('受取館').selectOption({ index: 1 });
      await page.getByRole('button', { name: '通常予約する' }).click();
      await untilShown(page, page.getByRole('heading', { level: 1, name: '予約内容の確認' }));
      failures += await pressUntilAccepted(page, page.getByRole('button', { name: '予約する' }), apiCall('POST', '/me/reservations'));
      await untilShown(page, page.getByRole('heading', { level: 1, name: '予約結果' }));
      await expect(page.getByRole('region', { name: '以下のタイトルについて予約を行いました' }).getByRole('listitem')).toHaveText([
        first.name,
        second.name,
      ]);
      await keepScreenshot(page, testInfo, 'demo-failures-result');
      testInfo.annotations.push({ type: 'injected failures met', description: String(failures) });

      // The library is reliable again: what the patron has is read as it is.
      await instantNetwork(page);
      const state = await page.evaluate(async () => {
        const { token } = (JSON.parse(localStorage.getItem('shiori.session')!) as { state: { token: string } }).state;
        const auth = { Authorization: `Bearer ${token}` };
        const reservations = (await (await fetch('/api/me/reservations', { headers: auth })).json()) as { items: { titleId: string }[] };
        const cart = (await (await fetch('/api/me/cart', { headers: auth })).json()) as { items: { titleId: string }[] };
        return { reserved: reservations.items.map((item) => item.titleId), inCart: cart.items.map((item) => item.titleId) };
      });
      expect(state.reserved.sort()).toEqual([first.id, second.id].sort());
      expect(state.inCart).toEqual([kept.id]);

      await page.goto('/mypage/reservations');
      const table = page.getByRole('table', { name: /^予約状況：/ });
      await expect(table).toBeVisible();
      await expect(table.getByRole('link', { name: first.name, exact: true })).toHaveCount(1);
      await expect(table.getByRole('link', { name: second.name, exact: true })).toHaveCount(1);
      await page.goto('/cart');
      await expect(page.getByRole('list', { name: '予約かごの資料' }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('checkbox', { name: kept.name })).toBeVisible();
    },
  );
});
