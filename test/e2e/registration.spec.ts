import { expect, type Page } from '@playwright/test';
import {
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  openLogin,
  submitLogin,
  test,
} from './support';

// Each test runs in its own browser context: a freshly seeded library, its clock at the seed's moment.

/**
 * 田中 由紀, the demo patron with a card and no password yet (p002, p004): what the counter
 * registered. The phone is the seed's 03-5555-1000 + her place among the demo patrons (4).
 */
const tanaka = { nameKana: 'タナカ ユキ', birthDate: '19900415', phone: '03-5555-1004', name: '田中 由紀' } as const;

/** Fills 新規パスワード登録 as a patron types it. */
async function fillIn(page: Page, entry: { cardNumber: string; phone: string; email?: string; password: string }) {
  await page.getByLabel('利用者番号').fill(entry.cardNumber);
  await page.getByLabel('氏名カナ').fill(tanaka.nameKana);
  await page.getByLabel('生年月日').fill(tanaka.birthDate);
  await page.getByLabel('電話番号').fill(entry.phone);
  if (entry.email !== undefined) await page.getByLabel('メールアドレス').fill(entry.email);
  await page.getByLabel('新しいパスワード', { exact: true }).fill(entry.password);
  await page.getByLabel('新しいパスワード（確認）').fill(entry.password);
}

/** The confirmation link of the newest mail to an address, read from the simulated mailbox as a patron reads their mail. */
async function linkInMailTo(page: Page, address: string): Promise<string> {
  const links = await page.evaluate(async (address) => {
    const response = await fetch(`/api/_sim/mail?to=${encodeURIComponent(address)}`);
    const { items } = (await response.json()) as { items: { links: string[] }[] };
    return items[0]?.links ?? [];
  }, address);
  expect(links, `a confirmation link mailed to ${address}`).toHaveLength(1);
  return links[0]!;
}

test.describe('パスワードの登録', () => {
  test(
    'p004: a newcomer registers, opens the link mailed to her, and logs in with the new password',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await openLogin(page, 'p004');
      await instantNetwork(page);
      await keepScreenshot(page, testInfo, 'login-register-link');
      await page.getByRole('link', { name: 'パスワード新規登録・再発行（はじめての方・パスワードを忘れた方）' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'パスワード新規登録・再発行' })).toBeVisible();

      // Sent empty: every field says what it needs.
      await page.getByRole('button', { name: '確認メールを送る' }).click();
      await expect(page.getByLabel('利用者番号')).toBeFocused();
      await expect(page.locator('.field-error')).toHaveCount(7);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the registration form with its field errors (ja)');
      await keepScreenshot(page, testInfo, 'register-form-errors');

      // A phone number the library does not know: the refusal names what to check, not which field.
      await fillIn(page, { cardNumber: '4000000005', phone: '03-0000-0000', email: 'yuki@example.jp', password: 'Okegawa7' });
      await page.getByRole('button', { name: '確認メールを送る' }).click();
      const refusal = page.getByRole('alert');
      await expect(refusal).toContainText('利用者番号・氏名カナ・生年月日・電話番号が、図書館に登録された内容と一致しません。');
      await expect(page.getByLabel('メールアドレス')).toHaveValue('yuki@example.jp');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the registration form with a mismatch (ja)');
      await keepScreenshot(page, testInfo, 'register-form-mismatch');

      await page.getByLabel('電話番号').fill(tanaka.phone);
      await page.getByRole('button', { name: '確認メールを送る' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '確認メールを送りました' })).toBeFocused();
      await expect(page.getByRole('status')).toHaveText('yuki@example.jp あてに、確認のリンクを書いたメールを送りました。');
      await expect(page.getByText(/^リンクは送信から24時間（.+ まで）有効で、1回だけ使えます。$/)).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the registration result: mail sent (ja)');
      await keepScreenshot(page, testInfo, 'register-sent');

      const link = await linkInMailTo(page, 'yuki@example.jp');
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1, name: '登録の確認' })).toBeVisible();
      await expect(page.getByRole('status')).toContainText('パスワードの登録が完了しました。ログインしてください。');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the confirmation page: registered (ja)');
      await keepScreenshot(page, testInfo, 'confirm-registered');

      await page.getByRole('link', { name: 'ログインする' }).click();
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await submitLogin(page, '4000000005', 'Okegawa7');
      await expectMypage(page, tanaka.name);

      // The same link a second time: used, and what that means.
      await page.goto(link);
      await expect(page.getByRole('status')).toContainText('このリンクはすでに使われています');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the confirmation page: link used (ja)');
      await keepScreenshot(page, testInfo, 'confirm-used');
    },
  );

  test('p002: a newcomer registers with the data the counter has and logs in at once', { tag: '@desktop' }, async ({ page }, testInfo) => {
    await page.goto('/register?library=p002');
    await expect(page.getByRole('heading', { level: 1, name: '新規パスワード登録' })).toBeVisible();
    await expect(page.getByLabel('利用者番号')).toBeEditable();
    await instantNetwork(page);
    await fillIn(page, { cardNumber: '2000000005', phone: tanaka.phone, password: 'Shinki26' });
    await expect(page.getByText('「1990年4月15日(日)」として送信します')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'register-form-filled');
    await page.getByRole('button', { name: '登録する' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '登録完了' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('パスワードを登録しました。ログインしてください。');
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the registration result: registered (ja)');
    await keepScreenshot(page, testInfo, 'register-done');
    await page.getByRole('link', { name: 'ログインする' }).click();
    await expect(page.getByLabel('利用者番号')).toBeEditable();
    await submitLogin(page, '2000000005', 'Shinki26');
    await expectMypage(page, tanaka.name);
  });

  test('a link that is not valid says so and where to start again', { tag: '@phone' }, async ({ page }, testInfo) => {
    await page.goto('/confirm?token=no-such-token-here&library=p004');
    await expect(page.getByRole('alert')).toContainText('このリンクは正しくありません。');
    await expect(page.getByRole('link', { name: 'パスワード新規登録・再発行' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the confirmation page: link not valid (ja)');
    await keepScreenshot(page, testInfo, 'confirm-not-found');
  });

  test(
    'p001: where the counter issues passwords, /register explains the temporary password instead of a form',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await openLogin(page, 'p001');
      await page.getByRole('link', { name: 'パスワードをお持ちでない方・忘れた方（仮パスワードについて）' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'パスワードをお持ちでない方・忘れた方' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'はじめて利用する方' })).toContainText(
        '仮パスワードは、図書館で発行した30分後から使えます。',
      );
      await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the counter instructions (ja)');
      await keepScreenshot(page, testInfo, 'register-counter');
    },
  );
});
