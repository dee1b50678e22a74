import ICAL from 'ical.js';

/** An event as a calendar app reads it: all-day events have DATE values (YYYY-MM-DD), DTEND the day after. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  sequence: number;
}

/** Reads an iCalendar text back with ical.js, an RFC 5545 parser, as a calendar app would. */
export function parseIcs(text: string): { properties: Record<string, string>; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const properties = Object.fromEntries(calendar.getAllProperties().map((property) => [property.name, String(property.getFirstValue())]));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      sequence: event.sequence,
    };
  });
  return { properties, events };
}
