import * as z from 'zod';
import { DateTime, LocalDate } from './common';

/**
 * What a library's mail is about: 予約資料のご用意 (ready-notice), 返却期限日のお知らせ
 * (due-reminder), an overdue loan (overdue-notice), and the account's mails (a temporary
 * password, an address or a registered password to confirm).
 */
export const NoticeKind = z.enum([
  'ready-notice',
  'due-reminder',
  'overdue-notice',
  'temporary-password',
  'email-confirmation',
  'password-confirmation',
]);
export type NoticeKind = z.infer<typeof NoticeKind>;

export const Notice = z.object({
  id: z.string(),
  kind: NoticeKind,
  subject: z.string(),
  body: z.string().describe('The mail as it was sent, lines separated by \\n'),
  sentAt: DateTime,
  read: z.boolean().describe('Opened in the app (a mail sent to two addresses is one notice)'),
});
export type Notice = z.infer<typeof Notice>;

const PickupWaiting = z.object({
  reservationId: z.string(),
  titleId: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable(),
  pickupBranchId: z.string(),
  pickupDeadline: LocalDate.check(z.describe('取置期限: the last day it waits')),
  daysLeft: z.number().int().nonnegative().describe('Days after today it still waits: 0 when today is the 取置期限'),
});

export const NoticeList = z.object({
  notices: z.array(Notice).describe('Newest first'),
  unreadCount: z.number().int().nonnegative(),
  waitingForPickup: z.array(PickupWaiting).describe('利用可能 items waiting at their pickup branch, the nearest 取置期限 first'),
});
export type NoticeList = z.infer<typeof NoticeList>;

export const NoticeParams = z.object({ noticeId: z.string().min(1).max(64) });
