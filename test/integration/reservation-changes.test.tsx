import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { api } from '../../src/api/client/api';
import { API_BASE, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

async function logInAt(host: LibraryHost, path: string) {
  const patron = persona('p003', 'holder');
  const app = renderApp(`/login?next=${encodeURIComponent(path)}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  return { ...app, host };
}

async function focusedHeading(name: string) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  await waitFor(() => expect(heading).toHaveFocus());
}

const table = () => screen.findByRole('table', { name: /^予約状況：/ });
function rowOf(title: string): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => within(row).queryByRole('link', { name: title }));
  if (rows.length !== 1) throw new Error(`${rows.length} rows for ${title}`);
  return rows[0]!;
}

describe('一括変更 in 予約状況', () => {
  it('gives several reservations one pickup branch after one confirmation; a failure changes nothing and keeps the choice; the result names the refused row and why', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const { user } = await logInAt(host, '/mypage/reservations');
    await table();
    const { items } = await api.call('getReservations');
    const changeable = items.filter(
      (item) =>
        item.actions.changePickup.allowed &&
        item.pickupBranchId !== 'gyotoku' &&
        items.filter((other) => other.title === item.title).length === 1,
    );
    expect(changeable.length).toBeGreaterThanOrEqual(2);
    const [first, second] = changeable as [(typeof changeable)[0], (typeof changeable)[0]];

    await user.click(screen.getByRole('link', { name: 'まとめて変更' }));
    await focusedHeading('予約の一括変更');
    // A ready item cannot change its branch: its box is disabled, with the reason.
    const ready = items.find((item) => item.state === 'ready')!;
    const locked = screen.getByRole('checkbox', { name: new RegExp(`^${ready.title}`) });
    expect(locked).toBeDisabled();
    expect(locked).toHaveAccessibleDescription('利用可能（確保済み）のため、変更できません。');
    await user.click(screen.getByRole('button', { name: '確認する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('変更する予約に、1件以上チェックを入れてください。');

    await user.selectOptions(screen.getByRole('combobox', { name: '変更後の受取館' }), 'gyotoku');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${first.title}`) }));
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${second.title}`) }));
    expect(screen.getByText('2件を選んでいます')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '確認する' }));
    await focusedHeading('一括変更の確認');
    expect(screen.getByText(/以下の2件の受取館を「行徳図書館」に変更します/)).toBeInTheDocument();

    let failing = true;
    const sent: string[] = [];
    overrideApi(
      http.post(`${API_BASE}/me/reservations/changes`, async ({ request }) => {
        sent.push(((await request.clone().json()) as { requestId: string }).requestId);
        if (!failing) return undefined;
        return HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 });
      }),
    );
    await user.click(screen.getByRole('button', { name: '変更する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('予約を変更できませんでした。どの予約も元のままです。');
    const unchanged = await host.run(async (library) => library.db.tables.reservations.get(first.id)!);
    expect(unchanged.pickupBranchId).toBe(first.pickupBranchId);

    // Meanwhile the library secures the second one and sends it on its way: the result, not the confirmation, is the truth.
    await host.run(async (library) =>
      library.transact(() => {
        library.db.tables.reservations.update(second.id, { state: 'in-transit' });
      }),
    );
    failing = false;
    await user.click(screen.getByRole('button', { name: '変更する' }));
    await focusedHeading('一括変更の結果');
    expect(new Set(sent).size).toBe(1);
    const changed = screen.getByRole('region', { name: '以下の予約を変更しました（1件）' });
    expect(changed).toHaveTextContent(first.title);
    const refused = screen.getByRole('region', { name: '以下の予約は変更できませんでした（1件）' });
    expect(refused).toHaveTextContent(`${second.title}`);
    expect(refused).toHaveTextContent('【理由】配送中のため、変更できません。');

    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    await waitFor(() => expect(rowOf(first.title).querySelector('.col-pickup')).toHaveTextContent('行徳図書館'));
    expect(rowOf(second.title).querySelector('.col-pickup')).not.toHaveTextContent('行徳図書館');
  });
});

describe('保留 in 予約状況', () => {
  it('holds a waiting reservation until a day, shows it held in the list, and resumes it early', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const { user } = await logInAt(host, '/mypage/reservations');
    await table();
    const { items } = await api.call('getReservations');
    const once = (title: string) => items.filter((item) => item.title === title).length === 1;
    const waiting = items.find((item) => item.actions.hold.allowed && once(item.title))!;
    const ready = items.find((item) => item.state === 'ready' && once(item.title))!;
    expect(within(rowOf(ready.title)).queryByRole('link', { name: /^保留/ })).toBeNull();

    await user.click(within(rowOf(waiting.title)).getByRole('link', { name: `保留：${waiting.title}` }));
    await focusedHeading('予約の保留');
    const day = screen.getByLabelText('再開する日');
    expect(day).toHaveAttribute('min', waiting.actions.hold.earliest);
    expect(day).toHaveAttribute('max', waiting.actions.hold.latest);
    await user.click(screen.getByRole('button', { name: '保留する' }));
    expect(screen.getByText('再開する日を選んでください。')).toBeInTheDocument();

    await user.type(day, waiting.actions.hold.earliest!);
    await user.click(screen.getByRole('button', { name: '保留する' }));
    await focusedHeading('予約を保留しました');
    await user.click(screen.getByRole('link', { name: '予約状況を確認する' }));
    await table();
    await waitFor(() => expect(rowOf(waiting.title)).toHaveTextContent(/保留中（.+まで）/));

    await user.click(within(rowOf(waiting.title)).getByRole('link', { name: `保留を解除：${waiting.title}` }));
    await focusedHeading('予約の保留');
    await user.click(screen.getByRole('button', { name: '保留を解除' }));
    await focusedHeading('保留を解除しました');
    expect(await host.run(async (library) => library.db.tables.reservations.get(waiting.id)!.heldUntil)).toBeNull();
  });
});
