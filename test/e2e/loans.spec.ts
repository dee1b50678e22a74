import { expect, type Page } from '@playwright/test';
import {
  advanceClock,
  cardNumberField,
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  patrons,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

// Each test runs in its own browser context: a freshly seeded library, its clock at the seed's moment (2026-11-24 10:00).

/** p004 山田 花子: five loans, and a loan history kept for sixty days. */
const okegawaReader = { library: 'p004', cardNumber: '4000000001', password: 'Shiori4', name: '山田 花子' } as const;
const ozuReader = { library: 'p001', cardNumber: '100000001', password: 'book01', name: '山田 花子' } as const;

/** 貸出状況, by the start of its caption (in English, `Loans: `). */
const table = (page: Page, caption = '貸出状況：') => page.getByRole('table', { name: new RegExp(`^${caption}`) });
/** The row of one loan in 貸出状況 (or the list as it is called in the language shown), by its title link. */
const loanRow = (page: Page, name: string, caption?: string) =>
  table(page, caption)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
/** A count of the overview (借りている資料, うち延滞, 次の返却期限日) by its term. */
const figure = (page: Page, term: string) =>
  page
    .locator('.loan-overview > div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');

/** Opens the login page of the patron's library on the way to `next`, with an instant network, and logs in. */
async function logInTo(page: Page, patron: { library: string; cardNumber: string; password: string }, next = '/mypage'): Promise<void> {
  await page.goto(`/login?library=${patron.library}&next=${encodeURIComponent(next)}`);
  await expect(cardNumberField(page)).toBeEditable();
  await instantNetwork(page);
  await submitLogin(page, patron.cardNumber, patron.password);
}

/** 2026年11月29日(日) as the table's column shows it: 2026/11/29. */
function shortDateOf(long: string): string {
  const [, year, month, day] = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(long)!;
  return `${year}/${month!.padStart(2, '0')}/${day!.padStart(2, '0')}`;
}

test.describe('貸出', () => {
  test(
    'a patron renews one loan, sees why the overdue one cannot be, renews the rest with 一括延長, and a loan becomes 延滞 as the clock moves',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      const patron = patrons.yamada;
      await logInTo(page, patron, '/mypage/loans');
      await expectMypage(page, patron.name);
      await expect(table(page)).toBeVisible();

      await expect(figure(page, '借りている資料')).toHaveText('5冊');
      await expect(figure(page, 'うち延滞')).toHaveText('1冊');
      const nextDue = (await figure(page, '次の返却期限日').textContent())!;
      expect(nextDue).toMatch(/^2026年\d+月\d+日\(.\)$/);
      const overdueRow = table(page)
        .getByRole('row')
        .filter({ has: page.locator('.col-note', { hasText: '延滞' }) });
      await expect(overdueRow).toHaveCount(1);
      await expect(overdueRow.getByRole('button', { name: /^貸出延長/ })).toBeDisabled();
      await expect(overdueRow).toContainText('返却期限日が過ぎています。');
      await expect(
        table(page)
          .getByRole('row')
          .filter({ has: page.locator('.col-reserved', { hasText: '有' }) }),
      ).toContainText('他の利用者が予約しています。');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the loan list (ja)');
      await keepScreenshot(page, testInfo, 'loans-list');

      // The loan due soonest is the one that will be late first; remember it for later.
      const dueSoonest = table(page)
        .getByRole('row')
        .filter({ has: page.locator('.col-dueDate', { hasText: shortDateOf(nextDue) }) });
      const dueSoonestName = (await dueSoonest.locator('.col-title a').textContent())!;

      // 貸出延長 of one loan, through its confirmation.
      const renewable = table(page)
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: /^貸出延長/ }) });
      await expect(renewable).toHaveCount(2);
      const name = (await renewable.first().locator('.col-title a').textContent())!;
      await renewable
        .first()
        .getByRole('link', { name: /^貸出延長/ })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: '貸出延長確認' })).toBeVisible();
      await expect(page.getByText(name, { exact: true })).toBeVisible();
      const newDue = (await page.locator('.loan-facts-new dd').textContent())!;
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the renewal confirmation (ja)');
      await keepScreenshot(page, testInfo, 'loan-renew-confirm');
      await page.getByRole('button', { name: '変更する' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '貸出延長しました' })).toBeVisible();
      await expect(page.getByText(`新しい返却期限日は ${newDue} です。`)).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the renewal result (ja)');
      await keepScreenshot(page, testInfo, 'loan-renew-done');
      await page.getByRole('link', { name: '貸出状況を確認する' }).click();
      await expect(loanRow(page, name).locator('.col-dueDate')).toContainText(shortDateOf(newDue));
      await expect(loanRow(page, name)).toContainText('貸出延長は1回までです。');

      // 一括延長: what will and will not be renewed, then per title what happened.
      await page.getByRole('link', { name: '一括延長' }).click();
      await expect(page.getByRole('heading', { level: 2, name: '一括延長確認' })).toBeVisible();
      await expect(page.getByRole('region', { name: '延長する資料（1冊）' }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('region', { name: '延長できない資料（4冊）' }).getByRole('listitem')).toHaveCount(4);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the renew-all confirmation (ja)');
      await keepScreenshot(page, testInfo, 'loans-renew-all-confirm');
      await page.getByRole('button', { name: '延長する' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '一括延長の結果' })).toBeVisible();
      await expect(page.getByRole('region', { name: '延長しました（1冊）' }).getByRole('listitem')).toContainText('新しい返却期限日');
      const notRenewed = page.getByRole('region', { name: '延長できませんでした（4冊）' }).getByRole('listitem');
      await expect(notRenewed).toHaveCount(4);
      await expect(notRenewed.filter({ hasText: name })).toContainText('【理由】貸出延長は1回までです。');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the renew-all result (ja)');
      await keepScreenshot(page, testInfo, 'loans-renew-all-result');
      await page.getByRole('link', { name: '貸出状況を確認する' }).click();
      await expect(page.getByRole('button', { name: '一括延長' })).toBeDisabled();
      await expect(page.getByText('いま延長できる資料はありません。')).toBeVisible();

      // The day after the nearest due date, that loan is 延滞: the idle session has ended, so the patron logs in again.
      const [year, month, day] = shortDateOf(nextDue).split('/').map(Number);
      const days = Math.round((Date.UTC(year!, month! - 1, day!) - Date.UTC(2026, 10, 24)) / 86_400_000) + 1;
      await advanceClock(page, days * 24 * 60);
      await page.reload();
      await expect(page.getByText('一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。')).toBeVisible();
      await submitLogin(page, patron.cardNumber, patron.password);
      await expect(table(page)).toBeVisible();
      await expect(loanRow(page, dueSoonestName).locator('.col-note')).toContainText('延滞');
      await expect(loanRow(page, dueSoonestName)).toContainText('返却期限日が過ぎています。');
      await expect(figure(page, 'うち延滞')).toHaveText('2冊');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the loan list after the clock moved (ja)');
      await keepScreenshot(page, testInfo, 'loans-list-later');

      await switchToEnglish(page);
      await expect(table(page, 'Loans: ')).toBeVisible();
      await expect(loanRow(page, dueSoonestName, 'Loans: ').locator('.col-note')).toContainText('Overdue');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the loan list (en)');
      await keepScreenshot(page, testInfo, 'loans-list-en');
    },
  );

  test(
    'a p000 patron is told once, above the list, that the counter renews, with no 貸出延長 or 一括延長',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await logInTo(page, patrons.minato, '/mypage/loans');
      await expect(table(page)).toBeVisible();
      await expect(
        page.getByText(
          '借りている本を引き続き借りたい場合は、最寄りの図書館の窓口で延長手続きを行ってください。インターネットや電話では手続きができません。',
        ),
      ).toHaveCount(1);
      await expect(table(page).getByRole('row')).toHaveCount(6);
      await expect(table(page).getByRole('button', { name: /^貸出延長/ })).toHaveCount(0);
      await expect(table(page).getByRole('link', { name: /^貸出延長/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: '一括延長' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: '一括延長' })).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the loan list of a library without online renewal (ja)');
      await keepScreenshot(page, testInfo, 'loans-counter-only');
    },
  );

  test('a p001 patron reads in 注意 why a loan cannot be renewed, as seed 001 shows', { tag: '@phone' }, async ({ page }, testInfo) => {
    await logInTo(page, ozuReader, '/mypage/loans');
    const list = table(page, '貸出中一覧：');
    await expect(list).toBeVisible();
    const notes = list.locator('td.col-note');
    await expect(notes.filter({ hasText: '他の利用者が予約しています。' })).toHaveCount(1);
    await expect(notes.filter({ hasText: '返却期限日が過ぎています。' })).toHaveCount(1);
    await expect(list.locator('td.col-actions').filter({ hasText: '他の利用者が予約しています。' })).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the loan list with the reasons in 注意 (ja)');
    await keepScreenshot(page, testInfo, 'loans-reasons-in-note');
  });

  test(
    'a p004 patron sees the loan history in My本棚, and turns it off after a confirmation',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await logInTo(page, okegawaReader);
      await expectMypage(page, okegawaReader.name);
      await page.getByRole('link', { name: 'My本棚' }).click();

      await expect(page.getByRole('heading', { level: 1, name: 'マイページ' })).toBeVisible();
      const section = page.getByRole('region', { name: '貸出履歴' });
      const toggle = section.getByRole('switch', { name: '貸出履歴を記録する' });
      await expect(toggle).toBeChecked();
      await expect(section.getByRole('table', { name: /^貸出履歴：/ }).getByRole('row')).toHaveCount(4);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'My本棚 with a loan history (ja)');
      await keepScreenshot(page, testInfo, 'account-loan-history');

      await toggle.click();
      const question = page.getByRole('group', { name: '貸出履歴の記録をやめますか' });
      await expect(question).toContainText('（3件）');
      await expect(question.getByRole('heading', { level: 3 })).toBeFocused();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the question before the history is deleted (ja)');
      await keepScreenshot(page, testInfo, 'account-loan-history-confirm');
      await question.getByRole('button', { name: '記録をやめて履歴を削除する' }).click();

      await expect(toggle).not.toBeChecked();
      await expect(page.getByText('貸出履歴の記録をやめ、記録していた履歴を削除しました。')).toBeVisible();
      await expect(section.getByRole('table')).toHaveCount(0);
      await toggle.click();
      await expect(toggle).toBeChecked();
      await expect(section.getByText('まだ貸出履歴はありません。資料を返却すると、ここに表示されます。')).toBeVisible();
      await expectNoAxeViolations(page, 'My本棚 recording again (ja)');
      await keepScreenshot(page, testInfo, 'account-loan-history-restarted');
    },
  );
});
