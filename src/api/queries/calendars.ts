import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CalendarFeedIssued } from '../contract/calendars';
import { api } from '../client/api';
import { patronKey } from './patron';

/** Whether the patron has a calendar subscription address, and since when. */
const calendarFeedQuery = queryOptions({
  queryKey: [...patronKey, 'calendar-feed'],
  queryFn: () => api.call('getCalendarFeedStatus'),
});

export function useCalendarFeed() {
  return useQuery(calendarFeedQuery);
}

/** What a new subscription address changes: the status is the new address's (no read needed). */
export const calendarFeedRefresh = {
  reset: (queryClient: QueryClient, issued: CalendarFeedIssued) =>
    queryClient.setQueryData(calendarFeedQuery.queryKey, { issuedAt: issued.issuedAt, language: issued.language }),
};
