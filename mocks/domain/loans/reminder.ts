import type { LoanRow, MailRow, PatronRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { noticeAddresses } from '../contact';
import { addDays, HOUR, startOfTokyoDay } from '../time';

/**
 * When the due-date reminder goes out: at 9:00 on the day the profile's days before the due date
 * (null: the library sends none, or the patron is not reached by e-mail, or it went out already,
 * or the loan is back).
 */
export function reminderDue(loan: LoanRow, patron: PatronRow, profile: LibraryProfile): number | null {
  const days = profile.loans.reminderDaysBefore;
  if (days === null || loan.returnedAt !== null || loan.reminderSentAt !== null) return null;
  if (noticeAddresses(patron, patron.contactMethod).length === 0) return null;
  return startOfTokyoDay(addDays(loan.dueDate, -days)) + 9 * HOUR;
}

/** 返却期限日のお知らせ: the reminder mail. */
export function dueReminder(options: {
  id: string;
  patron: PatronRow;
  to: string;
  libraryName: string;
  title: string;
  dueDate: string;
  sentAt: string;
}): MailRow {
  const { id, patron, to, libraryName, title, dueDate, sentAt } = options;
  return {
    id,
    patronId: patron.id,
    to,
    kind: 'due-reminder',
    subject: `【${libraryName}】返却期限日のお知らせ`,
    body: `${patron.name} 様\n\nお借りの資料の返却期限日が近づいています。\n\n資料名：${title}\n返却期限日：${dueDate}\n\n期限までにご返却ください。他の利用者の予約がなく、期限を過ぎていなければ、マイページから1回延長できます。\n${libraryName}`,
    sentAt,
    readAt: null,
  };
}
