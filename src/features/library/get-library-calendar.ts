import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { libraryCalendarQuery } from '../../api/queries/library-info';

/** 図書館カレンダー for a month (YYYY-MM), or the library's current month; the month before stays shown while the next one loads. */
export function useLibraryCalendar(month: string | null) {
  return useQuery({ ...libraryCalendarQuery(month), placeholderData: keepPreviousData });
}
