import { expect, test } from '@playwright/test';
import { realApi } from '../../playwright.config';
import { expectNoAxeViolations, submitLogin } from './support';

// The app built for a real API (no mock code, no service worker) talking over the network to
// `npm run api`: login → reserve → cancel, and loans → renew → contact → logout, with CORS, bearer
// auth, idempotency keys and refusals all real.

/** p003 高橋 翔 on the server's library: nothing borrowed or reserved. */
const takahashi = { cardNumber: '3000004', password: 'yomu2026', name: '高橋 翔' } as const;
/** p003 山田 花子: five loans, one overdue, one reserved by another patron, one renewed already. */
const yamada = { cardNumber: '3000001', password: 'yomu2026', name: '山田 花子' } as const;

test('a patron logs in, reserves a title and cancels it, against the library API over HTTP', async ({ page, request }) => {
  const apiCalls: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().startsWith(realApi.apiURL)) apiCalls.push(`${sent.method()} ${new URL(sent.url()).pathname}`);
  });
  const search = await request.get(`${realApi.apiURL}/catalogue/search?materialTypes=book&available=true&pageSize=50`);
  const { items } = (await search.json()) as {
    items: { id: string; title: string; volumeLabel: string | null; notReservableReason: string | null }[];
  };
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
  await expect(page.getByRole('region', { name: '以下のタイトルについて予約を行いました' }).getByRole('listitem')).toHaveText([
    title.title,
  ]);

  await page.getByRole('link', { name: '予約状況を確認する' }).click();
  const row = page
    .getByRole('table', { name: /^予約状況：/ })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title.title, exact: true }) });
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

test('a patron renews a loan, sees why another cannot be renewed, changes the contact method and logs out, against the library API over HTTP', async ({
  page,
  request,
}) => {
  const renewals: { idempotencyKey: string | null; body: { requestId: string } }[] = [];
  page.on('request', (sent) => {
    if (
      sent.url().startsWith(realApi.apiURL) &&
      /\/me\/loans\/[^/]+\/renew$/.test(new URL(sent.url()).pathname) &&
      sent.method() === 'POST'
    ) {
      renewals.push({ idempotencyKey: sent.headers()['idempotency-key'] ?? null, body: sent.postDataJSON() as { requestId: string } });
    }
  });
  await page.goto('/login');
  await expect(page.getByLabel('利用者番号')).toBeEditable();
  await submitLogin(page, yamada.cardNumber, yamada.password);
  await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();

  await page.goto('/mypage/loans');
  const loans = page.getByRole('table', { name: /^貸出状況：/ });
  const overdue = loans.getByRole('row').filter({ has: page.locator('.col-note', { hasText: '延滞' }) });
  await expect(overdue.getByRole('button', { name: /^貸出延長/ })).toBeDisabled();
  await expect(overdue).toContainText('返却期限日が過ぎています。');

  const renewable = loans
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /^貸出延長/ }) })
    .first();
  const name = (await renewable.locator('.col-title a').textContent())!;
  await renewable.getByRole('link', { name: /^貸出延長/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '貸出延長確認' })).toBeVisible();
  const newDue = (await page.locator('.loan-facts-new dd').textContent())!;
  await page.getByRole('button', { name: '変更する' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '貸出延長しました' })).toBeVisible();
  await expect(page.getByText(`新しい返却期限日は ${newDue} です。`)).toBeVisible();
  // The renewal crossed origins with its idempotency key in the header (the preflight allowed it).
  expect(renewals).toHaveLength(1);
  expect(renewals[0]!.idempotencyKey).toBe(renewals[0]!.body.requestId);
  await page.getByRole('link', { name: '貸出状況を確認する' }).click();
  await expect(loans.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })).toContainText(
    '貸出延長は1回までです。',
  );

  await page.goto('/mypage/account');
  const contact = page.getByRole('region', { name: '連絡方法' });
  // A method that needs no e-mail address: 電話, or 携帯電話 if 電話 is already chosen.
  const phone = contact.getByRole('radio', { name: '電話', exact: true });
  const other = (await phone.isChecked()) ? contact.getByRole('radio', { name: '携帯電話', exact: true }) : phone;
  await other.check();
  // p003's button, as seed 003 names it (5. ②).
  await contact.getByRole('button', { name: '更新', exact: true }).click();
  await expect(contact.getByText(/^連絡方法を「.+」に変更しました。/)).toBeVisible();
  await expect(other).toBeChecked();
  await expectNoAxeViolations(page, '利用者情報 over the real API');

  const token = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('shiori.session')!) as { state: { token: string } }).state.token,
  );
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('button', { name: 'ログイン (認証)', exact: true })).toBeVisible();
  const after = await request.get(`${realApi.apiURL}/me/loans`, { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status(), 'the server ended the session on logout').toBe(401);
});
