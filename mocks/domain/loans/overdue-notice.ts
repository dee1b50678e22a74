import type { LoanRow, MailRow, PatronRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { noticeAddresses } from '../contact';
import { loanMail, type LoanMailFacts } from './reminder';
import { addDays, HOUR, startOfTokyoDay } from '../time';

/**
 * When the overdue notice (延滞のお知らせ) goes out: at 9:00 on the profile's day after the due
 * date, the first overdue day being 1 (null: the library sends none, the patron is not reached by
 * e-mail, it went out already, or the loan is back).
 */
export function overdueNoticeDue(loan: LoanRow, patron: PatronRow, profile: LibraryProfile): number | null {
  const days = profile.loans.overdueNoticeDaysAfter;
  if (days === null || loan.returnedAt !== null || loan.overdueNoticeSentAt !== null) return null;
  if (noticeAddresses(patron, patron.contactMethod).length === 0) return null;
  return startOfTokyoDay(addDays(loan.dueDate, days)) + 9 * HOUR;
}

/** 返却期限日を過ぎた資料のお知らせ: the overdue mail. */
export const overdueNotice = (facts: LoanMailFacts): MailRow =>
  loanMail(
    facts,
    'overdue-notice',
    '返却期限日を過ぎた資料があります',
    'お借りの資料の返却期限日が過ぎています。\n\n資料名：{title}\n返却期限日：{dueDate}\n\n至急ご返却ください。返却期限日を過ぎた資料は延長できません。',
  );
