import { expect } from '@playwright/test';
import {
  expectNoAxeViolations,
  instantNetwork,
  keepScreenshot,
  logIn,
  openLogin,
  patrons,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('the check itself fails on a page with violations, and names them', { tag: '@desktop' }, async ({ page }) => {
    await page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></body></html>');
    const failure = await expectNoAxeViolations(page, 'a page made to fail').then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain('image-alt');
    expect(failure).toContain('label');
    expect(failure).toContain('html-has-lang');
  });

  // One visit for both languages: each test's first visit seeds the library, which costs more than the checks.
  test('login page in Japanese, then in English', { tag: '@phone' }, async ({ page }) => {
    await openLogin(page, 'p003');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('button', { name: 'ログイン (認証)', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the login page (ja)');

    await switchToEnglish(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await expect(page.getByLabel('Card number')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the login page (en)');
  });

  test('login page showing a field error and a failed login', { tag: '@desktop' }, async ({ page }) => {
    await openLogin(page, 'p000');
    await instantNetwork(page);
    await submitLogin(page, '12345', '246810');
    await expect(page.getByText('8桁の半角数字で入力してください（例：01234567）。')).toBeVisible();
    await expect(page.getByLabel('登録番号')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the login page with a field error (ja)');

    await submitLogin(page, '01234567', '000000');
    await expect(page.getByRole('alert')).toContainText('登録番号またはパスワードが正しくありません');
    await expectNoAxeViolations(page, 'the login page after a failed login (ja)');
  });

  test('マイページ in Japanese', { tag: '@phone' }, async ({ page }) => {
    await logIn(page, patrons.yamada, { instant: true });
    await expect(page.getByRole('region', { name: '利用状況' }).getByText('（うち延滞 1冊）')).toBeVisible();
    await expect(page.getByRole('navigation', { name: '利用状況の一覧' })).toBeVisible();
    await expectNoAxeViolations(page, 'マイページ (ja)');
  });

  test('マイページ in English', { tag: '@desktop' }, async ({ page }, testInfo) => {
    await logIn(page, patrons.sato, { instant: true });
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: 'My page' })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Your account' });
    await expect(summary).toContainText('佐藤 健一');
    await expect(summary.getByText('(1 ready to collect)')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lists' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expectNoAxeViolations(page, 'マイページ (en)');

    await keepScreenshot(page, testInfo, 'mypage-en');
  });
});
