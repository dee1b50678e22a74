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

/** What a mail about one loan names: whom it goes to, the title and its due date. */
export interface LoanMailFacts {
  id: string;
  patron: PatronRow;
  to: string;
  libraryName: string;
  title: string;
  dueDate: string;
  sentAt: string;
}

/** A mail about one loan, in the library's words: its subject, then the patron's name, the lines given and the library's name. */
export function loanMail(facts: LoanMailFacts, kind: MailRow['kind'], subject: string, lines: string): MailRow {
  const { id, patron, to, libraryName, title, dueDate, sentAt } = facts;
  return {
    id,
    patronId: patron.id,
    to,
    kind,
    subject: `【${libraryName}】${subject}`,
    body: `${patron.name} 様\n\n${lines.replace('{title}', title).replace('{dueDate}', dueDate)}\n${libraryName}`,
    sentAt,
    readAt: null,
  };
}

/** 返却期限日のお知らせ: the reminder mail. */
export const dueReminder = (facts: LoanMailFacts): MailRow =>
  loanMail(
    facts,
    'due-reminder',
    '返却期限日のお知らせ',
    'お借りの資料の返却期限日が近づいています。\n\n資料名：{title}\n返却期限日：{dueDate}\n\n期限までにご返却ください。他の利用者の予約がなく、期限を過ぎていなければ、マイページから1回延長できます。',
  );
