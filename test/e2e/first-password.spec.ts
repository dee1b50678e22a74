import { expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, instantNetwork, keepScreenshot, openLogin, submitLogin, test } from './support';

// The newcomers of the seed: a temporary password from the counter (p003), and the birth date as
// MMDD (p001, issued two hours before the seed, so usable). Each must be replaced before anything else.
const newcomers = [
  {
    library: 'p003',
    cardNumber: '3000005',
    temporary: 'kari01',
    next: 'Yomu2027',
    name: '田中 由紀',
    tag: '@phone',
    fields: ['仮パスワード', '新しいパスワード', '新しいパスワード（確認）'],
  },
  // p001's fields as seed 001 names them.
  {
    library: 'p001',
    cardNumber: '100000005',
    temporary: '0415',
    next: 'yomu2027',
    name: '田中 由紀',
    tag: '@desktop',
    fields: ['旧パスワード', '新パスワード', '再入力'],
  },
] as const;

test.describe('仮パスワード → 本パスワード', () => {
  for (const newcomer of newcomers) {
    test(
      `${newcomer.library}: a newcomer logs in with the temporary password and must replace it first`,
      { tag: newcomer.tag },
      async ({ page }, testInfo) => {
        await openLogin(page, newcomer.library);
        await instantNetwork(page);
        await submitLogin(page, newcomer.cardNumber, newcomer.temporary);
        await expect(page.getByRole('heading', { level: 1, name: '仮パスワードを本パスワードに変更してください' })).toBeVisible();
        // Anything else leads back here until the password is replaced.
        await page.goto('/mypage/reservations');
        await expect(page.getByRole('heading', { level: 1, name: '仮パスワードを本パスワードに変更してください' })).toBeVisible();
        await expectNoHorizontalOverflow(page);
        await expectNoAxeViolations(page, `the first-password form (${newcomer.library})`);
        await keepScreenshot(page, testInfo, `first-password-${newcomer.library}`);

        const [old, fresh, again] = newcomer.fields;
        await page.getByLabel(old).fill(newcomer.temporary);
        await page.getByLabel(fresh, { exact: true }).fill(newcomer.next);
        await page.getByLabel(again).fill(`${newcomer.next}x`);
        await page.getByRole('button', { name: '変更する' }).click();
        await expect(page.getByText('確認のため、新しいパスワードと同じものを入力してください。')).toBeVisible();
        await expectNoAxeViolations(page, `the first-password form with an error (${newcomer.library})`);
        await page.getByLabel(again).fill(newcomer.next);
        await page.getByRole('button', { name: '変更する' }).click();

        await expect(page.getByText('パスワードを変更しました。')).toBeVisible();
        await expect(page.getByRole('region', { name: '利用状況' })).toContainText(newcomer.name);
      },
    );
  }

  test('p000: 本パスワード twice and 設定, the temporary password not asked again', { tag: '@phone' }, async ({ page }, testInfo) => {
    await openLogin(page, 'p000');
    await instantNetwork(page);
    await submitLogin(page, '01234571', '112233');
    await expect(page.getByRole('heading', { level: 1, name: '仮パスワードを本パスワードに変更してください' })).toBeVisible();
    // Anything else leads back here until the password is replaced.
    await page.goto('/mypage/reservations');
    await expect(page.getByRole('heading', { level: 1, name: '仮パスワードを本パスワードに変更してください' })).toBeVisible();
    await expect(page.getByLabel('仮パスワード')).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the first-password form (p000)');
    await keepScreenshot(page, testInfo, 'first-password-p000');

    await page.getByLabel('本パスワード', { exact: true }).fill('864200');
    await page.getByLabel('本パスワード（確認）').fill('864200');
    await page.getByRole('button', { name: '設定' }).click();
    await expect(page.getByText('パスワードを変更しました。')).toBeVisible();
    await expect(page.getByRole('region', { name: '利用状況' })).toContainText('田中 由紀');
  });
});
