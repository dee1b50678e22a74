// What the library puts in a patron's calendar and in its own: one all-day event per due date,
// pickup deadline and closed day, with ids that stay the same from one fetch to the next.
import type { LocalizedText } from '../../../src/api/contract/common';
import type { BranchRow, ClosedDayRow, LoanRow, ReservationRow, TitleRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { holidayOn } from '../calendar';
import type { AllDayEvent } from './icalendar';

export type CalendarLanguage = keyof LocalizedText;

const words = {
  ja: {
    due: '返却期限',
    pickup: '取置期限',
    closed: '休館日',
    loanBranch: '貸出館',
    pickupBranch: '受取館',
    reason: { weekly: '定休日', 'year-end': '年末年始', inventory: '蔵書点検' },
    patronCalendar: '返却期限と取置期限',
    libraryCalendar: '休館日',
  },
  en: {
    due: 'Due',
    pickup: 'Pick up by',
    closed: 'Library closed',
    loanBranch: 'Borrowed at',
    pickupBranch: 'Pickup at',
    reason: { weekly: 'Weekly closing day', 'year-end': 'New Year holidays', inventory: 'Stocktaking' },
    patronCalendar: 'due dates and pickup deadlines',
    libraryCalendar: 'closed days',
  },
} as const;

/**
 * The domain part of every UID: the profile's own, not the address the calendar was fetched from,
 * so that the in-app download and the subscription name the same events.
 */
const uidDomain = (profile: LibraryProfile) => `${profile.id}.shiori.example`;

const titleText = (title: TitleRow) => (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title);

type Branches = ReadonlyMap<string, BranchRow>;

const branchName = (branches: Branches, id: string, language: CalendarLanguage) => {
  const branch = branches.get(id);
  return branch ? (language === 'ja' ? branch.name : branch.nameEn) : id;
};

/** 返却期限日 of a loan not yet returned; SEQUENCE counts its renewals, each of which moved the date. */
export function loanDueEvent(
  loan: LoanRow,
  title: TitleRow,
  branches: Branches,
  profile: LibraryProfile,
  language: CalendarLanguage,
): AllDayEvent {
  const text = words[language];
  return {
    uid: `loan-${loan.id}-due@${uidDomain(profile)}`,
    date: loan.dueDate,
    summary: `${text.due}: ${titleText(title)}`,
    description: `${text.loanBranch}: ${branchName(branches, loan.branchId, language)}`,
    sequence: loan.renewals,
  };
}

/** 取置期限 of a reservation waiting at its pickup branch. */
export function pickupDeadlineEvent(
  reservation: ReservationRow & { pickupDeadline: string },
  title: TitleRow,
  branches: Branches,
  profile: LibraryProfile,
  language: CalendarLanguage,
): AllDayEvent {
  const text = words[language];
  return {
    uid: `reservation-${reservation.id}-pickup@${uidDomain(profile)}`,
    date: reservation.pickupDeadline,
    summary: `${text.pickup}: ${titleText(title)}`,
    description: `${text.pickupBranch}: ${branchName(branches, reservation.pickupBranchId, language)}`,
    sequence: 0,
  };
}

/** A closed day of the whole library or of one branch (蔵書点検), named by its reason. */
export function closedDayEvent(row: ClosedDayRow, branches: Branches, profile: LibraryProfile, language: CalendarLanguage): AllDayEvent {
  const text = words[language];
  const reason = row.reason === 'holiday' ? (holidayOn(row.date)?.[language] ?? '') : text.reason[row.reason];
  const branch = row.branchId === null ? null : branchName(branches, row.branchId, language);
  const day = row.date.replaceAll('-', '');
  return {
    uid: `closed-${day}${row.branchId === null ? '' : `-${row.branchId}`}@${uidDomain(profile)}`,
    date: row.date,
    summary: branch === null ? text.closed : `${text.closed}: ${branch}`,
    description: branch === null ? reason : `${branch}: ${reason}`,
    sequence: 0,
  };
}

/** X-WR-CALNAME of the patron's calendar and of the library's. */
export function calendarName(profile: LibraryProfile, kind: 'patron' | 'library', language: CalendarLanguage): string {
  const text = words[language];
  return `${profile.name[language]} ${kind === 'patron' ? text.patronCalendar : text.libraryCalendar}`;
}
