import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { parseCsv } from '../parse-csv';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  reservableTitles,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

// My本棚 and 読書マラソン of p004 (桶川市図書館), whose page names both. The library is freshly seeded for each test.

/** p004 高橋 翔: nothing borrowed or reserved. */
const okegawaQuiet = { cardNumber: '4000000004', password: 'Shiori4' } as const;
/** p004 山田 花子: five loans, 貸出履歴 kept, two shelves and a goal for the year half reached. */
const okegawaReader = { cardNumber: '4000000001', password: 'Shiori4' } as const;

test.describe('My本棚 and 読書マラソン (p004)', () => {
  test(
    'a patron saves a title from the search results, moves it from My本棚 to the 予約カート and reserves it',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p004&next=/mypage/shelves');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      const [title] = await reservableTitles(page, 1);
      await submitLogin(page, okegawaQuiet.cardNumber, okegawaQuiet.password);

      // An empty shelf says so, and the library's limits are stated.
      await expect(page.getByText('この本棚にはまだ資料がありません。資料詳細や検索結果一覧から保存できます。')).toBeVisible();
      await expect(
        page.getByText('本棚は10個まで（これから読みたい本・お気に入りを含む）、1つの本棚に100点まで保存できます。'),
      ).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'an empty My本棚 (ja)');
      await keepScreenshot(page, testInfo, 'shelves-empty');

      await page.goto(`/search?q=${encodeURIComponent(title!.name)}`);
      await page
        .getByRole('checkbox', { name: new RegExp(title!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .first()
        .check();
      await page.getByRole('button', { name: 'My本棚に保存' }).first().click();
      await expect(page.getByText('これから読みたい本に1点保存しました。').first()).toBeVisible();
      await page.getByRole('link', { name: 'My本棚を見る' }).first().click();

      const shelf = page.getByRole('region', { name: /^これから読みたい本 1点/ });
      await expect(shelf.getByRole('link', { name: title!.name })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'My本棚 with a saved title (ja)');
      await keepScreenshot(page, testInfo, 'shelves-saved');
      await shelf.getByRole('checkbox', { name: `${title!.name}を選ぶ` }).check();
      await shelf.getByRole('button', { name: 'カートに入れる' }).click();
      await expect(page.getByText(/1点を予約カートに入れました/)).toBeVisible();

      await page.goto('/cart');
      await page.getByRole('button', { name: '全選択' }).click();
      await page.getByRole('button', { name: '予約する' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '予約内容の入力' })).toBeVisible();
      await expect(page.getByRole('list', { name: '予約する資料' }).getByRole('listitem')).toHaveText([
        new RegExp(title!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      ]);
      await page.getByLabel('受取場所').selectOption({ label: '中央図書館' });
      await page.getByRole('button', { name: '次へ進む' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '予約確認' })).toBeVisible();
      await page.getByRole('button', { name: '予約する' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '予約完了' })).toBeVisible();
      await expect(page.getByRole('region', { name: '以下のタイトルについて予約を行いました' }).getByRole('listitem')).toHaveCount(1);
    },
  );

  test(
    'a patron sets a goal one book short, a return at the counter completes it, and the CSV of her shelves and history opens as it was',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p004&next=/mypage/reading');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      await submitLogin(page, okegawaReader.cardNumber, okegawaReader.password);

      // This month: none of her history was borrowed in November, so one book is one short.
      await page.getByLabel('冊数').fill('1');
      await page.getByRole('radio', { name: /^今月/ }).check();
      await page.getByRole('button', { name: '目標を立てる' }).click();
      const month = page.getByRole('article', { name: /^今月（2026年11月1日/ });
      await expect(month.getByText('0冊 / 1冊')).toBeVisible();
      await expect(month.getByText('残り7日')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '読書マラソン with two goals (ja)');
      await keepScreenshot(page, testInfo, 'reading-goals');

      // At the counter (the demo panel's simulation API) one of her loans comes back.
      const status = await page.evaluate(async (cardNumber) => {
        const patron = (await (await fetch(`/api/_sim/patrons/${cardNumber}`)).json()) as { loans: { loanId: string }[] };
        const response = await fetch('/api/_sim/counter/return', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ loanId: patron.loans[0]!.loanId }),
        });
        return response.status;
      }, okegawaReader.cardNumber);
      expect(status, 'POST /api/_sim/counter/return').toBe(200);
      await page.reload();
      await expect(month.getByText('1冊 / 1冊')).toBeVisible();
      await expect(month.getByText('目標達成！おめでとうございます。')).toBeVisible();

      await page.getByRole('link', { name: 'My本棚' }).click();
      await expect(page.getByRole('table', { name: /^貸出履歴：返却した資料（新しい順） 4件/ })).toBeVisible();
      await expectNoAxeViolations(page, 'My本棚 with 貸出履歴 (ja)');
      await keepScreenshot(page, testInfo, 'shelves-history');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す' }).click()]);
      const text = await readFile((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFF'), 'the CSV starts with a BOM, so Excel reads it as UTF-8').toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(['種別', '本棚', 'タイトル', '巻', '著者', 'メモ', '保存日', '読了日', '貸出日', '返却日', '資料ID']);
      expect(rows.filter((row) => row[0] === '本棚')).toHaveLength(6);
      expect(rows.filter((row) => row[0] === '貸出履歴')).toHaveLength(4);
      expect(rows.some((row) => row[2] === '消えた図書館の謎' && row[5] === 'もう所蔵されていない本')).toBe(true);

      await switchToEnglish(page);
      await expect(page.getByRole('heading', { name: /^Want to read/ })).toBeVisible();
      await expectNoAxeViolations(page, 'My本棚 (en)');
    },
  );
});
