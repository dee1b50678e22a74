import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

const offline = (on: boolean) => api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: on } });

describe('カレンダー', () => {
  it('makes a subscription address to copy, and a new one only after a confirmation; a failed reset keeps the old address working and the question open', async () => {
    openLibrary({ profileId: 'p000' });
    const reader = persona('p000', 'reader');
    const { user } = renderApp('/login?next=%2Fmypage');
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    await user.click(await screen.findByRole('link', { name: 'カレンダーに追加する' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'カレンダー' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返却期限・取置期限をダウンロード（.ics）' })).toBeEnabled();
    expect(await screen.findByText('購読用アドレスはまだ発行していません。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '購読用アドレスを発行' }));
    const address = await screen.findByRole('textbox', { name: '購読用アドレス' });
    const first = (address as HTMLInputElement).value;
    expect(first).toMatch(/\/calendar-feeds\/[0-9a-f]{80}\.ics$/);
    expect(address).toHaveFocus();
    expect((await fetch(first)).status).toBe(200);

    await user.click(screen.getByRole('button', { name: '新しいアドレスを発行' }));
    const question = screen.getByRole('group', { name: '新しいアドレスを発行しますか？' });
    expect(within(question).getByText(/いまのアドレスはすぐに使えなくなり/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '新しいアドレスを発行しますか？' })).toHaveFocus();
    await offline(true);
    await user.click(within(question).getByRole('button', { name: '発行する' }));
    expect(await screen.findByText('アドレスを発行できませんでした。いまのアドレスはそのまま使えます。')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '新しいアドレスを発行しますか？' })).toBeInTheDocument();
    await offline(false);
    expect((await fetch(first)).status).toBe(200);

    await user.click(within(question).getByRole('button', { name: '発行する' }));
    await screen.findByRole('button', { name: '新しいアドレスを発行' });
    const second = (screen.getByRole('textbox', { name: '購読用アドレス' }) as HTMLInputElement).value;
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
  });

  it('offers the closed days on 図書館カレンダー where the library offers calendars, and nothing where it does not', async () => {
    openLibrary({ profileId: 'p002' });
    renderApp('/library/calendar');
    expect(await screen.findByRole('button', { name: 'カレンダーに追加（.ics）' })).toBeEnabled();
    cleanup();
    await api.call('simSetSettings', { body: { calendars: false } });
    renderApp('/library/calendar');
    expect(await screen.findByText(/出水市立図書館の開館日と休館日/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'カレンダーに追加（.ics）' })).toBeNull();
  });
});
