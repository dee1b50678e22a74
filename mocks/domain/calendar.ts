import holidayJp from '@holiday-jp/holiday_jp';
import type { ClosedDayRow } from '../db/schema';
import type { LibraryProfile } from '../profiles/profile';
import { addDays, weekdayOf } from './time';

/** Whether `date` falls in the 年末年始 closure from MM-DD to MM-DD (which wraps past New Year). */
function inYearEnd(date: string, yearEnd: LibraryProfile['calendar']['yearEnd']): boolean {
  const monthDay = date.slice(5);
  return monthDay >= yearEnd.from || monthDay <= yearEnd.to;
}

/** The library's closed days between two dates (inclusive), for the calendar table. */
export function closedDaysBetween(profile: LibraryProfile, from: string, to: string): ClosedDayRow[] {
  const rows: ClosedDayRow[] = [];
  const { weeklyClosedDays, closedOnNationalHolidays, yearEnd } = profile.calendar;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const reason = inYearEnd(date, yearEnd)
      ? 'year-end'
      : closedOnNationalHolidays && holidayJp.isHoliday(date)
        ? 'holiday'
        : weeklyClosedDays.includes(weekdayOf(date))
          ? 'weekly'
          : null;
    if (reason) rows.push({ id: `${date}:all`, date, reason, branchId: null });
  }
  return rows;
}

/** Answers whether the library (or one branch) is closed on a date. */
export type ClosedDayLookup = (date: string, branchId?: string) => boolean;

export function closedDayLookup(rows: readonly ClosedDayRow[]): ClosedDayLookup {
  const closed = new Set(rows.map((row) => `${row.date}:${row.branchId ?? 'all'}`));
  return (date, branchId) => closed.has(`${date}:all`) || (branchId !== undefined && closed.has(`${date}:${branchId}`));
}

/** The first day on or after `date` on which the library is open. */
export function nextOpenDay(date: string, isClosed: ClosedDayLookup, branchId?: string): string {
  let day = date;
  for (let guard = 0; isClosed(day, branchId); guard++) {
    if (guard > 60) throw new Error(`No open day within 60 days of ${date}`);
    day = addDays(day, 1);
  }
  return day;
}

/** A due date `days` after `from`, moved off a closed day when the profile says so (lending and renewal alike). */
export function dueDateAfter(from: string, days: number, profile: LibraryProfile, isClosed: ClosedDayLookup): string {
  const due = addDays(from, days);
  return profile.loans.dueDateOnClosedDay === 'next-open-day' ? nextOpenDay(due, isClosed) : due;
}

/** 返却期限日: the loan period from the day of lending, moved off a closed day when the profile says so. */
export function dueDateFor(loanDate: string, profile: LibraryProfile, isClosed: ClosedDayLookup): string {
  return dueDateAfter(loanDate, profile.loans.periodDays, profile, isClosed);
}

/** The national holiday `date` is (勤労感謝の日), in both languages, or null. */
export function holidayOn(date: string): { ja: string; en: string } | null {
  const holiday = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[date];
  return holiday ? { ja: holiday.name, en: holiday.name_en } : null;
}

/** 図書館カレンダー publishes this many months before and after the current one. */
const PUBLISHED_MONTHS_AROUND = 12;

/** The month (YYYY-MM) `months` after `month` (before, when negative). */
export function addMonths(month: string, months: number): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

/** The first and last month the library publishes its calendar for, seen from `today`. */
export function publishedMonths(today: string): { first: string; last: string } {
  const current = today.slice(0, 7);
  return { first: addMonths(current, -PUBLISHED_MONTHS_AROUND), last: addMonths(current, PUBLISHED_MONTHS_AROUND) };
}

/** Every day of a month (YYYY-MM), in order. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) days.push(date);
  return days;
}
