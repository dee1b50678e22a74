import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayTime, formatShortDate } from '../../../src/lib/format-date';

describe('dates as a patron reads them, in Tokyo whatever the browser’s zone', () => {
  it('words a calendar day and a moment in Japanese and in English', () => {
    expect(formatDate('2026-11-24', 'ja')).toBe('2026年11月24日(火)');
    expect(formatDate('2026-11-24', 'en')).toBe('Tue, 24 Nov 2026');
    expect(formatDateTime('2026-11-24T10:00:00+09:00', 'ja')).toBe('2026年11月24日(火) 10:00');
    expect(formatDateTime('2026-11-24T10:00:00+09:00', 'en')).toBe('Tue, 24 Nov 2026 10:00');
    expect(formatDayTime('2026-11-24T10:00:00+09:00', 'ja')).toBe('11月24日 10:00');
    expect(formatShortDate('2026-11-24', 'ja')).toBe('2026/11/24');
    expect(formatShortDate('2026-11-24', 'en')).toBe('24 Nov 2026');
  });

  it('takes a moment late at night in UTC as the next day in Tokyo, and each language keeps its own words when both are used in turn', () => {
    expect(formatShortDate('2026-12-31T15:30:00Z', 'ja')).toBe('2027/01/01');
    expect(formatShortDate('2026-12-31T15:30:00Z', 'en')).toBe('1 Jan 2027');
    expect(formatDate('2027-01-01', 'ja')).toBe('2027年1月1日(金)');
  });
});
