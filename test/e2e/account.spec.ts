import { expect } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  logIn,
  openLogin,
  patrons,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

test.describe('利用者情報', () => {
  test(
    "a p004 patron reads the library's own notices beside the password, the addresses and the loan history",
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await openLogin(page, 'p004');
      await instantNetwork(page);
      await submitLogin(page, '4000000001', 'Shiori4');
      await page.getByRole('link', { name: '利用者情報' }).click();
      await expect(page.getByRole('region', { name: '登録内容' })).toContainText(
        '安全のためパスワードは定期的に変更されることをおすすめします。',
      );
      await expect(page.getByRole('region', { name: 'メールアドレス' })).toContainText(
        '図書館メールアドレス：toshokan@lib.okegawa.example',
      );
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '利用者情報 with the library notices (p004, ja)');
      await keepScreenshot(page, testInfo, 'account-p004-notices');
      // 貸出履歴 is in My本棚, with the library's notice beside it.
      await page.getByRole('link', { name: 'マイページに戻る' }).click();
      await page.getByRole('link', { name: 'My本棚' }).click();
      await expect(page.getByRole('region', { name: '貸出履歴' })).toContainText('貸出履歴は図書館側からは閲覧・確認ができません');
      await page.getByRole('link', { name: '利用者情報' }).click();

      await switchToEnglish(page);
      await expect(page.getByText('For safety, we recommend changing your password from time to time.')).toBeVisible();
      await expectNoAxeViolations(page, '利用者情報 with the library notices (p004, en)');
    },
  );

  test(
    'a patron adds an e-mail address, opens the link mailed to it, and makes it the contact for her reservations too',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await logIn(page, patrons.sato, { instant: true });
      await page.getByRole('link', { name: '利用者情報' }).click();
      const emails = page.getByRole('region', { name: 'メールアドレス' });
      await expect(emails).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '利用者情報 (ja)');
      await keepScreenshot(page, testInfo, 'account');

      await emails.getByRole('textbox', { name: 'メールアドレス2を登録' }).fill('kenichi.second@example.jp');
      await emails.getByRole('button', { name: '確認メールを送る' }).nth(1).click();
      await expect(emails.getByText(/kenichi\.second@example\.jp に確認メールを送りました。/)).toBeVisible();
      await expectNoAxeViolations(page, '利用者情報 with a pending address (ja)');

      const link = await page.evaluate(async () => {
        const response = await fetch('/api/_sim/mail?to=kenichi.second%40example.jp');
        return ((await response.json()) as { items: { links: string[] }[] }).items[0]!.links[0]!;
      });
      await page.goto(link);
      await expect(page.getByText('メールアドレスを登録しました。')).toBeVisible();

      await page.goto('/mypage/account');
      const contact = page.getByRole('region', { name: '連絡方法' });
      await contact.getByRole('radio', { name: /^メールアドレス2/ }).check();
      await contact.getByRole('button', { name: '更新' }).click();
      await expect(contact.getByText(/^連絡方法を「メールアドレス2」に変更しました。/)).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '利用者情報 after a contact change (ja)');
      await keepScreenshot(page, testInfo, 'account-contact-changed');

      await switchToEnglish(page);
      await expect(page.getByRole('region', { name: 'Contact method' })).toBeVisible();
      await expectNoAxeViolations(page, '利用者情報 (en)');
    },
  );
});
