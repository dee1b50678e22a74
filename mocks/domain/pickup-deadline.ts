import type { LibraryProfile } from '../profiles/profile';
import { nextOpenDay, type ClosedDayLookup } from './calendar';
import { addDays, DAY, startOfTokyoDay } from './time';

/**
 * 取置期限: the last day a ready item waits at the pickup branch, by the profile's rule:
 * counted from the notice (p001, p003) or from securing (p002, p004); p003 counts the notice day
 * itself as day one; p002 does not count closed days. A deadline that lands on a closed day moves
 * to the next opening day, since nobody can collect on a day the library is shut.
 */
export function pickupDeadline(
  dates: { securedDate: string; noticeDate: string },
  profile: LibraryProfile,
  isClosed: ClosedDayLookup,
  branchId?: string,
): string {
  const { days, from, countsStartDay, skipsClosedDays } = profile.reservations.pickupPeriod;
  const start = from === 'notice' ? dates.noticeDate : dates.securedDate;
  if (!skipsClosedDays) return nextOpenDay(addDays(start, countsStartDay ? days - 1 : days), isClosed, branchId);
  let day = countsStartDay ? addDays(start, -1) : start;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (!isClosed(day, branchId)) counted++;
  }
  return day;
}

/** Days left to collect a ready item: 0 when today is its 取置期限 (the last day it waits). */
export function pickupDaysLeft(deadline: string, today: string): number {
  return Math.max(0, Math.round((startOfTokyoDay(deadline) - startOfTokyoDay(today)) / DAY));
}
