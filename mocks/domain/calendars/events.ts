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

/** A date of the patron's: a loan's 返却期限日 or a ready reservation's 取置期限. */
interface PatronDate {
  kind: 'due' | 'pickup';
  /** The loan's or the reservation's id. */
  id: string;
  date: string;
  branchId: string;
  /** Raised each time the date moved. */
  sequence: number;
}

/** 返却期限日 of a loan not yet returned; each renewal moved the date, so the renewals are its SEQUENCE. */
export const loanDue = (loan: LoanRow): PatronDate => ({
  kind: 'due',
  id: loan.id,
  date: loan.dueDate,
  branchId: loan.branchId,
  sequence: loan.renewals,
});

/** 取置期限 of a reservation waiting at its pickup branch. */
export const pickupDeadline = (reservation: ReservationRow, deadline: string): PatronDate => ({
  kind: 'pickup',
  id: reservation.id,
  date: deadline,
  branchId: reservation.pickupBranchId,
  sequence: 0,
});

const patronDateWords = {
  due: { uid: 'loan', suffix: 'due', label: 'due', branch: 'loanBranch' },
  pickup: { uid: 'reservation', suffix: 'pickup', label: 'pickup', branch: 'pickupBranch' },
} as const;

/** The all-day event of a patron's date: the title in its summary, the branch in its description. */
export function patronDateEvent(
  item: PatronDate,
  title: TitleRow,
  branches: Branches,
  profile: LibraryProfile,
  language: CalendarLanguage,
): AllDayEvent {
  const text = words[language];
  const kind = patronDateWords[item.kind];
  return {
    uid: `${kind.uid}-${item.id}-${kind.suffix}@${uidDomain(profile)}`,
    date: item.date,
    summary: `${text[kind.label]}: ${titleText(title)}`,
    description: `${text[kind.branch]}: ${branchName(branches, item.branchId, language)}`,
    sequence: item.sequence,
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
