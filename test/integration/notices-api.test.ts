import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import { api, advanceClock, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(situation: 'reader' | 'holder' | 'quiet') {
  const patron = persona('p004', situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

describe('お知らせ', () => {
  it("shows the holder's ready items with their 取置期限 and days left, and lists nothing the library has not sent", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('holder');
    const ready = (await api.call('getReservations')).items.filter((item) => item.state === 'ready');
    const { notices, unreadCount, waitingForPickup } = await api.call('getNotices');
    expect(notices).toEqual([]);
    expect(unreadCount).toBe(0);
    expect(waitingForPickup.map((item) => item.reservationId).sort()).toEqual(ready.map((item) => item.id).sort());
    for (const item of waitingForPickup) expect(item.daysLeft).toBeGreaterThanOrEqual(0);
  });

  it('lists the overdue notice and the reminder the back office sends as the clock passes a due date; opening one reads it, once, for its patron only', async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('reader');
    const next = (await api.call('getLoans')).items.find((item) => !item.overdue)!;
    const clock = await api.call('simGetClock');
    const days = Math.round((Date.parse(`${next.dueDate}T12:00:00+09:00`) - Date.parse(clock.now)) / 86_400_000) + 1;
    await advanceClock(days * 24 * 60);
    await logIn('reader');
    const { notices, unreadCount } = await api.call('getNotices');
    const overdue = notices.find((notice) => notice.kind === 'overdue-notice' && notice.body.includes(`返却期限日：${next.dueDate}`))!;
    expect(overdue).toMatchObject({ read: false, subject: '【桶川市図書館】返却期限日を過ぎた資料があります' });
    expect(notices.some((notice) => notice.kind === 'due-reminder' && notice.body.includes(`返却期限日：${next.dueDate}`))).toBe(true);
    expect(unreadCount).toBe(notices.length);

    expect(await api.call('readNotice', { params: { noticeId: overdue.id } })).toEqual({ ...overdue, read: true });
    expect(await api.call('readNotice', { params: { noticeId: overdue.id } })).toEqual({ ...overdue, read: true });
    expect((await api.call('getNotices')).unreadCount).toBe(unreadCount - 1);
    const row = await host.run(async (library) => library.db.tables.mail.get(overdue.id));
    expect(row?.readAt).not.toBeNull();

    await logIn('quiet');
    await expect(api.call('readNotice', { params: { noticeId: overdue.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.call('getNotices')).notices).toEqual([]);
  });

  it('tells a patron the ready notice when a reservation becomes ready', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('holder');
    expect((await api.call('getNotices')).notices).toEqual([]);
    await advanceClock(14 * 24 * 60);
    await logIn('holder');
    const after = await api.call('getNotices');
    const readyNotices = after.notices.filter((notice) => notice.kind === 'ready-notice');
    expect(readyNotices.length).toBeGreaterThan(0);
    expect(readyNotices[0]!.body).toContain('取置期限：');
    expect(after.unreadCount).toBe(after.notices.length);
  });
});
