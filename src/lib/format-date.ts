import type { Language } from './i18n/i18n';

const TIME_ZONE = 'Asia/Tokyo';
const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

type Style = 'date' | 'time' | 'dayOfMonth' | 'short' | 'month' | 'weekday' | 'weekdayLong';

const options: Record<Style, (language: Language) => Intl.DateTimeFormatOptions> = {
  date: (language) => ({ year: 'numeric', month: language === 'ja' ? 'long' : 'short', day: 'numeric', weekday: 'short' }),
  time: () => ({ hour: '2-digit', minute: '2-digit', hour12: false }),
  dayOfMonth: (language) => ({ month: language === 'ja' ? 'long' : 'short', day: 'numeric' }),
  short: (language) => ({
    year: 'numeric',
    month: language === 'ja' ? '2-digit' : 'short',
    day: language === 'ja' ? '2-digit' : 'numeric',
  }),
  month: () => ({ year: 'numeric', month: 'long' }),
  weekday: () => ({ weekday: 'short' }),
  weekdayLong: () => ({ weekday: 'long' }),
};

/** Building an Intl.DateTimeFormat costs far more than formatting with one: a list of 200 rows builds each once. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, language: Language): Intl.DateTimeFormat {
  const key = `${style}:${language}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locales[language], { timeZone: TIME_ZONE, ...options[style](language) })));
  return made;
}

/** A calendar day (YYYY-MM-DD) is taken at noon in Tokyo, so that no time zone moves it to another day. */
const toDate = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+09:00` : value);

/** A calendar day (YYYY-MM-DD) or a moment shown as a Tokyo date: 2026年11月22日(日). */
export function formatDate(value: string, language: Language): string {
  return formatter('date', language).format(toDate(value));
}

const formatTime = (value: string, language: Language) => formatter('time', language).format(new Date(value));

/** A moment with its Tokyo time: 2026年11月22日(日) 10:15. */
export function formatDateTime(value: string, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value, language)}`;
}

/** A moment of this year, short, as a log lists it: 11月22日 10:15, 22 Nov 10:15. */
export function formatDayTime(value: string, language: Language): string {
  return `${formatter('dayOfMonth', language).format(new Date(value))} ${formatTime(value, language)}`;
}

/** A calendar day or a moment as a compact Tokyo date for a table column: 2026/11/22, 22 Nov 2026. */
export function formatShortDate(value: string, language: Language): string {
  return formatter('short', language).format(toDate(value));
}

/** A month (YYYY-MM) as a calendar's caption: 2026年11月, November 2026. */
export function formatMonth(month: string, language: Language): string {
  return formatter('month', language).format(toDate(`${month}-01`));
}

/** The day of the week of a calendar day, short (月, Mon) for a column's head or long (月曜日, Monday) for its name. */
export function formatWeekday(date: string, language: Language, width: 'short' | 'long'): string {
  return formatter(width === 'short' ? 'weekday' : 'weekdayLong', language).format(toDate(date));
}

/** A moment as 12月7日 10時05分 (7 Dec 10:05): when a list shown offline was read. */
export function formatFetchedAt(epochMs: number, language: Language): string {
  const value = new Date(epochMs).toISOString();
  if (language === 'en') return formatDayTime(value, language);
  const parts = Object.fromEntries(
    formatter('time', language)
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  );
  return `${formatter('dayOfMonth', language).format(new Date(value))} ${Number(parts.hour)}時${parts.minute}分`;
}
