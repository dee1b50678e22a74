import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar } from '../../../mocks/domain/calendars/icalendar';
import { parseIcs } from '../../parse-ics';

const encoder = new TextEncoder();
const stampedAt = Date.parse('2026-12-07T01:02:03Z');
const longTitle = '返却期限: 「とても長い日本語の書名、副題つき」；上巻・下巻をまとめた愛蔵版'.repeat(3);

describe('iCalendar text (RFC 5545)', () => {
  it('is one VCALENDAR of all-day events a calendar app reads: DATE values, DTEND the day after, DTSTAMP in UTC from the given time, CRLF line ends', () => {
    const text = icalendar({
      name: 'みなと市立図書館 休館日',
      stampedAt,
      events: [{ uid: 'closed-20261231@p000.shiori.example', date: '2026-12-31', summary: '休館日', description: '年末年始', sequence: 0 }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('\r\nDTSTAMP:20261207T010203Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\n');
    const { properties, events } = parseIcs(text);
    expect(properties).toMatchObject({ version: '2.0', calscale: 'GREGORIAN', 'x-wr-timezone': 'Asia/Tokyo' });
    expect(properties.prodid).toMatch(/Shiori/);
    expect(events).toEqual([
      {
        uid: 'closed-20261231@p000.shiori.example',
        summary: '休館日',
        description: '年末年始',
        start: '2026-12-31',
        end: '2027-01-01',
        allDay: true,
        sequence: 0,
      },
    ]);
  });

  it('folds a long Japanese line at 75 octets without splitting a character, and the parser unfolds it whole', () => {
    const folded = foldLine(`SUMMARY:${longTitle}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.map((line, n) => (n === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${longTitle}`);
    const text = icalendar({
      name: 'x',
      stampedAt,
      events: [{ uid: 'u@x', date: '2026-12-01', summary: longTitle, description: '', sequence: 0 }],
    });
    expect(parseIcs(text).events[0]!.summary).toBe(longTitle);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT, and the parser reads the text as it was', () => {
    const awkward = 'C:\\本棚; 上, 下\n二行目\r\n三行目';
    expect(escapeText(awkward)).toBe('C:\\\\本棚\\; 上\\, 下\\n二行目\\n三行目');
    const text = icalendar({
      name: 'x',
      stampedAt,
      events: [{ uid: 'u@x', date: '2026-12-01', summary: awkward, description: awkward, sequence: 0 }],
    });
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe('C:\\本棚; 上, 下\n二行目\n三行目');
    expect(event!.description).toBe(event!.summary);
  });
});
