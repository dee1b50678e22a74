import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { CalendarDownload } from '../../features/calendars/calendar-download';
import { CalendarView } from '../../features/library/calendar-view';
import { LibraryGuide } from '../../features/library/library-guide';
import { localized } from '../../lib/localized';

/** A page of the library's own: its title, a lead naming the library once `GET /library` has answered, and its content. */
function LibraryPage({ page, children }: { page: 'calendar' | 'guide'; children: ReactNode }) {
  const { t, i18n } = useTranslation('library');
  const library = useLibraryInfo();
  return (
    <>
      <PageTitle>{t(`${page}.title`)}</PageTitle>
      {library.data ? <p className="lead">{t(`${page}.lead`, { library: localized(library.data.name, i18n.language) })}</p> : null}
      {children}
    </>
  );
}

/** 図書館カレンダー, with its closed days as a file for calendar apps where the library offers calendars. */
export function LibraryCalendarRoute() {
  const { t } = useTranslation('calendar');
  const offersCalendars = useLibraryInfo().data?.features.calendars ?? false;
  return (
    <LibraryPage page="calendar">
      <CalendarView />
      {offersCalendars ? (
        <section className="calendar-add">
          <p className="help">{t('addLibraryHint')}</p>
          <CalendarDownload calendar="library" label={t('addLibrary')} />
        </section>
      ) : null}
    </LibraryPage>
  );
}

/** 利用案内 */
export function LibraryGuideRoute() {
  return (
    <LibraryPage page="guide">
      <LibraryGuide />
    </LibraryPage>
  );
}
