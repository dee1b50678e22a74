import { define } from '../endpoint';
import { LibraryCalendar, LibraryCalendarQuery, LibraryInfo } from '../library';

/** The library's profile: name, branches and the rules the app follows. */
export const libraryInfoEndpoints = {
  getLibrary: define({
    method: 'GET',
    path: '/library',
    summary: "The library's name, branches and rules, which the app follows instead of hard-coding one library",
    auth: 'public',
    response: LibraryInfo,
    errors: [],
  }),
  getLibraryCalendar: define({
    method: 'GET',
    path: '/library/calendar',
    summary: "図書館カレンダー: a month's opening and closed days (each closure named), today, and the months before and after",
    auth: 'public',
    query: LibraryCalendarQuery,
    response: LibraryCalendar,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }),
};
