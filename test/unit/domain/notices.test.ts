import { describe, expect, it } from 'vitest';
import type { MailRow } from '../../../mocks/db/schema';
import { overdueNotice, overdueNoticeDue } from '../../../mocks/domain/loans/overdue-notice';
import { noticesOf } from '../../../mocks/domain/notices';
import { pickupDaysLeft } from '../../../mocks/domain/pickup-deadline';
import { toIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';
import { loanRow } from '../loan-row';
import { patronRow } from '../patron-row';

const reader = patronRow({ email1: 'reader@example.jp', contactMethod: 'email1' });

const mail = (overrides: Partial<MailRow>): MailRow => ({
  id: 'M000001',
  patronId: 'P1',
  to: 'reader@example.jp',
  kind: 'ready-notice',
  subject: '【市川市立図書館】予約資料のご用意ができました',
  body: '資料名：こころ',
  sentAt: '2026-11-25T10:00:00+09:00',
  readAt: null,
  ...overrides,
});

describe('延滞のお知らせ (the overdue notice)', () => {
  it('goes out at 9:00 on the first overdue day to a patron reached by e-mail', () => {
    expect(toIso(overdueNoticeDue(loanRow({ dueDate: '2026-11-24' }), reader, profiles.p003)!)).toBe('2026-11-25T09:00:00+09:00');
  });

  it('does not go to a patron reached by phone, twice, or for a returned loan', () => {
    expect(overdueNoticeDue(loanRow(), patronRow({ contactMethod: 'phone' }), profiles.p003)).toBeNull();
    expect(overdueNoticeDue(loanRow({ overdueNoticeSentAt: '2026-11-25T09:00:00+09:00' }), reader, profiles.p003)).toBeNull();
    expect(overdueNoticeDue(loanRow({ returnedAt: '2026-11-24T10:00:00+09:00' }), reader, profiles.p003)).toBeNull();
  });

  it('names the title and the due date it passed', () => {
    const sent = overdueNotice({
      id: 'M1',
      patron: reader,
      to: 'reader@example.jp',
      libraryName: '市川市立図書館',
      title: 'こころ',
      dueDate: '2026-11-24',
      sentAt: '2026-11-25T09:00:00+09:00',
    });
    expect(sent).toMatchObject({ kind: 'overdue-notice', subject: '【市川市立図書館】返却期限日を過ぎた資料があります' });
    expect(sent.body).toContain('資料名：こころ');
    expect(sent.body).toContain('返却期限日：2026-11-24');
  });
});

describe('お知らせ (notices in the app)', () => {
  it('are the mails a patron was sent, newest first, a mail to both addresses being one notice read only when both copies are', () => {
    const notices = noticesOf([
      mail({ id: 'M000001', kind: 'due-reminder', subject: 'a', sentAt: '2026-11-22T09:00:00+09:00', readAt: '2026-11-22T12:00:00+09:00' }),
      mail({ id: 'M000002', to: 'reader@example.jp' }),
      mail({ id: 'M000003', to: 'second@example.jp', readAt: '2026-11-25T11:00:00+09:00' }),
    ]);
    expect(notices.map(({ id, read, mailIds }) => ({ id, read, mailIds }))).toEqual([
      { id: 'M000002', read: false, mailIds: ['M000002', 'M000003'] },
      { id: 'M000001', read: true, mailIds: ['M000001'] },
    ]);
  });
});

describe('days left to collect a ready item', () => {
  it('counts the days after today up to the 取置期限, 0 on its last day', () => {
    expect(pickupDaysLeft('2026-12-01', '2026-11-24')).toBe(7);
    expect(pickupDaysLeft('2026-11-24', '2026-11-24')).toBe(0);
  });
});
