import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { CalendarDownload } from '../../features/calendars/calendar-download';
import { CalendarSubscription } from '../../features/calendars/calendar-subscription';

/** カレンダー: the patron's 返却期限 and 取置期限 for a calendar app, as a file or a subscription. */
export function MyCalendarRoute() {
  const { t } = useTranslation('calendar');
  const id = useId();
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="lead">{t('lead')}</p>
      <section className="calendar-download-section" aria-labelledby={id}>
        <h2 id={id}>{t('download.heading')}</h2>
        <p className="help">{t('download.lead')}</p>
        <CalendarDownload calendar="patron" label={t('download.button')} />
      </section>
      <CalendarSubscription />
    </>
  );
}
