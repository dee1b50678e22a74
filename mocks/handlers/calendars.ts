import { buildPath } from '../../src/api/contract/endpoint';
import { endpoints } from '../../src/api/contract/endpoints';
import { calendarFeedFile, calendarFeedStatus, resetCalendarFeed } from '../use-cases/calendars/calendar-feed';
import { libraryCalendarFile, patronCalendarFile } from '../use-cases/calendars/calendar-files';
import { defineHandler } from './define-handler';

export const calendarHandlers = [
  defineHandler('getLibraryCalendarFile', ({ library, query, now }) => libraryCalendarFile(library, now, query.lang ?? 'ja')),
  defineHandler('getMyCalendarFile', ({ library, patron, query, now }) => patronCalendarFile(library, patron, now, query.lang ?? 'ja')),
  defineHandler('getCalendarFeedStatus', ({ library, patron }) => calendarFeedStatus(library, patron)),
  defineHandler('resetCalendarFeed', ({ library, patron, body, now, apiUrl }) =>
    resetCalendarFeed(library, patron, body.language, now, (token) => `${apiUrl}${buildPath(endpoints.getCalendarFeed.path, { token })}`),
  ),
  defineHandler('getCalendarFeed', ({ library, params, now }) => calendarFeedFile(library, params.token, now)),
];
