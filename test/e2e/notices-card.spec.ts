import { expect } from '@playwright/test';
import {
  advanceClock,
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  keepScreenshot,
  openLogin,
  patrons,
  submitLogin,
  test,
} from './support';

// Issue 19: お知らせ sent on the library's clock, read when opened; the banner of items waiting for pickup; 利用者カード.

test(
  'お知らせ sent as the clock passes a due date: unread in the menu, read once opened; then 利用者カード',
  { tag: '@phone' },
  async ({ page }, testInfo) => {
    const { yamada } = patrons;
    await openLogin(page, yamada.library);
    // Eight days on, the reader's next loan has been reminded and is overdue.
    await advanceClock(page, 8 * 24 * 60);
    await submitLogin(page, yamada.cardNumber, yamada.password);
    await expectMypage(page, yamada.name);

    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    const unread = menu.getByRole('link', { name: /^お知らせ、未読\d+件$/ });
    await expect(unread).toBeVisible();
    const before = Number((await unread.locator('.visually-hidden').innerText()).replace(/\D/g, ''));
    await unread.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: '図書館からのお知らせ' });
    const overdue = list.getByRole('link', { name: /^未読\s*【市川市立図書館】返却期限日を過ぎた資料があります/ }).first();
    await expect(overdue).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'お知らせ');
    await keepScreenshot(page, testInfo, 'notices');

    await overdue.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '【市川市立図書館】返却期限日を過ぎた資料があります' })).toBeVisible();
    await expect(page.getByText(/至急ご返却ください。/)).toBeVisible();
    await expect(menu.getByRole('link', { name: before > 1 ? `お知らせ、未読${before - 1}件` : 'お知らせ' })).toBeVisible();
    await expectNoAxeViolations(page, 'a notice');
    await keepScreenshot(page, testInfo, 'notice');

    await menu.getByRole('link', { name: 'マイページ' }).click();
    await page.getByRole('link', { name: '利用者カードを表示する' }).click();
    await expect(page.getByRole('img', { name: `利用者番号 ${yamada.cardNumber} のバーコード（NW-7）` })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, '利用者カード');
    await keepScreenshot(page, testInfo, 'library-card');
  },
);

test(
  'マイページ names the item waiting for pickup with its 取置期限; 利用者カード at desktop width',
  { tag: '@desktop' },
  async ({ page }, testInfo) => {
    const { sato } = patrons;
    await openLogin(page, sato.library);
    await submitLogin(page, sato.cardNumber, sato.password);
    await expectMypage(page, sato.name);
    const banner = page.getByRole('region', { name: '受取可能な予約資料があります' });
    await expect(banner).toContainText('受取館:');
    await expect(banner).toContainText(/取置期限: \d{4}年\d{1,2}月\d{1,2}日\(.\)（(あと\d+日|本日まで)）/);
    await expectNoAxeViolations(page, 'マイページ with the pickup banner');
    await keepScreenshot(page, testInfo, 'mypage-pickup-banner');

    await page.getByRole('link', { name: '利用者カードを表示する' }).click();
    await expect(page.getByRole('img', { name: `利用者番号 ${sato.cardNumber} のバーコード（NW-7）` })).toBeVisible();
    await expectNoAxeViolations(page, '利用者カード');
    await keepScreenshot(page, testInfo, 'library-card');
  },
);
