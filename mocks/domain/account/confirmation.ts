import type { ConfirmationRow, MailRow, PatronRow } from '../../db/schema';
import { fromIso, HOUR } from '../time';

/** A confirmation link works for 24 simulated hours after it was sent, once. */
const CONFIRMATION_HOURS = 24;

export const confirmationExpiry = (sentAt: number) => sentAt + CONFIRMATION_HOURS * HOUR;

/** Whether a link can still be opened: used links and expired ones are refused, each with its reason. */
export function confirmationState(row: ConfirmationRow, now: number): 'valid' | 'used' | 'expired' {
  if (row.usedAt !== null) return 'used';
  if (now >= fromIso(row.expiresAt)) return 'expired';
  return 'valid';
}

/** The newest link sent for the address in a slot that can still be opened, if any. */
export function pendingEmail(confirmationsOfPatron: readonly ConfirmationRow[], slot: 1 | 2, now: number): ConfirmationRow | null {
  const open = confirmationsOfPatron
    .filter((row) => row.kind === 'email' && row.slot === slot && confirmationState(row, now) === 'valid')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return open[0] ?? null;
}

/** The app path a confirmation link opens. */
const confirmationLink = (token: string) => `/confirm?token=${encodeURIComponent(token)}`;

/** The mail that carries a confirmation link: for a new address, or for a self-registered password (p004). */
export function confirmationMail(options: { id: string; patron: PatronRow; row: ConfirmationRow; libraryName: string }): MailRow {
  const { id, patron, row, libraryName } = options;
  const registration = row.kind === 'registration';
  const what = registration ? 'パスワードの登録' : 'メールアドレスの登録';
  return {
    id,
    patronId: patron.id,
    to: row.email,
    kind: registration ? 'password-confirmation' : 'email-confirmation',
    subject: `【${libraryName}】${what}の確認`,
    body:
      `${patron.name} 様\n\n${what}を受け付けました。次のリンクを開くと登録が完了します。\n\n${confirmationLink(row.id)}\n\n` +
      `このリンクは${CONFIRMATION_HOURS}時間有効で、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。\n${libraryName}`,
    sentAt: row.createdAt,
    readAt: null,
  };
}

/** The app paths a mail links to, for the mailbox to open. */
export function linksIn(body: string): string[] {
  return [...body.matchAll(/(^|\s)(\/confirm\?token=[^\s]+)/g)].map((match) => match[2]!);
}
