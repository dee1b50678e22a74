import type { CalendarFeedIssued, CalendarFeedStatus, CalendarLanguage } from '../../../src/api/contract/calendars';
import type { PatronRow } from '../../db/schema';
import { feedSelector, feedTokenMatches, newFeedToken } from '../../domain/calendars/feed-token';
import { DomainError } from '../../domain/errors';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { patronCalendarFile, requireCalendars } from './calendar-files';

/** Whether the patron has a subscription address; the address itself cannot be told again (only its digest is kept). */
export function calendarFeedStatus(library: Library, patron: PatronRow): CalendarFeedStatus {
  requireCalendars(library);
  const [feed] = library.db.tables.calendarFeeds.where('patronId', patron.id);
  return { issuedAt: feed?.createdAt ?? null, language: feed?.language ?? null };
}

/** A new subscription address for the patron; the one in use, if any, stops answering. */
export async function resetCalendarFeed(
  library: Library,
  patron: PatronRow,
  language: CalendarLanguage,
  now: number,
  feedUrl: (token: string) => string,
): Promise<CalendarFeedIssued> {
  requireCalendars(library);
  const { calendarFeeds } = library.db.tables;
  for (const old of calendarFeeds.where('patronId', patron.id)) calendarFeeds.delete(old.id);
  const { token, selector, verifierHash } = await newFeedToken();
  const row = calendarFeeds.insert({ id: selector, patronId: patron.id, verifierHash, language, createdAt: toIso(now) });
  return { url: feedUrl(token), issuedAt: row.createdAt, language: row.language };
}

/**
 * The calendar a subscription address answers: its patron's, in the language chosen when it was
 * made. An unknown, replaced or malformed token, or a library without calendars, is NOT_FOUND, the
 * same answer for each, so that nothing tells a guess apart.
 */
export async function calendarFeedFile(library: Library, token: string, now: number): Promise<string> {
  const notFound = new DomainError('NOT_FOUND', 'No calendar at this address');
  const selector = feedSelector(token);
  const feed = selector === null ? undefined : library.db.tables.calendarFeeds.get(selector);
  if (!feed || !(await feedTokenMatches(token, feed.verifierHash)) || !library.profile.features.calendars) throw notFound;
  const patron = library.db.tables.patrons.get(feed.patronId);
  if (!patron) throw notFound;
  return patronCalendarFile(library, patron, now, feed.language);
}
