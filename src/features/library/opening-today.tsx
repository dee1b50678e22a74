import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import { useLibraryCalendar } from './get-library-calendar';
import { useClosureWords } from './use-closure-words';
import './library.css';

/** Whether the library opens today, as its calendar says (with the closure named), and the way to the calendar. */
export function OpeningToday() {
  const { t } = useTranslation('library');
  const errorMessage = useErrorMessage();
  const calendar = useLibraryCalendar(null);
  const closureWords = useClosureWords();
  if (calendar.isPending) return <Loading />;
  if (calendar.isError) return <LoadError message={errorMessage(calendar.error)} onRetry={() => void calendar.refetch()} />;
  const { today, days } = calendar.data;
  const date = formatDate(today.date, currentLanguage());
  const day = days.find((candidate) => candidate.date === today.date);
  return (
    <div className={today.open ? 'opening-today' : 'opening-today opening-today-closed'}>
      <p>
        <strong>{today.open ? t('today.open', { date }) : t('today.closed', { date })}</strong> {day ? closureWords(day).join(' ') : null}
      </p>
      <p>
        <Link to={paths.libraryCalendar()}>{t('today.calendarLink')}</Link>
      </p>
    </div>
  );
}
