// Time in the simulated library is Asia/Tokyo, which has had no daylight saving since 1951,
// so a fixed +09:00 offset is exact for every date the library deals with.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const TOKYO_OFFSET = 9 * HOUR;

/** A moment as ISO 8601 in Tokyo time, e.g. 2026-11-24T10:00:00+09:00. */
export function toIso(ms: number): string {
  return new Date(ms + TOKYO_OFFSET).toISOString().slice(0, 19) + '+09:00';
}

export function fromIso(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not a date-time: ${iso}`);
  return ms;
}

/** The Tokyo calendar day of a moment, YYYY-MM-DD. */
export function tokyoDate(ms: number): string {
  return new Date(ms + TOKYO_OFFSET).toISOString().slice(0, 10);
}

/** Midnight at the start of a Tokyo calendar day. */
export function startOfTokyoDay(date: string): number {
  return Date.parse(`${date}T00:00:00+09:00`);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
