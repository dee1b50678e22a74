import * as z from 'zod';
import { DateTime } from './common';

/** The language of the events' names (返却期限: … or Due: …); Japanese when left out. */
export const CalendarLanguage = z.enum(['ja', 'en']);
export type CalendarLanguage = z.infer<typeof CalendarLanguage>;

export const CalendarQuery = z.object({
  lang: CalendarLanguage.optional().describe('The language of the events’ names; ja when left out'),
});

/** An iCalendar (RFC 5545) object, answered as text/calendar: all-day events in Asia/Tokyo with stable UIDs. */
export const CalendarText = z.string().describe('text/calendar; charset=utf-8 (RFC 5545): VCALENDAR of all-day VEVENTs');

/** 購読用アドレス: whether the patron has a subscription address. Its secret is shown once, when it is made. */
export const CalendarFeedStatus = z.object({
  issuedAt: z.nullable(DateTime).describe('When the address in use was made; null: none yet'),
  language: z.nullable(CalendarLanguage),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

export const CalendarFeedReset = z.object({
  language: CalendarLanguage.describe('The language of the events’ names in the feed'),
});
export type CalendarFeedReset = z.infer<typeof CalendarFeedReset>;

/** A new subscription address: the only answer that carries it (the library keeps only a digest of its secret). */
export const CalendarFeedIssued = z.object({
  url: z.string().describe('The feed’s address, absolute, for a calendar app to subscribe to; the previous one no longer answers'),
  issuedAt: DateTime,
  language: CalendarLanguage,
});
export type CalendarFeedIssued = z.infer<typeof CalendarFeedIssued>;

export const CalendarFeedParams = z.object({
  token: z.string().describe('The subscription’s secret'),
});
