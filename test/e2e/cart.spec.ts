import { expect, type Page } from '@playwright/test';
import {
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  patronCartHolds,
  reservableTitles,
  submitLogin,
  switchToEnglish,
  type FoundTitle,
  test,
} from './support';

// Each test runs in its own browser context: an empty browser cart, a freshly seeded library.

/** p003 高橋 翔: nothing borrowed or reserved. */
const takahashi = { library: 'p003', cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;
/** p001 山田 花子: five loans; p001 refuses a title its patron already borrows. */
const ozuReader = { library: 'p001', cardNumber: '100000001', password: 'book01', name: '山田 花子' } as const;

/** Opens 資料詳細 and puts the title in the cart with its 予約かごへ button. */
async function addFromTitlePage(page: Page, title: FoundTitle): Promise<void> {
  await page.goto(`/titles/${title.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title.name })).toBeVisible();
  await page.getByRole('button', { name: '予約かごへ' }).click();
  await expect(page.getByText('1点を予約かごに入れました。')).toBeVisible();
}

/**
 * The title of an item the patron has on loan, read from the simulated library's own records
 * (its IndexedDB), as the integration tests read the database: there is no loan list screen yet.
 */
/** A title the patron has on loan, as the counter sees it (the simulation API). */
/**
 * The counter lends a title to a patron (the simulation API, as a designer does from the demo
 * panel): p001 refuses a patron's own loans as they go into the cart, so a title in the cart becomes
 * one the patron borrows only this way.
 */
async function counterLends(page: Page, cardNumber: string, titleId: string): Promise<void> {
  const status = await page.evaluate(
    async ({ cardNumber, titleId }) => {
      const response = await fetch('/api/_sim/counter/lend', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ cardNumber, titleId }),
      });
      return response.status;
    },
    { cardNumber, titleId },
  );
  expect(status, 'POST /api/_sim/counter/lend').toBe(200);
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
const cartList = (page: Page, name = '予約かごの資料') => page.getByRole('list', { name });

test.describe('予約かご', () => {
  test(
    'a guest fills the cart, a reload keeps it, logging in merges it, and 全選択 + 削除 empties it',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await page.goto('/cart?library=p003');
      await expect(page.getByRole('heading', { level: 1, name: '予約かご' })).toBeVisible();
      await expect(page.getByText('予約かごは空です。')).toBeVisible();
      await instantNetwork(page);
      const [first, second] = await reservableTitles(page, 2);
      // 高橋 翔 put the first one in his own cart on an earlier visit.
      await patronCartHolds(page, takahashi, [first!.id]);

      await addFromTitlePage(page, first!);
      await expect(mainMenu(page).getByRole('link', { name: '予約かご 1点' })).toBeVisible();
      await addFromTitlePage(page, second!);
      await expect(mainMenu(page).getByRole('link', { name: '予約かご 2点' })).toContainText('予約かご (2)');

      await mainMenu(page).getByRole('link', { name: '予約かご 2点' }).click();
      await expect(page).toHaveURL(/\/cart$/);
      await expect(cartList(page).getByRole('listitem')).toHaveCount(2);
      await page.reload();
      await expect(cartList(page).getByRole('listitem')).toHaveCount(2);
      await expect(page.getByRole('checkbox', { name: first!.name })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: second!.name })).toBeVisible();
      await expect(
        page.getByText('この予約かごは、このブラウザに保存されています。ログインすると、あなたの予約かごに移ります。'),
      ).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, 'cart-guest');

      await page.getByRole('link', { name: 'ログインして移す' }).click();
      await expect(page).toHaveURL(/\/login\?next=%2Fcart$/);
      await instantNetwork(page);
      await submitLogin(page, takahashi.cardNumber, takahashi.password);

      await expect(page).toHaveURL(/\/cart$/);
      await expect(page.getByText('ログイン前に予約かごへ入れた1点を、あなたの予約かごに移しました。')).toBeVisible();
      await expect(cartList(page).getByRole('listitem')).toHaveCount(2);
      await expect(page.getByRole('checkbox', { name: first!.name })).toHaveCount(1);
      await expect(page.getByText(/このブラウザに保存されています/)).toHaveCount(0);
      await expect(mainMenu(page).getByRole('link', { name: '予約かご 2点' })).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('shiori.cart'))).toContain('"p003":[]');
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, 'cart-merged');

      await page.getByRole('button', { name: '全選択' }).click();
      await expect(page.getByRole('checkbox', { name: first!.name })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: second!.name })).toBeChecked();
      await expect(page.getByText('2点を選択中')).toBeVisible();
      await page.getByRole('button', { name: '選択した資料を削除' }).click();
      await expect(page.getByText('2点を予約かごから削除しました。')).toBeVisible();
      await expect(page.getByText('予約かごは空です。')).toBeVisible();
      await expect(mainMenu(page).getByRole('link', { name: '予約かご', exact: true })).toBeVisible();

      await page.reload();
      await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();
      await expect(page.getByText('予約かごは空です。')).toBeVisible();
    },
  );

  test(
    'the cart says why an item cannot be reserved, in the マイページ tab too, and passes axe in Japanese and English',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p001&next=/cart');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      // In the cart first, then borrowed at the counter: the cart says so.
      const [borrowed, other] = await reservableTitles(page, 2);
      await patronCartHolds(page, ozuReader, [borrowed!.id, other!.id]);
      await counterLends(page, ozuReader.cardNumber, borrowed!.id);
      await submitLogin(page, ozuReader.cardNumber, ozuReader.password);

      // p001 calls it 予約カート.
      await expect(page.getByRole('heading', { level: 1, name: '予約カート' })).toBeVisible();
      const list = cartList(page, '予約カートの資料');
      await expect(list.getByRole('listitem')).toHaveCount(2);
      await expect(list.getByText('予約できません：あなたが借りている資料です')).toBeVisible();
      await expect(page.getByText('2点 / 最大20点')).toBeVisible();
      await page.getByRole('checkbox', { name: other!.name }).check();
      await expect(page.getByText('1点を選択中')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the cart (ja)');
      await keepScreenshot(page, testInfo, 'cart-reasons-ja');

      await switchToEnglish(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Reservation cart' })).toBeVisible();
      await expect(
        page.getByRole('list', { name: 'Items in the reservation cart' }).getByText('Cannot be reserved: you have it on loan'),
      ).toBeVisible();
      await expect(page.getByText('2 of 20 items')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the cart (en)');
      await keepScreenshot(page, testInfo, 'cart-reasons-en');

      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
      await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '利用照会' }).click();
      await expectMypage(page, ozuReader.name);
      await page.getByRole('navigation', { name: '利用状況の一覧' }).getByRole('link', { name: '予約カート' }).click();
      await expect(page).toHaveURL(/\/mypage\/cart$/);
      await expect(cartList(page, '予約カートの資料').getByRole('listitem')).toHaveCount(2);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the マイページ cart tab (ja)');
      await keepScreenshot(page, testInfo, 'cart-mypage-tab');
    },
  );

  test('an empty cart for a guest passes axe and points to 蔵書検索', { tag: '@phone' }, async ({ page }, testInfo) => {
    await page.goto('/cart?library=p003');
    await expect(page.getByText('予約かごは空です。')).toBeVisible();
    await expect(page.getByRole('link', { name: '蔵書検索で資料を探す' })).toHaveAttribute('href', '/search');
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the empty cart (ja)');
    await switchToEnglish(page);
    await expect(page.getByText('Your reservation basket is empty.')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the empty cart (en)');
    await keepScreenshot(page, testInfo, 'cart-empty-en');
  });
});
