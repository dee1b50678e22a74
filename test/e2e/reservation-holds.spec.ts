import { expect } from '@playwright/test';
import { advanceClock, expectNoAxeViolations, expectNoHorizontalOverflow, keepScreenshot, logIn, patrons, test } from './support';

// A freshly seeded p003 library in its own browser context, its clock at the seed's moment.

test(
  '保留 a waiting reservation, see it resume as the clock passes its day, then まとめて変更 two reservations',
  { tag: '@phone' },
  async ({ page }, testInfo) => {
    await logIn(page, patrons.sato);
    await page.getByRole('link', { name: '予約状況' }).first().click();
    const holdLink = page.getByRole('link', { name: /^保留\s?：/ }).first();
    await expect(holdLink).toBeVisible();
    const title = ((await holdLink.textContent()) ?? '').replace(/^保留\s?：/, '');

    // Keyboard only: the row's 保留, the day, 保留する.
    await holdLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '予約の保留' })).toBeFocused();
    const day = page.getByLabel('再開する日');
    const earliest = (await day.getAttribute('min'))!;
    await day.fill(earliest);
    await expectNoAxeViolations(page, '予約の保留');
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'reservation-hold');
    await page.getByRole('button', { name: '保留する' }).press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '予約を保留しました' })).toBeFocused();

    await page.getByRole('link', { name: '予約状況を確認する' }).click();
    const held = page.getByRole('link', { name: new RegExp(`^保留を解除\\s?：${title}$`) });
    await expect(held).toBeVisible();
    await expect(page.getByText(/保留中（.+まで）/).first()).toBeVisible();
    await expectNoAxeViolations(page, '予約状況 with a held reservation');
    await keepScreenshot(page, testInfo, 'reservations-held');

    // The day comes: the back office takes it up again on the library's clock.
    await advanceClock(page, 24 * 60);
    await logIn(page, patrons.sato);
    await page.getByRole('link', { name: '予約状況' }).first().click();
    await expect(page.getByRole('link', { name: new RegExp(`^保留\\s?：${title}$`) })).toBeVisible();
    await expect(page.getByText(/保留中（.+まで）/)).toHaveCount(0);

    // まとめて変更: two reservations to 行徳図書館, one confirmation, the result per row.
    await page.getByRole('link', { name: 'まとめて変更' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '予約の一括変更' })).toBeFocused();
    await page.getByLabel('変更後の受取館').selectOption({ label: '行徳図書館' });
    const boxes = page.getByRole('checkbox', { disabled: false });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(page.getByText('2件を選んでいます')).toBeVisible();
    await expectNoAxeViolations(page, '予約の一括変更');
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'reservations-bulk-change');
    await page.getByRole('button', { name: '確認する' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '一括変更の確認' })).toBeFocused();
    await page.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '一括変更の結果' })).toBeFocused();
    await expect(page.getByRole('region', { name: /^以下の予約を変更しました/ })).toBeVisible();
    await expectNoAxeViolations(page, '一括変更の結果');
    await keepScreenshot(page, testInfo, 'reservations-bulk-result');
  },
);
