import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { useReservations } from '../../api/queries/reservations';
import { useSession } from '../../api/queries/session';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { SimpleSearchForm } from '../../features/catalog/simple-search-form';
import { CatalogueHighlights } from '../../features/home/catalogue-highlights';
import { OpeningToday } from '../../features/library/opening-today';
import { SummaryPanel } from '../../features/mypage/summary-panel';
import { ReadyList } from '../../features/reservations/ready-list';
import { useErrorMessage } from '../../lib/error-message';
import { localized } from '../../lib/localized';
import { paths } from '../../lib/paths';

/** 予約確保一覧 of the logged-in patron: what is waiting at which branch, and until when. */
function ReadyToCollect() {
  const errorMessage = useErrorMessage();
  const reservations = useReservations();
  if (reservations.isPending) return <Loading />;
  if (reservations.isError) return <LoadError message={errorMessage(reservations.error)} onRetry={() => void reservations.refetch()} />;
  return <ReadyList items={reservations.data.items.filter((item) => item.state === 'ready')} />;
}

/**
 * The library's top page: today's opening, 蔵書検索, the patron's counts and what is ready to
 * collect (once logged in), 新着資料, 貸出ベスト and 予約ベスト, and 利用案内 and 図書館カレンダー.
 */
export function HomeRoute() {
  const { t, i18n } = useTranslation(['home', 'library']);
  const navigate = useNavigate();
  const library = useLibraryInfo();
  const label = useLibraryLabel();
  const token = useSessionToken((state) => state.token);
  const session = useSession();
  const name = library.data ? localized(library.data.name, i18n.language) : null;
  const patron = token !== null && session.data !== undefined && !session.data.mustChangePassword;
  return (
    <>
      <PageTitle>{name ? t('titleOf', { library: name }) : t('title')}</PageTitle>
      <OpeningToday />
      {patron ? null : (
        <>
          <p className="lead">{t('lead', { library: name ?? '', card: label('login.cardNumber', 'home:cardNumber') })}</p>
          <p>
            <Link className="button button-primary" to={token ? paths.mypage() : paths.login()}>
              {token ? t('toMypage') : t('toLogin')}
            </Link>
          </p>
        </>
      )}
      <section className="home-section" aria-labelledby="home-search">
        <h2 id="home-search">{t('searchHeading')}</h2>
        <SimpleSearchForm label={t('searchLabel')} onSearch={(q) => navigate(paths.search({ q }))} />
        <p>
          <Link to={paths.advancedSearch()}>{t('advancedSearch')}</Link>
        </p>
      </section>
      {patron ? (
        <section className="home-section" aria-labelledby="home-patron">
          <h2 id="home-patron">{t('patronHeading')}</h2>
          <SummaryPanel cartLabel={label('nav.cart', 'nav.cart')} />
          <ReadyToCollect />
          <p>
            <Link className="button button-secondary" to={paths.mypage()}>
              {t('toMypage')}
            </Link>
          </p>
        </section>
      ) : null}
      <section className="home-section" aria-labelledby="home-collection">
        <h2 id="home-collection">{t('highlights.heading')}</h2>
        <CatalogueHighlights />
      </section>
      <section className="home-section" aria-labelledby="home-pages">
        <h2 id="home-pages">{t('pagesHeading')}</h2>
        <ul className="home-links">
          <li>
            <Link to={paths.libraryGuide()}>{t('library:guide.title')}</Link>
          </li>
          <li>
            <Link to={paths.libraryCalendar()}>{t('library:calendar.title')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
