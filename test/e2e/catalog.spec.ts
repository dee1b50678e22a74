import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, instantNetwork, keepScreenshot, switchToEnglish, test } from './support';

// Each test runs in its own browser context: an empty browser cart, a freshly seeded library (p003).

/** Opens 蔵書検索 of a library and waits until the simulated library answers, then makes it answer at once. */
async function openSearch(page: Page, library = 'p003'): Promise<void> {
  await page.goto(`/search?library=${library}`);
  await expect(page.getByRole('heading', { level: 1, name: '蔵書検索' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /市川市立図書館/ })).toBeVisible();
  await instantNetwork(page);
}

/** A surname many books share, read from the library through the search API, as a patron might type it. */
async function commonAuthorSurname(page: Page): Promise<string> {
  const surname = await page.evaluate(async () => {
    const response = await fetch('/api/catalogue/search?materialTypes=book&available=true&pageSize=1');
    const result = (await response.json()) as { items: { author: string }[] };
    return result.items[0]?.author.split(' ')[0] ?? '';
  });
  expect(surname, 'an author found by the search API').not.toBe('');
  return surname;
}

/** The title at the head of 予約ベスト: several copies, all out, with a queue and due dates. */
async function mostReservedTitle(page: Page): Promise<{ id: string; name: string }> {
  const found = await page.evaluate(async () => {
    const response = await fetch('/api/catalogue/rankings/reservations');
    const ranking = (await response.json()) as { items: { title: { id: string; title: string; volumeLabel: string | null } }[] };
    const title = ranking.items[0]?.title;
    return title ? { id: title.id, name: title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title } : null;
  });
  expect(found, 'the head of 予約ベスト').not.toBeNull();
  return found!;
}

const resultsList = (page: Page) => page.getByRole('list', { name: '検索結果' });

test.describe('蔵書検索', () => {
  test(
    'a patron searches from the header, ticks two titles and puts them in 予約かご, then opens one',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await openSearch(page);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the search page (ja)');
      await keepScreenshot(page, testInfo, 'search-start-ja');

      const surname = await commonAuthorSurname(page);
      const header = page.getByRole('banner').getByRole('search', { name: '簡易検索' });
      await header.getByLabel('キーワード').fill(surname);
      await header.getByRole('button', { name: '検索' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '検索結果一覧' })).toBeVisible();
      await expect(page).toHaveURL(`/search?q=${encodeURIComponent(surname)}`);
      const heading = page.getByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ });
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle('検索結果一覧 | 栞 Shiori');
      const rows = resultsList(page).getByRole('listitem');
      await expect(rows.first()).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the search results (ja)');
      await keepScreenshot(page, testInfo, 'search-results-ja');

      const boxes = resultsList(page).getByRole('checkbox');
      const firstName = (await boxes.nth(0).getAttribute('aria-labelledby'))!;
      const firstTitle = (await page.locator(`[id="${firstName}"]`).textContent())!;
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await expect(page.getByText('2点を選択中').first()).toBeVisible();
      await page.getByRole('button', { name: '予約かごへ' }).first().click();
      await expect(page.getByRole('status').filter({ hasText: '2点を予約かごに入れました。' })).toBeVisible();
      await expect(boxes.nth(0)).not.toBeChecked();
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, 'search-results-added-ja');

      await resultsList(page).getByRole('link', { name: firstTitle, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
      await expect(page.getByRole('link', { name: '検索結果に戻る' })).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoHorizontalOverflow(page);

      await page.getByRole('link', { name: '検索結果に戻る' }).click();
      await expect(page).toHaveURL(`/search?q=${encodeURIComponent(surname)}`);
      await expect(heading).toBeFocused();
    },
  );

  test(
    'the results page reads in English too, and a reload keeps the search, its sort and its page',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await openSearch(page);
      await page.goto('/search?materialTypes=book&sort=newest&page=2');
      await expect(page.getByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ })).toBeVisible();
      await expect(page.getByRole('combobox', { name: '並び順' })).toHaveValue('newest');
      await expect(page.getByRole('navigation', { name: 'ページ' }).getByRole('link', { name: '2ページ' })).toHaveAttribute(
        'aria-current',
        'page',
      );

      await switchToEnglish(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /^Results: [\d,]+$/ })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the search results (en)');
      await keepScreenshot(page, testInfo, 'search-results-en');

      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(page.getByText(/^21–40 of [\d,]+$/)).toBeVisible();
    },
  );

  test('詳細蔵書検索 finds CDs on the shelf and shows the criteria', { tag: '@phone' }, async ({ page }, testInfo) => {
    await openSearch(page);
    await page.getByRole('main').getByRole('link', { name: '詳細蔵書検索' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '詳細蔵書検索' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'CD' }).check();
    await page.getByRole('checkbox', { name: '貸出可能な資料のみ' }).check();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'the advanced search form (ja)');
    await keepScreenshot(page, testInfo, 'advanced-search-ja');

    await page.getByRole('main').getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL('/search?materialTypes=cd&available=true');
    await expect(page.getByRole('heading', { level: 2, name: /^検索結果 [\d,]+件$/ })).toBeVisible();
    await expect(resultsList(page).getByText('CD', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('貸出可能な資料のみ')).toBeVisible();
  });
});

test.describe('資料詳細', () => {
  test('shows the record, the queue and every copy with its branch and due date', { tag: '@desktop' }, async ({ page }, testInfo) => {
    await openSearch(page);
    const title = await mostReservedTitle(page);
    await page.goto(`/titles/${title.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title.name })).toBeVisible();
    await expect(page.getByText(/^予約 \d+件$/)).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: '資料コード' })).toBeAttached();
    await expect(table.getByText(/^返却予定日 \d{4}年\d{1,2}月\d{1,2}日\(.\)$/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '予約かごへ' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'a title page (ja)');
    await keepScreenshot(page, testInfo, 'title-detail-ja');

    await page.getByRole('button', { name: '予約かごへ' }).click();
    await expect(page.getByText('1点を予約かごに入れました。')).toBeVisible();
    await expectNoAxeViolations(page, 'a title page after 予約かごへ (ja)');

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Copies and reservations' })).toBeVisible();
    await expectNoAxeViolations(page, 'a title page (en)');
  });

  test(
    'a volume of a series links the others, and 禁帯出 replaces the button with its reason',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await openSearch(page);
      const found = await page.evaluate(async () => {
        const search = async (query: string) =>
          (
            (await (await fetch(`/api/catalogue/search?${query}`)).json()) as {
              items: { id: string; seriesId: string | null; notReservableReason: string | null }[];
            }
          ).items;
        const volume = (await search('materialTypes=book&pageSize=100')).find((item) => item.seriesId !== null);
        const reference = (await search('materialTypes=book&ndc=0&pageSize=100')).find(
          (item) => item.notReservableReason === 'reference-only',
        );
        return { volume: volume?.id ?? null, reference: reference?.id ?? null };
      });
      expect(found.volume, 'a volume of a series').not.toBeNull();
      expect(found.reference, 'a 禁帯出 book').not.toBeNull();

      await page.goto(`/titles/${found.volume}`);
      const series = page.getByRole('navigation', { name: /^シリーズ「.+」の巻$/ });
      await expect(series).toBeVisible();
      await expect(series.getByRole('link')).not.toHaveCount(1);
      const other = series.locator('a:not([aria-current])').first();
      const otherName = (await other.textContent())!;
      await other.click();
      await expect(page.getByRole('heading', { level: 1, name: otherName })).toBeVisible();
      await expect(series.locator('a[aria-current="page"]')).toHaveText(otherName);
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, 'title-series-ja');

      await page.goto(`/titles/${found.reference}`);
      await expect(page.getByText('禁帯出の資料です。貸出・予約はできません。館内でご利用ください。')).toBeVisible();
      await expect(page.getByRole('button', { name: '予約かごへ' })).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'a 禁帯出 title page (ja)');
    },
  );
});

test.describe('新着資料 and the rankings', () => {
  test('新着資料 and 貸出ベスト list titles with the same rows', { tag: '@desktop' }, async ({ page }, testInfo) => {
    await openSearch(page);
    await page.getByRole('main').getByRole('link', { name: '新着資料' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^新着資料 [\d,]+件$/ })).toBeVisible();
    await expect(page.getByRole('list', { name: '新着資料' }).getByRole('listitem').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, '新着資料 (ja)');
    await keepScreenshot(page, testInfo, 'new-arrivals-ja');

    await page.goto('/rankings/loans');
    await expect(page.getByRole('heading', { level: 2, name: /^集計期間：/ })).toBeVisible();
    const first = page.getByRole('list', { name: '貸出ベスト' }).getByRole('listitem').first();
    await expect(first).toContainText('1位');
    await expect(first).toContainText(/貸出 \d+回/);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, '貸出ベスト (ja)');
    await keepScreenshot(page, testInfo, 'ranking-loans-ja');
  });
});
