import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../mocks/seed/personas';
import { api } from '../../src/api/client/api';
import { formatDate } from '../../src/lib/format-date';
import { advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

async function logInAt(path: string, situation: Situation) {
  const patron = persona('p004', situation);
  const app = renderApp(`/login?next=${encodeURIComponent(path)}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  return app;
}

const menu = () => within(screen.getByRole('navigation', { name: 'メインメニュー' }));
const main = () => within(screen.getByRole('main'));

describe('お知らせ', () => {
  it('lists what the library sent as the clock passed a due date, unread in the menu; opening one reads it and the count goes down', async () => {
    openLibrary({ profileId: 'p004' });
    // Eight days on: the reader's next loan is reminded, then overdue.
    await advanceClock(8 * 24 * 60);
    const { user } = await logInAt('/mypage/notices', 'reader');
    expect(await screen.findByRole('heading', { level: 2, name: '図書館からのお知らせ' })).toBeInTheDocument();
    const overdue = (await main().findAllByRole('link', { name: /未読.*返却期限日を過ぎた資料があります/ }))[0]!;
    const unreadBefore = main().getAllByText('未読').length;
    expect(await menu().findByRole('link', { name: `お知らせ、未読${unreadBefore}件` })).toBeInTheDocument();

    await user.click(overdue);
    expect(await screen.findByRole('heading', { level: 2, name: '【桶川市図書館】返却期限日を過ぎた資料があります' })).toBeInTheDocument();
    expect(screen.getByText(/至急ご返却ください。/)).toBeInTheDocument();
    expect(
      await menu().findByRole('link', { name: unreadBefore > 1 ? `お知らせ、未読${unreadBefore - 1}件` : 'お知らせ' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'お知らせ一覧へ戻る' }));
    expect(await main().findAllByText('未読')).toHaveLength(unreadBefore - 1);
  });

  it('says so when there is none, and when the list cannot be read, with a retry', async () => {
    openLibrary({ profileId: 'p004' });
    let failing = true;
    overrideApi(
      http.get(`${API_BASE}/me/notices`, () =>
        failing ? HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await logInAt('/mypage/notices', 'quiet');
    expect(await screen.findByText('読み込めませんでした。')).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByText('図書館からのお知らせはありません。')).toBeInTheDocument();
  });

  it('keeps the notice on screen when marking it read fails, and marks it read on a retry', async () => {
    openLibrary({ profileId: 'p004' });
    await advanceClock(8 * 24 * 60);
    overrideApi(
      http.post(
        `${API_BASE}/me/notices/:noticeId/read`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { user } = await logInAt('/mypage/notices', 'reader');
    await user.click((await main().findAllByRole('link', { name: /^未読【桶川市図書館】/ }))[0]!);
    expect(await screen.findByText('既読にできませんでした。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /【桶川市図書館】/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'もう一度試す' }));
    await waitFor(() => expect(screen.queryByText('既読にできませんでした。')).toBeNull());
    expect((await api.call('getNotices')).notices.filter((notice) => notice.read)).toHaveLength(1);
  });
});

describe('マイページ: the banner of items waiting for pickup', () => {
  it('names each ready item, its pickup branch, its 取置期限 and the days left', async () => {
    openLibrary({ profileId: 'p004' });
    await logInAt('/mypage', 'holder');
    const banner = within(await screen.findByRole('region', { name: '受取可能な予約資料があります' }));
    const { waitingForPickup } = await api.call('getNotices');
    expect(waitingForPickup.length).toBeGreaterThan(0);
    for (const item of waitingForPickup) {
      expect(banner.getByText(item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title)).toBeInTheDocument();
      const left = item.daysLeft === 0 ? '本日まで' : `あと${item.daysLeft}日`;
      expect(banner.getByText(`取置期限: ${formatDate(item.pickupDeadline, 'ja')}（${left}）`)).toBeInTheDocument();
    }
    expect(banner.getAllByText(/受取館: /).length).toBe(waitingForPickup.length);
  });
});
