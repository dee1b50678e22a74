import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryCalendar } from '../../api/contract/library';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDate, formatMonth, formatWeekday } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';
import { paths } from '../../lib/paths';
import { useLibraryCalendar } from './get-library-calendar';
import { useClosureWords } from './use-closure-words';
import './library.css';

type Day = LibraryCalendar['days'][number];

/** The month's days in weeks from Sunday, with empty places before the 1st and after the last day. */
function weeksOf(days: Day[]): (Day | null)[][] {
  const first = new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay();
  const places: (Day | null)[] = [...Array<null>(first).fill(null), ...days];
  while (places.length % 7 !== 0) places.push(null);
  return Array.from({ length: places.length / 7 }, (_, week) => places.slice(week * 7, week * 7 + 7));
}

/**
 * 図書館カレンダー: a month as a table of weeks, each day a cell that reads as its date, today
 * marked, closed days named (and listed below the table), with the months before and after.
 */
export function CalendarView() {
  const { t, i18n } = useTranslation('library');
  const errorMessage = useErrorMessage();
  const [params] = useSearchParams();
  const calendar = useLibraryCalendar(params.get('month'));
  const closureWords = useClosureWords();
  const language = currentLanguage();

  if (calendar.isPending) return <Loading />;
  if (calendar.isError) return <LoadError message={errorMessage(calendar.error)} onRetry={() => void calendar.refetch()} />;
  const { month, today, previousMonth, nextMonth, days } = calendar.data;
  const weeks = weeksOf(days);
  const closed = days.filter((day) => day.closures.length > 0);
  const dayName = (day: Day) => [day.holiday ? localized(day.holiday, i18n.language) : null, ...closureWords(day)].filter(Boolean);

  return (
    <section className="calendar" aria-labelledby="calendar-month">
      <nav className="calendar-nav" aria-label={t('calendar.navLabel')}>
        {previousMonth ? (
          <Link className="button button-secondary" to={paths.libraryCalendar(previousMonth)}>
            {t('calendar.previous')}
          </Link>
        ) : (
          <span />
        )}
        <h2 id="calendar-month" className="calendar-month">
          {formatMonth(month, language)}
        </h2>
        {nextMonth ? (
          <Link className="button button-secondary" to={paths.libraryCalendar(nextMonth)}>
            {t('calendar.next')}
          </Link>
        ) : (
          <span />
        )}
      </nav>
      {calendar.isPlaceholderData ? <Loading /> : null}
      <table className="calendar-grid" aria-labelledby="calendar-month">
        <thead>
          <tr>
            {weeks[0]!.map((_, weekday) => {
              // 2026-11-01 was a Sunday: the weekday's names come from the language, not from a list.
              const sample = `2026-11-0${weekday + 1}`;
              return (
                <th key={weekday} scope="col" abbr={formatWeekday(sample, language, 'long')}>
                  {formatWeekday(sample, language, 'short')}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((day, weekday) =>
                day ? (
                  <td
                    key={day.date}
                    className={[
                      'calendar-day',
                      day.closures.length > 0 ? 'calendar-closed' : '',
                      day.date === today.date ? 'calendar-today' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    aria-current={day.date === today.date ? 'date' : undefined}
                  >
                    <span className="calendar-number" aria-hidden="true">
                      {Number(day.date.slice(8))}
                    </span>
                    <span className="visually-hidden">
                      {formatDate(day.date, language)}
                      {day.date === today.date ? t('calendar.todayHidden') : ''}
                    </span>
                    {day.date === today.date ? (
                      <span className="calendar-today-mark" aria-hidden="true">
                        {t('calendar.today')}
                      </span>
                    ) : null}
                    {dayName(day).map((name) => (
                      <span key={name} className="calendar-name">
                        {name}
                      </span>
                    ))}
                  </td>
                ) : (
                  <td key={`empty-${weekday}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="calendar-closed-days" className="calendar-list-heading">
        {t('calendar.closedDays')}
      </h3>
      {closed.length === 0 ? (
        <p className="empty">{t('calendar.noClosedDays')}</p>
      ) : (
        <ul className="calendar-list" aria-labelledby="calendar-closed-days">
          {closed.map((day) => (
            <li key={day.date}>
              <time dateTime={day.date}>{formatDate(day.date, language)}</time> {dayName(day).join(' ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
