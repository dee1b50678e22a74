import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { parseIcs } from '../parse-ics';
import { blackBarsOf, readCodabar, type Bar } from '../read-codabar';
import { expectNoAxeViolations, expectNoHorizontalOverflow, keepScreenshot, logIn, patrons, test } from './support';

// Issue 19: the .ics and the barcode read back — what a calendar app and the counter's scanner would see.

test(
  'the .ics downloaded from カレンダー holds a loan’s 返却期限 as an all-day event; the subscription address by keyboard; the card’s bars read back to its number',
  { tag: '@desktop' },
  async ({ page }, testInfo) => {
    const { yamada } = patrons;
    await logIn(page, yamada, { instant: true });
    await page.getByRole('link', { name: '貸出状況' }).click();
    const firstLoan = page
      .getByRole('table', { name: /^貸出状況：/ })
      .getByRole('row')
      .filter({ has: page.locator('.col-title a') })
      .first();
    const title = (await firstLoan.locator('.col-title a').textContent())!.trim();
    const due = (await firstLoan.locator('.col-dueDate').textContent())!.match(/\d{4}\/\d{2}\/\d{2}/)![0].replaceAll('/', '-');

    await page.getByRole('link', { name: 'カレンダーに追加する' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'カレンダー' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '返却期限・取置期限をダウンロード（.ics）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-library-dates.ics');
    const { properties, events } = parseIcs(await readFile((await download.path())!, 'utf8'));
    expect(properties['x-wr-timezone']).toBe('Asia/Tokyo');
    const loanEvent = events.find((event) => event.summary.startsWith(`返却期限: ${title}`));
    expect(loanEvent).toMatchObject({ start: due, allDay: true });
    expect(loanEvent!.uid).toMatch(/^loan-.+-due@p003\.shiori\.example$/);

    const create = page.getByRole('button', { name: '購読用アドレスを発行' });
    await create.focus();
    await page.keyboard.press('Enter');
    const address = page.getByRole('textbox', { name: '購読用アドレス' });
    await expect(address).toBeFocused();
    await expect(address).toHaveValue(/\/calendar-feeds\/[0-9a-f]{80}\.ics$/);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'カレンダー');
    await keepScreenshot(page, testInfo, 'calendar');

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'マイページ' }).click();
    await page.getByRole('link', { name: '利用者カードを表示する' }).click();
    const barcode = page.getByRole('img', { name: `利用者番号 ${yamada.cardNumber} のバーコード（NW-7）` });
    await expect(barcode).toBeVisible();
    expect(readCodabar(await barcode.evaluate(blackBarsOf as (svg: SVGElement | HTMLElement) => Bar[]))).toBe(`A${yamada.cardNumber}A`);
  },
);
