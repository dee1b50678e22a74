import { expect, test } from '@playwright/test';
import { realApi } from '../../playwright.config';
import { expectNoAxeViolations, submitLogin } from './support';

// The app built for a real API (no mock code, no service worker) talking over the network to
// `npm run api`: login → reserve → cancel, with CORS, bearer auth and errors all real.

/** p003 高橋 翔 on the server's library: nothing borrowed or reserved. */
const takahashi = { cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;

test('a patron logs in, reserves a title and cancels it, against the library API over HTTP', async ({ page, request }) => {
  const apiCalls: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().startsWith(realApi.apiURL)) apiCalls.push(`${sent.method()} ${new URL(sent.url()).pathname}`);
  });
  const search = await request.get(`${realApi.apiURL}/catalogue/search?materialTypes=book&available=true&pageSize=50`);
  const { items } = (await search.json()) as { items: { id: string; title: string; volumeLabel: string | null; notReservableReason: string | null }[] };
  const title = items.find((item) => item.notReservableReason === null && item.volumeLabel === null)!;
  expect(title, 'a reservable book on the server').toBeDefined();

  await page.goto('/login');
  await expect(page.getByLabel('利用者番号')).toBeEditable();
  await submitLogin(page, takahashi.cardNumber, takahashi.password);
  await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();

  await page.goto(`/titles/${title.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title.title })).toBeVisible();
  await page.getByRole('button', { name: '予約かごへ' }).click();
  await expect(page.getByText('1点を予約かごに入れました。')).toBeVisible();
  await page.goto('/cart');
  await expect(page.getByRole('list', { name: '予約かごの資料' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: '全選択' }).click();
  await page.getByRole('button', { name: '予約する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '予約内容の入力' })).toBeVisible();
  await page.getByLabel('受取館').selectOption({ index: 1 });
  await page.getByRole('radio', { name: '電話', exact: true }).check();
  await page.getByRole('button', { name: '通常予約する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '予約内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: '予約する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '予約結果' })).toBeVisible();
  await expect(page.getByRole('region', { name: '以下のタイトルについて予約を行いました' }).getByRole('listitem')).toHaveText([title.title]);

  await page.getByRole('link', { name: '予約状況を確認する' }).click();
  const row = page.getByRole('table', { name: /^予約状況：/ }).getByRole('row').filter({ has: page.getByRole('link', { name: title.title, exact: true }) });
  await expect(row.locator('.reservation-state')).toHaveText('予約申込');
  await row.getByRole('link', { name: /^予約取消/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '予約取消確認' })).toBeVisible();
  await page.getByRole('button', { name: '取消する' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '予約取消を申込みました' })).toBeVisible();
  await expectNoAxeViolations(page, 'the cancel result over the real API');

  // Every call went to the API's origin over HTTP; none to the simulation API.
  expect(apiCalls).toEqual(expect.arrayContaining(['POST /auth/login', 'POST /me/cart/items', 'POST /me/reservations']));
  expect(apiCalls.some((call) => call.includes('/_sim'))).toBe(false);
  const reservations = await request.get(`${realApi.apiURL}/me/reservations`);
  expect(reservations.status(), 'the API refuses a request without the bearer token').toBe(401);
});
