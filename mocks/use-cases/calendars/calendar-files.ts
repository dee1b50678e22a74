import type { PatronRow } from '../../db/schema';
import { publishedMonths } from '../../domain/calendar';
import { icalendar } from '../../domain/calendars/icalendar';
import {
  calendarName,
  closedDayEvent,
  loanDue,
  patronDateEvent,
  pickupDeadline,
  type CalendarLanguage,
} from '../../domain/calendars/events';
import { DomainError } from '../../domain/errors';
import { tokyoDate } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

export function requireCalendars(library: Library): void {
  if (!library.profile.features.calendars) throw new DomainError('CONFLICT', 'This library offers no calendars', { reason: 'not-offered' });
}

const branchesOf = (library: Library) => new Map(library.db.tables.branches.all().map((branch) => [branch.id, branch]));

/**
 * 休館日 as iCalendar: the closed-day table from the first of the library's current month to the
 * end of the last month 図書館カレンダー publishes, so that a calendar app shows what lies ahead.
 */
export function libraryCalendarFile(library: Library, now: number, language: CalendarLanguage): string {
  requireCalendars(library);
  const today = tokyoDate(now);
  const from = `${today.slice(0, 7)}-01`;
  // Compared as text, so day 31 bounds every month.
  const until = `${publishedMonths(today).last}-31`;
  const branches = branchesOf(library);
  const events = library.db.tables.closedDays
    .all()
    .filter((row) => row.date >= from && row.date <= until)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((row) => closedDayEvent(row, branches, library.profile, language));
  return icalendar({ name: calendarName(library.profile, 'library', language), events, stampedAt: now });
}

/**
 * The patron's calendar: the 返却期限日 of each loan not yet returned and the 取置期限 of each item
 * waiting at its pickup branch, as the library's rows hold them (set by the lending, renewal and
 * pickup rules), nothing of another patron's.
 */
export function patronCalendarFile(library: Library, patron: PatronRow, now: number, language: CalendarLanguage): string {
  requireCalendars(library);
  const { loans, reservations, titles } = library.db.tables;
  const branches = branchesOf(library);
  const titleOf = (id: string) => {
    const title = titles.get(id);
    if (!title) throw new Error(`No title ${id}`);
    return title;
  };
  const dates = [
    ...loans
      .where('patronId', patron.id)
      .filter((loan) => loan.returnedAt === null)
      .map((loan) => ({ item: loanDue(loan), titleId: loan.titleId })),
    ...reservations
      .where('patronId', patron.id)
      .flatMap((reservation) =>
        reservation.state === 'ready' && reservation.pickupDeadline !== null
          ? [{ item: pickupDeadline(reservation, reservation.pickupDeadline), titleId: reservation.titleId }]
          : [],
      ),
  ];
  const events = dates
    .map(({ item, titleId }) => patronDateEvent(item, titleOf(titleId), branches, library.profile, language))
    .sort((a, b) => (a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1));
  return icalendar({ name: calendarName(library.profile, 'patron', language), events, stampedAt: now });
}
