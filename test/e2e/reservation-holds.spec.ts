import { expect, type Page } from '@playwright/test';
import { advanceClock, expectNoAxeViolations, expectNoHorizontalOverflow, keepScreenshot, logIn, patrons, test } from './support';

// A freshly seeded p003 library in its own browser context, its clock at the seed's moment.

test(
  '保留 a waiting reservation, see it resume as the clock passes its day, then まとめて変更 two reservations, one of which the library secures meanwhile',
  { tag: '@phone' },
  async ({ page }, testInfo) => {
    await logIn(page, patrons.sato);
    await page.getByRole('link', { name: '予約状況' }).first().click();
    const holdLink = page.getByRole('link', { name: /^保留\s?：/ }).first();
    await expect(holdLink).toBeVisible();
    const title = ((await holdLink.textContent()) ?? '').replace(/^保留\s?：/, '');

    // Keyboard only: the row's 保留, the day, 保留する.
    await holdLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '予約の保留' })).toBeFocused();
    const day = page.getByLabel('再開する日');
    const earliest = (await day.getAttribute('min'))!;
    await day.fill(earliest);
    await expectNoAxeViolations(page, '予約の保留');
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'reservation-hold');
    await page.getByRole('button', { name: '保留する' }).press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '予約を保留しました' })).toBeFocused();

    await page.getByRole('link', { name: '予約状況を確認する' }).click();
    const held = page.getByRole('link', { name: new RegExp(`^保留を解除\\s?：${title}$`) });
    await expect(held).toBeVisible();
    await expect(page.getByText(/保留中（.+まで）/).first()).toBeVisible();
    await expectNoAxeViolations(page, '予約状況 with a held reservation');
    await keepScreenshot(page, testInfo, 'reservations-held');

    // The day comes: the back office takes it up again on the library's clock.
    await advanceClock(page, 24 * 60);
    await logIn(page, patrons.sato);
    await page.getByRole('link', { name: '予約状況' }).first().click();
    await expect(page.getByRole('link', { name: new RegExp(`^保留\\s?：${title}$`) })).toBeVisible();
    await expect(page.getByText(/保留中（.+まで）/)).toHaveCount(0);

    // まとめて変更: two reservations to 行徳図書館, one confirmation, the result per row. One of them
    // is first in its title's queue while a copy is out: returned at the counter meanwhile, it is
    // secured for her, and the result (not the confirmation) says so.
    const secured = await firstInQueueWithCopyOut(page, patrons.sato.cardNumber);
    expect(secured, 'a reservation of hers first in a queue whose copy is on loan').not.toBeNull();
    await page.getByRole('link', { name: 'まとめて変更' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '予約の一括変更' })).toBeFocused();
    await page.getByLabel('変更後の受取館').selectOption({ label: '行徳図書館' });
    await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(secured!.title)}`) }).check();
    await page.getByRole('checkbox', { disabled: false, checked: false }).first().check();
    await expect(page.getByText('2件を選んでいます')).toBeVisible();
    await expectNoAxeViolations(page, '予約の一括変更');
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, testInfo, 'reservations-bulk-change');
    await page.getByRole('button', { name: '確認する' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '一括変更の確認' })).toBeFocused();
    expect(await returnAtCounter(page, secured!.loanId), 'POST /api/_sim/counter/return').toBe(200);
    await page.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '一括変更の結果' })).toBeFocused();
    await expect(page.getByRole('region', { name: '以下の予約を変更しました（1件）' })).toBeVisible();
    const refused = page.getByRole('region', { name: '以下の予約は変更できませんでした（1件）' });
    await expect(refused).toContainText(secured!.title);
    await expect(refused).toContainText(/【理由】.+のため、変更できません。/);
    await expectNoAxeViolations(page, '一括変更の結果');
    await keepScreenshot(page, testInfo, 'reservations-bulk-result');
  },
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Through the demo's simulation API: a reservation of the patron's, not for 行徳図書館, that is first
 * in its title's queue while a copy of the title is on loan, and that loan; null if none.
 */
function firstInQueueWithCopyOut(page: Page, cardNumber: string): Promise<{ title: string; loanId: string } | null> {
  return page.evaluate(async (card) => {
    const get = async <T>(path: string) => (await (await fetch(`/api/_sim${path}`)).json()) as T;
    interface Patron {
      loans: { loanId: string; copyId: string }[];
      reservations: {
        reservationId: string;
        titleId: string;
        title: string;
        state: string;
        heldUntil: string | null;
        pickupBranchId: string;
      }[];
    }
    interface Title {
      copies: { copyId: string; status: string; cardNumber: string | null }[];
      reservations: { reservationId: string; heldUntil: string | null }[];
    }
    const patron = await get<Patron>(`/patrons/${card}`);
    for (const reservation of patron.reservations) {
      if (!['waiting', 'awaiting-return'].includes(reservation.state) || reservation.heldUntil || reservation.pickupBranchId === 'gyotoku')
        continue;
      const title = await get<Title>(`/titles/${reservation.titleId}`);
      if (title.reservations.find((queued) => !queued.heldUntil)?.reservationId !== reservation.reservationId) continue;
      const out = title.copies.find((copy) => copy.status === 'on-loan' && copy.cardNumber);
      if (!out) continue;
      const borrower = await get<Patron>(`/patrons/${out.cardNumber}`);
      const loan = borrower.loans.find((item) => item.copyId === out.copyId);
      if (loan) return { title: reservation.title, loanId: loan.loanId };
    }
    return null;
  }, cardNumber);
}

/** The demo's counter checks a loan in (the copy goes to the first of its queue). */
function returnAtCounter(page: Page, loanId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const response = await fetch('/api/_sim/counter/return', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ loanId: id }),
    });
    return response.status;
  }, loanId);
}
