// RFC 5545 text for calendar apps: what a calendar is written as, knowing nothing of the library.
import { addDays } from '../time';

/** One all-day event: `date` is its Asia/Tokyo day (YYYY-MM-DD). */
export interface AllDayEvent {
  /** Stable across fetches, so that importing the calendar again updates the event instead of adding a second one. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** Raised when the event's date moves (a renewal), so that a calendar app takes the newer version. */
  sequence: number;
}

export interface Calendar {
  /** X-WR-CALNAME: the name a calendar app gives the subscription. */
  name: string;
  events: readonly AllDayEvent[];
  /** DTSTAMP: when the library wrote it, by its own clock (epoch ms). */
  stampedAt: number;
}

const PRODUCT_ID = '-//Shiori//Shiori library patron portal//JA';
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with a space, which
 * counts in its 75, and a fold never falls inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A DATE value, YYYYMMDD. */
const dateValue = (date: string) => date.replaceAll('-', '');

/** A DATE-TIME in UTC, YYYYMMDDTHHMMSSZ. */
const utcValue = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    // The end of an all-day event is the day after it (DTEND is not part of the event).
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The iCalendar object: all-day events only (DATE values carry no time zone, so no VTIMEZONE is
 * needed; X-WR-TIMEZONE tells the apps that read it that the days are Tokyo's), CRLF line ends.
 */
export function icalendar(calendar: Calendar): string {
  const stamp = utcValue(calendar.stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
