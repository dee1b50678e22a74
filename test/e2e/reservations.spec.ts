import { expect, type Page } from '@playwright/test';
import {
  advanceClock,
  cardNumberField,
  expectMypage,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  instantNetwork,
  keepScreenshot,
  patronCartHolds,
  patrons,
  reservableTitles,
  submitLogin,
  switchToEnglish,
  test,
} from './support';

// Each test runs in its own browser context: a freshly seeded library, its clock at the seed's moment.

/** p003 高橋 翔: nothing borrowed or reserved; registered a home phone and a mobile. */
const takahashi = { library: 'p003', cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;

interface Volume {
  id: string;
  title: string;
  volumeLabel: string;
}

/**
 * Volumes 1–3 of a series, each with a copy on the shelf, found through the catalogue search API
 * as a patron's searches would find them.
 */
async function seriesOnTheShelf(page: Page): Promise<Volume[]> {
  const volumes = await page.evaluate(async () => {
    interface Item {
      id: string;
      title: string;
      volumeLabel: string | null;
      seriesId: string | null;
      seriesTitle: string | null;
      volumeNumber: number | null;
      availability: { onShelf: number };
      notReservableReason: string | null;
    }
    const search = async (query: string) => {
      const response = await fetch(`/api/catalogue/search?${query}`);
      return ((await response.json()) as { items: Item[] }).items;
    };
    const ready = (item: Item) => item.notReservableReason === null && item.availability.onShelf > 0;
    const seen = new Set<string>();
    for (const candidate of await search('materialTypes=book&available=true&pageSize=100')) {
      if (!candidate.seriesId || !candidate.seriesTitle || seen.has(candidate.seriesId)) continue;
      seen.add(candidate.seriesId);
      const series = (await search(`q=${encodeURIComponent(candidate.seriesTitle)}&materialTypes=book&pageSize=100`)).filter(
        (item) => item.seriesId === candidate.seriesId,
      );
      const firstThree = [1, 2, 3].map((number) => series.find((item) => item.volumeNumber === number));
      if (firstThree.every((item) => item !== undefined && ready(item))) {
        return firstThree.map((item) => ({ id: item!.id, title: item!.title, volumeLabel: item!.volumeLabel ?? '' }));
      }
    }
    return [];
  });
  expect(volumes, 'a series with volumes 1–3 on the shelf').toHaveLength(3);
  return volumes;
}

/** p004 高橋 翔: nothing borrowed or reserved. */
const okegawaQuiet = { library: 'p004', cardNumber: '4000000004', password: 'Shiori4', name: '高橋 翔' } as const;
/** p004 佐藤 健一: reservations in every state, two of them cancelled. */
const okegawaHolder = { library: 'p004', cardNumber: '4000000002', password: 'Shiori4', name: '佐藤 健一' } as const;
/** p000 佐藤 健一: reservations in every state, p000 naming them 確保済み and 順番待ち. */
const minatoHolder = { library: 'p000', cardNumber: '01234568', password: '246810', name: '佐藤 健一' } as const;

const table = (page: Page) => page.getByRole('table', { name: /^予約状況：/ });

/** Logs a patron in at its library and lands on their reservations, the library answering at once. */
async function openReservations(page: Page, patron: { library: string; cardNumber: string; password: string; name: string }) {
  await page.goto(`/login?library=${patron.library}&next=/mypage/reservations`);
  await expect(cardNumberField(page)).toBeEditable();
  await instantNetwork(page);
  await submitLogin(page, patron.cardNumber, patron.password);
  await expectMypage(page, patron.name);
}
/** The row of one volume in 予約状況: its title link and its 巻名. */
const volumeRow = (page: Page, volume: Volume) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: volume.title, exact: true }) })
    // The cell reads 巻名 + the label on a phone, the label alone at a desk.
    .filter({ has: page.locator('.col-volume', { hasText: new RegExp(`(^|巻名)${volume.volumeLabel}$`) }) });
const stateOf = (page: Page, volume: Volume) => volumeRow(page, volume).locator('.reservation-state');

test.describe('予約', () => {
  test(
    'a patron places a シリーズ予約 of three volumes from the cart, and the library prepares them in order as its clock moves',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p003&next=/cart');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      const volumes = await seriesOnTheShelf(page);
      await patronCartHolds(
        page,
        takahashi,
        volumes.map((volume) => volume.id),
      );
      await submitLogin(page, takahashi.cardNumber, takahashi.password);

      await expect(page.getByRole('heading', { level: 1, name: '予約かご' })).toBeVisible();
      await expect(page.getByRole('list', { name: '予約かごの資料' }).getByRole('listitem')).toHaveCount(3);
      await expect(page.getByRole('button', { name: '予約する' })).toBeDisabled();
      await page.getByRole('button', { name: '全選択' }).click();
      await page.getByRole('button', { name: '予約する' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '予約内容の入力' })).toBeVisible();
      await expect(page.getByRole('list', { name: '予約する資料' }).getByRole('listitem')).toHaveCount(3);
      await page.getByLabel('受取館').selectOption({ label: '行徳図書館' });
      await page.getByRole('radio', { name: '電話', exact: true }).check();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the placing form (ja)');
      await keepScreenshot(page, testInfo, 'reserve-form');
      await page.getByRole('button', { name: 'シリーズ予約する' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '予約内容の確認' })).toBeVisible();
      await expect(page.getByText('シリーズ予約（上の順に用意します）')).toBeVisible();
      await expect(page.getByText('行徳図書館', { exact: true })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the placing confirmation (ja)');
      await keepScreenshot(page, testInfo, 'reserve-confirm');
      await page.getByRole('button', { name: '予約する' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '予約結果' })).toBeVisible();
      const placed = page.getByRole('region', { name: '以下のタイトルについて予約を行いました' });
      await expect(placed.getByRole('listitem')).toHaveText(volumes.map((volume) => `${volume.title} ${volume.volumeLabel}`));
      await expect(page.getByRole('region', { name: '以下のタイトルは予約を行うことができません' })).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the placing result (ja)');
      await keepScreenshot(page, testInfo, 'reserve-result');

      await page.getByRole('link', { name: '予約状況を確認する' }).click();
      await expect(table(page)).toBeVisible();
      await expect(page.getByRole('rowheader', { name: /^シリーズ予約（3点）/ })).toBeVisible();
      for (const volume of volumes) await expect(stateOf(page, volume)).toHaveText('予約申込');

      // Five minutes later the system has approved them: volume 1 is fetched from the shelf, the others wait for it.
      await advanceClock(page, 6);
      await page.reload();
      await expect(table(page)).toBeVisible();
      await expect(stateOf(page, volumes[0]!)).not.toHaveText('予約申込');
      await expect(stateOf(page, volumes[0]!)).toHaveText('確認待ち');
      await expect(stateOf(page, volumes[1]!)).toHaveText('準備中');
      await expect(stateOf(page, volumes[2]!)).toHaveText('準備中');
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, 'reservations-series-approved');

      // Staff secure volume 1 within two hours; only then is volume 2 fetched, and volume 3 still waits.
      await advanceClock(page, 125);
      await page.reload();
      // Two hours without a click end the session (30 idle minutes): the patron logs in again and comes back here.
      await expect(page.getByText('一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。')).toBeVisible();
      await submitLogin(page, takahashi.cardNumber, takahashi.password);
      await expect(table(page)).toBeVisible();
      await expect(stateOf(page, volumes[0]!)).toHaveText(/^(利用可能|配送中)$/);
      await expect(stateOf(page, volumes[1]!)).toHaveText('確認待ち');
      await expect(stateOf(page, volumes[2]!)).toHaveText('準備中');
      const ready = page.getByRole('region', { name: /^予約確保一覧/ });
      if ((await stateOf(page, volumes[0]!).textContent()) === '利用可能') {
        await expect(ready.getByRole('listitem')).toHaveCount(1);
        await expect(ready.getByRole('listitem')).toContainText('行徳図書館');
        await expect(ready.getByRole('listitem')).toContainText('取置期限');
      }
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the reservation list (ja)');
      await keepScreenshot(page, testInfo, 'reservations-series-secured');

      await switchToEnglish(page);
      await expect(page.getByRole('table', { name: /^Reservations: / })).toBeVisible();
      await expect(page.getByRole('rowheader', { name: /^Series reservation \(3 items\)/ })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the reservation list (en)');
      await keepScreenshot(page, testInfo, 'reservations-series-en');
    },
  );

  test(
    '順番を指定する (p004): a place per item, and a CD refused at a branch room is named with its reason and stays in the cart',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p004&next=/cart');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      const [first, second] = await reservableTitles(page, 2);
      const [cd] = await reservableTitles(page, 1, 'cd');
      await patronCartHolds(page, okegawaQuiet, [first!.id, second!.id, cd!.id]);
      await submitLogin(page, okegawaQuiet.cardNumber, okegawaQuiet.password);

      await expect(page.getByRole('heading', { level: 1, name: '予約カート' })).toBeVisible();
      await page.getByRole('button', { name: '全選択' }).click();
      await page.getByRole('button', { name: '予約する' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '予約内容の入力' })).toBeVisible();
      await page.getByLabel('受取場所').selectOption({ label: '川田谷分室（CD・DVD受取不可）' });
      await expect(page.getByText('この館ではCD・DVDを受け取れません。選んだCD・DVDは予約されず、予約カートに残ります。')).toBeVisible();
      await page.getByRole('button', { name: '順番を指定する' }).click();
      // Named 順番 and the title (Chromium puts a space between the two).
      const placeOf = (title: { name: string }) =>
        page.getByRole('combobox', { name: new RegExp(`^順番\\s?（${title.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}）$`) });
      await placeOf(second!).selectOption('1');
      await placeOf(first!).selectOption('2');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the placing form choosing the order (ja)');
      await keepScreenshot(page, testInfo, 'reserve-form-order');
      await page.getByRole('button', { name: '次へ進む' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '予約確認' })).toBeVisible();
      await expect(page.getByRole('list', { name: '予約する資料' }).getByRole('listitem').first()).toContainText(second!.name);
      await page.getByRole('button', { name: '予約する' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '予約完了' })).toBeVisible();
      const refused = page.getByRole('region', { name: '以下のタイトルは予約を行うことができません' });
      await expect(refused.getByRole('listitem')).toHaveText(`${cd!.name}【理由】指定の館では受け取れません。`);
      await expect(page.getByRole('region', { name: '以下のタイトルについて予約を行いました' }).getByRole('listitem')).toHaveCount(2);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the placing result with a refusal (ja)');
      await keepScreenshot(page, testInfo, 'reserve-result-refused');

      await page.getByRole('link', { name: '予約カートに戻る' }).click();
      await expect(page.getByRole('list', { name: '予約カートの資料' }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('checkbox', { name: cd!.name })).toBeVisible();
    },
  );

  test(
    'a patron with reservations in every state sees why some cannot be cancelled, and cancels one through its confirmation',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await openReservations(page, patrons.sato);
      await expect(table(page)).toBeVisible();

      const readyRow = table(page)
        .getByRole('row')
        .filter({ has: page.locator('.reservation-state', { hasText: /^利用可能$/ }) });
      await expect(readyRow.getByRole('button', { name: /^予約取消/ })).toBeDisabled();
      await expect(readyRow).toContainText('利用可能のため、取消・変更はできません。');
      await expect(page.locator('.reservation-cancelled')).toHaveCount(2);
      await expect(page.getByRole('region', { name: /^予約確保一覧/ }).getByRole('listitem')).toHaveCount(1);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the reservation list in every state (ja)');
      await keepScreenshot(page, testInfo, 'reservations-every-state');

      const waitingRow = table(page)
        .getByRole('row')
        .filter({ has: page.locator('.reservation-state', { hasText: /^順番待ち$/ }) })
        .filter({ has: page.getByRole('link', { name: /^予約取消/ }) })
        .first();
      const title = (await waitingRow.locator('.col-title a').textContent())!;
      await waitingRow.getByRole('link', { name: /^予約取消/ }).click();

      await expect(page.getByRole('heading', { level: 2, name: '予約取消確認' })).toBeVisible();
      await expect(page.getByText(title, { exact: true })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the cancel confirmation (ja)');
      await keepScreenshot(page, testInfo, 'reservation-cancel-confirm');
      await page.getByRole('button', { name: '取消する' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '予約取消を申込みました' })).toBeVisible();
      await expectNoAxeViolations(page, 'the cancel result (ja)');
      await keepScreenshot(page, testInfo, 'reservation-cancel-done');
      await page.getByRole('link', { name: '予約状況を確認する' }).click();
      const cancelledRow = table(page)
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await expect(cancelledRow.locator('.reservation-state')).toHaveText('取消申込');
      await expect(cancelledRow).toContainText('取消申込中です。');

      // Approved five minutes later: 取消 (本人取消), in red.
      await advanceClock(page, 6);
      await page.reload();
      await expect(cancelledRow.locator('.reservation-state')).toHaveText('取消（本人取消）');
      await expect(cancelledRow).toHaveClass(/reservation-cancelled/);
    },
  );

  test(
    'a patron changes the order of a シリーズ予約, and opens 予約内容変更 of another reservation',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await page.goto('/login?library=p003&next=/mypage/reservations');
      await expect(page.getByLabel('利用者番号')).toBeEditable();
      await instantNetwork(page);
      await submitLogin(page, patrons.sato.cardNumber, patrons.sato.password);
      await expect(table(page)).toBeVisible();

      const group = page.getByRole('rowheader', { name: /^シリーズ予約（3点）/ });
      await group.getByRole('link', { name: /^順番を変更/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: '予約の順番の変更' })).toBeVisible();
      const list = page.getByRole('list', { name: '用意する順番' });
      await expect(list.getByRole('listitem')).toHaveCount(3);
      const names = async () => (await list.locator('.placing-item-name').allTextContents()).map((text) => text.replace(/^\d+番目 /, ''));
      const [first, second, third] = await names();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the order screen (ja)');
      await keepScreenshot(page, testInfo, 'reservation-order');

      // Keyboard: the arrow keeps focus, so pressing it twice moves the volume to the end.
      await page.getByRole('button', { name: `${first}を下へ` }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveText(`${first}を3番目にしました。`);
      expect(await names()).toEqual([second, third, first]);
      await page.getByRole('button', { name: '次へ' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '予約の順番の確認' })).toBeVisible();
      await expect(page.getByRole('list', { name: '用意する順番' }).locator('.placing-item-name')).toHaveText([second!, third!, first!]);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the order confirmation (ja)');
      await keepScreenshot(page, testInfo, 'reservation-order-confirm');
      await page.getByRole('button', { name: '変更する' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '予約の順番を変更しました' })).toBeVisible();
      await expectNoAxeViolations(page, 'the order result (ja)');
      await page.getByRole('link', { name: '予約状況を確認する' }).click();
      const rows = page
        .getByRole('rowheader', { name: /^シリーズ予約（3点）/ })
        .locator('xpath=ancestor::tbody')
        .locator('tr.reservation');
      await expect(rows.locator('.reservation-order [aria-hidden="true"]')).toHaveText(['1', '2', '3']);
      await expect(rows.nth(2)).toContainText(first!.split(' ')[0]!);

      const waitingRow = table(page)
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: /^予約内容変更/ }) })
        .first();
      await waitingRow.getByRole('link', { name: /^予約内容変更/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: '予約情報変更' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the change form (ja)');
      await keepScreenshot(page, testInfo, 'reservation-change');

      await switchToEnglish(page);
      await page.goBack();
      await expect(page.getByRole('table', { name: /^Reservations: / })).toBeVisible();
      await page
        .getByRole('rowheader', { name: /^Series reservation \(3 items\)/ })
        .getByRole('link', { name: /^Change the order/ })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: 'Change the order' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'the order screen (en)');
    },
  );

  test(
    'p004: 予約取消一覧 apart from 予約一覧, and a cancel warns that reserving again goes to the back of the queue (keyboard only)',
    { tag: '@desktop' },
    async ({ page }, testInfo) => {
      await openReservations(page, okegawaHolder);
      const open = page.getByRole('table', { name: /^予約一覧：/ });
      const cancelled = page.getByRole('table', { name: '予約取消一覧：取り消した予約' });
      await expect(open).toBeVisible();
      await expect(open.locator('.reservation-cancelled')).toHaveCount(0);
      await expect(cancelled.locator('.reservation-cancelled')).toHaveCount(2);
      await expect(page.getByRole('region', { name: /^予約取消一覧/ })).toContainText('予約を取り消した日から30日間表示します。');
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '予約一覧 and 予約取消一覧 (ja)');
      await keepScreenshot(page, testInfo, 'reservations-cancelled-apart');

      const cancel = open
        .getByRole('row')
        .filter({ has: page.locator('.reservation-state', { hasText: /^順番待ち$/ }) })
        .getByRole('link', { name: /^予約取消/ })
        .first();
      await cancel.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: '予約取消確認' })).toBeVisible();
      await expect(page.getByText('予約を取消した資料の再度予約は、順番が最後になります。')).toBeVisible();
      await expectNoAxeViolations(page, 'the cancel confirmation with the queue warning (ja)');
      await keepScreenshot(page, testInfo, 'reservation-cancel-confirm-p004');
      await page.getByRole('button', { name: '取消する' }).focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByText('約5分で承認され、予約取消一覧に移ります（取り消した日から30日間表示します）。', { exact: false }),
      ).toBeVisible();

      await switchToEnglish(page);
      await page.goto('/mypage/reservations');
      await expect(page.getByRole('table', { name: 'Cancelled reservations: the reservations you cancelled' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, '予約一覧 and 予約取消一覧 (en)');
    },
  );

  test(
    'p000: a 順番待ち whose item is secured on its way says why it cannot be cancelled and where to ask; a cancelled row leaves the list as promised',
    { tag: '@phone' },
    async ({ page }, testInfo) => {
      await openReservations(page, minatoHolder);
      await expect(table(page)).toBeVisible();
      await expect(page.getByText(/^予約資料が確保されていますが、受取館に届いていない状態のため/)).toContainText(
        '最寄りの市内図書館の窓口か、電話で取消を申し込んでください。',
      );
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page, 'p000 予約状況 with its own refusals (ja)');
      await keepScreenshot(page, testInfo, 'reservations-p000-refusals');

      const row = table(page)
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: /^取消 ?：/ }) })
        .first();
      const title = (await row.locator('.col-title a').textContent())!;
      // p000's 操作 column names it 取消.
      await row.getByRole('link', { name: /^取消 ?：/ }).click();
      await page.getByRole('button', { name: '取消する' }).click();
      await expect(page.getByText('いまは「順番待ち」の状態です。約5分で承認され、予約状況には表示されなくなります。')).toBeVisible();
      await advanceClock(page, 6);
      await page.goto('/mypage/reservations');
      await expect(table(page)).toBeVisible();
      await expect(table(page).getByRole('link', { name: title, exact: true })).toHaveCount(0);
    },
  );
});
