import type { LibraryCalendar } from '../../../src/api/contract/library';
import { addMonths, daysOfMonth, holidayOn, publishedMonths } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import { tokyoDate } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/**
 * 図書館カレンダー for a month (the current one when none is asked): each day's closures from the
 * closed-day table, the national holiday it is, and whether the library opens today by its clock.
 */
export function libraryCalendar(library: Library, now: number, month?: string): LibraryCalendar {
  const today = tokyoDate(now);
  const shown = month ?? today.slice(0, 7);
  const { first, last } = publishedMonths(today);
  if (shown < first || shown > last) throw new DomainError('NOT_FOUND', `The library publishes its calendar from ${first} to ${last}`);
  const rows = library.db.tables.closedDays.all();
  const closuresOf = (date: string) =>
    rows
      .filter((row) => row.date === date)
      .map((row) => ({ reason: row.reason, branchId: row.branchId }))
      .sort((a, b) => (a.branchId ?? '').localeCompare(b.branchId ?? ''));
  const todayClosures = closuresOf(today);
  const branchIds = library.profile.branches.map((branch) => branch.id);
  const closedEverywhere =
    todayClosures.some((closure) => closure.branchId === null) ||
    branchIds.every((id) => todayClosures.some((closure) => closure.branchId === id));
  return {
    month: shown,
    today: { date: today, open: !closedEverywhere },
    previousMonth: shown > first ? addMonths(shown, -1) : null,
    nextMonth: shown < last ? addMonths(shown, 1) : null,
    days: daysOfMonth(shown).map((date) => ({ date, holiday: holidayOn(date), closures: closuresOf(date) })),
  };
}
