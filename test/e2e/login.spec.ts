import { expect } from '@playwright/test';
import {
  countIn,
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  logIn,
  openLogin,
  patrons,
  simulatedNetwork,
  submitLogin,
  test,
} from './support';

// Each test runs in its own browser context: empty localStorage and IndexedDB, so the simulated
// library seeds itself afresh and nobody is logged in.

test.describe('logging in', () => {
  test('a patron logs in and sees マイページ with their name and counts', { tag: '@phone' }, async ({ page }, testInfo) => {
    const patron = patrons.yamada;
    await openLogin(page, patron.library);
    await expect(page.getByText('利用者カードの番号7桁を半角数字で入力してください', { exact: false })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'login-ja');

    // Realistic latency on purpose: this is the flow a patron sees.
    await simulatedNetwork(page, 'realistic');
    await submitLogin(page, patron.cardNumber, patron.password);

    const summary = await expectMypage(page, patron.name);
    await expect(page).toHaveURL(/\/mypage\/reservations$/);
    await expect(summary.getByText(patron.masked, { exact: true })).toBeVisible();
    await expect(countIn(summary, '貸出中')).toHaveText('5冊（うち延滞 1冊）');
    await expect(summary.getByText('（うち延滞 1冊）', { exact: true })).toBeVisible();
    await expect(page.getByRole('banner').getByText(`${patron.name} さん`, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();

    const tabs = page.getByRole('navigation', { name: '利用状況の一覧' });
    await expect(tabs.getByRole('link', { name: '予約状況' })).toHaveAttribute('aria-current', 'page');
    await expect(tabs.getByRole('link', { name: '貸出状況' })).toBeVisible();
    await expect(tabs.getByRole('link', { name: '予約かご' })).toBeVisible();
    // 山田 花子 borrows but reserves nothing: the 予約状況 tab says so.
    await expect(page.getByText('予約はありません。')).toBeVisible();
    await expect(page).toHaveTitle('マイページ | 栞 Shiori');

    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'mypage-ja');
  });

  test('a reload keeps the patron logged in, on the same page, with the same counts', { tag: '@desktop' }, async ({ page }) => {
    const patron = patrons.sato;
    const summary = await logIn(page, patron, { instant: true });
    await page.getByRole('navigation', { name: '利用状況の一覧' }).getByRole('link', { name: '貸出状況' }).click();
    await expect(page).toHaveURL(/\/mypage\/loans$/);
    await expect(summary.getByText('（うち受取可能 1件）', { exact: true })).toBeVisible();
    const urlBefore = page.url();
    await expect(countIn(summary, '予約中')).toContainText('（うち受取可能 1件）');
    const countsBefore = await summary.getByRole('definition').allTextContents();
    expect(countsBefore).toHaveLength(3);
    const tokenBefore = await page.evaluate(() => localStorage.getItem('shiori.session'));
    expect(tokenBefore).toContain('"token":"');

    await page.reload();

    await expectMypage(page, patron.name);
    expect(page.url()).toBe(urlBefore);
    await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();
    const summaryAfter = page.getByRole('region', { name: '利用状況' });
    await expect(summaryAfter.getByText(patron.masked, { exact: true })).toBeVisible();
    await expect(summaryAfter.getByRole('definition')).toHaveText(countsBefore);
    await expect(summaryAfter.getByText('（うち受取可能 1件）', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('shiori.session'))).toBe(tokenBefore);
  });

  test('a card number typed in full-width digits with a hyphen logs in', { tag: '@phone' }, async ({ page }) => {
    const patron = patrons.minato;
    await openLogin(page, patron.library);
    await instantNetwork(page);
    await expect(page.getByText(/利用者カードの番号8桁/)).toBeVisible();

    // p000's 認証画面: 登録番号 and 認証.
    await page.getByLabel('登録番号').fill('０１２３４５６-７');
    await expect(page.getByText('「01234567」として送信します')).toBeVisible();
    await page.getByLabel('パスワード').fill(patron.password);
    await page.getByRole('button', { name: '認証', exact: true }).click();

    const summary = await expectMypage(page, patron.name);
    await expect(summary.getByText(patron.masked, { exact: true })).toBeVisible();
  });

  test(
    'a p000 patron reads the password rule at login, and a password of another form is refused naming it',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      const patron = patrons.minato;
      await openLogin(page, patron.library);
      await instantNetwork(page);
      await expect(page.getByLabel('パスワード')).toHaveAccessibleDescription('半角数字6桁');

      await submitLogin(page, patron.cardNumber, 'abc123');
      await expect(page.getByText('パスワードは「半角数字6桁」です。入力を確かめてください。')).toBeVisible();
      await expect(page.getByLabel('パスワード')).toHaveAttribute('aria-invalid', 'true');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the login form refusing a password of another form (p000, ja)');
      await keepScreenshot(page, testInfo, 'login-p000-password-form');

      await submitLogin(page, patron.cardNumber, '135791');
      await expect(page.getByRole('alert')).toHaveText(
        '登録番号またはパスワードが正しくありません。半角数字で入力されているか確認してください。',
      );
    },
  );

  test('a wrong password shows one alert and keeps the typed card number', { tag: '@phone' }, async ({ page }) => {
    const patron = patrons.yamada;
    await openLogin(page, patron.library);
    await instantNetwork(page);

    await submitLogin(page, patron.cardNumber, 'wrong1');

    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toHaveText(
      '利用者番号またはパスワードが正しくありません。半角で入力されているか、大文字と小文字を確認してください。',
    );
    await expect(page.getByLabel('利用者番号')).toHaveValue(patron.cardNumber);
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'ログアウト' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'ログイン (認証)', exact: true })).toBeEnabled();
  });

  test('ログアウト returns to login, and マイページ then asks to log in again', { tag: '@desktop' }, async ({ page }) => {
    const patron = patrons.yamada;
    await logIn(page, patron, { instant: true });

    await page.getByRole('button', { name: 'ログアウト' }).click();

    await expect(page).toHaveURL(/\/login\?reason=logged-out$/);
    await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'ログアウトしました。' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'ログアウト' })).toHaveCount(0);
    await expect(page.getByRole('banner').getByText(`${patron.name} さん`)).toHaveCount(0);

    // From the menu, inside the app…
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'マイページ' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Fmypage.*&reason=required$/);
    await expect(page.getByText('ログインが必要なページです。ログインすると、開こうとしたページに戻ります。')).toBeVisible();
    await expect(page.getByLabel('利用者番号')).toBeVisible();

    // …and by typing the address, after a full load.
    await page.goto('/mypage/loans');
    await expect(page).toHaveURL(/\/login\?next=%2Fmypage%2Floans&reason=required$/);
    await expect(page.getByRole('heading', { level: 1, name: '認証画面' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'マイページ' })).toHaveCount(0);
  });
});
