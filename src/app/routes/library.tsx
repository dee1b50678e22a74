import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
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

/** 図書館カレンダー */
export function LibraryCalendarRoute() {
  return (
    <LibraryPage page="calendar">
      <CalendarView />
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
