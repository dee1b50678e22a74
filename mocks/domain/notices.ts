import type { MailRow } from '../db/schema';

// お知らせ: what the library sent a patron, read in the app from the same rows as the mailbox.
// A mail sent to both of a patron's addresses (p003's 両方のメールアドレス) is one notice: the
// patron was told once, and reading it in the app reads both copies.

export interface PatronNotice {
  /** The id of the first copy sent. */
  id: string;
  kind: MailRow['kind'];
  subject: string;
  body: string;
  sentAt: string;
  read: boolean;
  /** Every copy of it, one per address. */
  mailIds: string[];
}

/** A patron's notices, newest first, from their mail rows. */
export function noticesOf(mail: readonly MailRow[]): PatronNotice[] {
  const sendings = new Map<string, PatronNotice>();
  for (const row of [...mail].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = JSON.stringify([row.kind, row.subject, row.body, row.sentAt]);
    const notice = sendings.get(key);
    if (notice) {
      notice.mailIds.push(row.id);
      notice.read &&= row.readAt !== null;
    } else {
      const { id, kind, subject, body, sentAt } = row;
      sendings.set(key, { id, kind, subject, body, sentAt, read: row.readAt !== null, mailIds: [id] });
    }
  }
  return [...sendings.values()].sort((a, b) => (a.sentAt > b.sentAt ? -1 : a.sentAt < b.sentAt ? 1 : a.id < b.id ? 1 : -1));
}
