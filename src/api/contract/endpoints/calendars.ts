import { CalendarFeedIssued, CalendarFeedParams, CalendarFeedReset, CalendarFeedStatus, CalendarQuery, CalendarText } from '../calendars';
import { define, patronErrors } from '../endpoint';

const CALENDAR = 'text/calendar; charset=utf-8';

/**
 * Calendars a calendar app imports or subscribes to (where the library offers them,
 * features.calendars: CONFLICT `not-offered` elsewhere, NOT_FOUND for a feed).
 */
export const calendarsEndpoints = {
  getLibraryCalendarFile: define({
    method: 'GET',
    path: '/library/calendar.ics',
    summary: "休館日 as iCalendar: the library's closed days from the current month to the last it publishes, one all-day event each",
    auth: 'public',
    query: CalendarQuery,
    response: CalendarText,
    responseMediaType: CALENDAR,
    errors: ['VALIDATION_FAILED', 'CONFLICT'],
  }),
  getMyCalendarFile: define({
    method: 'GET',
    path: '/me/calendar.ics',
    summary: "The patron's 返却期限 (loans not yet returned) and 取置期限 (items waiting for pickup) as iCalendar, for the app's download",
    auth: 'patron',
    query: CalendarQuery,
    response: CalendarText,
    responseMediaType: CALENDAR,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
  }),
  getCalendarFeedStatus: define({
    method: 'GET',
    path: '/me/calendar-feed',
    summary:
      'Whether the patron has a calendar subscription address, since when and in which language (the address itself is shown only when made)',
    auth: 'patron',
    response: CalendarFeedStatus,
    errors: [...patronErrors, 'CONFLICT'],
  }),
  resetCalendarFeed: define({
    method: 'POST',
    path: '/me/calendar-feed/reset',
    summary: 'Makes a new subscription address (the first, or one replacing the address in use, which stops answering at once)',
    auth: 'patron',
    body: CalendarFeedReset,
    response: CalendarFeedIssued,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
  }),
  getCalendarFeed: define({
    method: 'GET',
    path: '/calendar-feeds/:token.ics',
    summary:
      'A subscription feed for calendar apps, which send no login: the same calendar as /me/calendar.ics for the patron whose address it is; NOT_FOUND for any other token',
    auth: 'public',
    params: CalendarFeedParams,
    response: CalendarText,
    responseMediaType: CALENDAR,
    errors: ['NOT_FOUND'],
  }),
};
