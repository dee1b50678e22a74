import type { Language } from './i18n/i18n';

const TIME_ZONE = 'Asia/Tokyo';
const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

/** A calendar day (YYYY-MM-DD) is taken at noon in Tokyo, so that no time zone moves it to another day. */
const toDate = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+09:00` : value);

/** A calendar day (YYYY-MM-DD) or a moment shown as a Tokyo date: 2026年11月22日(日). */
export function formatDate(value: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: language === 'ja' ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(toDate(value));
}

const formatTime = (value: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(value),
  );

/** A moment with its Tokyo time: 2026年11月22日(日) 10:15. */
export function formatDateTime(value: string, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value, language)}`;
}

/** A moment of this year, short, as a log lists it: 11月22日 10:15, 22 Nov 10:15. */
export function formatDayTime(value: string, language: Language): string {
  const day = new Intl.DateTimeFormat(locales[language], {
    timeZone: TIME_ZONE,
    month: language === 'ja' ? 'long' : 'short',
    day: 'numeric',
  }).format(new Date(value));
  return `${day} ${formatTime(value, language)}`;
}

/** A calendar day or a moment as a compact Tokyo date for a table column: 2026/11/22, 22 Nov 2026. */
export function formatShortDate(value: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: language === 'ja' ? '2-digit' : 'short',
    day: language === 'ja' ? '2-digit' : 'numeric',
  }).format(toDate(value));
}
