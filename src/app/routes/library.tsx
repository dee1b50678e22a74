import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { CalendarView } from '../../features/library/calendar-view';
import { LibraryGuide } from '../../features/library/library-guide';
import { localized } from '../../lib/localized';

/** The library's name for a page's lead, once `GET /library` has answered. */
function useLibraryName() {
  const { i18n } = useTranslation();
  const library = useLibraryInfo();
  return library.data ? localized(library.data.name, i18n.language) : null;
}

/** 図書館カレンダー */
export function LibraryCalendarRoute() {
  const { t } = useTranslation('library');
  const name = useLibraryName();
  return (
    <>
      <PageTitle>{t('calendar.title')}</PageTitle>
      {name ? <p className="lead">{t('calendar.lead', { library: name })}</p> : null}
      <CalendarView />
    </>
  );
}

/** 利用案内 */
export function LibraryGuideRoute() {
  const { t } = useTranslation('library');
  const name = useLibraryName();
  return (
    <>
      <PageTitle>{t('guide.title')}</PageTitle>
      {name ? <p className="lead">{t('guide.lead', { library: name })}</p> : null}
      <LibraryGuide />
    </>
  );
}
