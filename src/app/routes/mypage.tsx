import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { OfflineBanner } from '../../components/offline-banner';
import { PageTitle } from '../../components/page-title';
import { SummaryPanel } from '../../features/mypage/summary-panel';
import { NoticesNavLabel } from '../../features/notices/notices-nav-label';
import { PickupBanner } from '../../features/notices/pickup-banner';
import { paths } from '../../lib/paths';

/** マイページ: the summary, then the lists as tabs, each its own address. */
export function MypageRoute() {
  const { t } = useTranslation(['mypage', 'auth', 'account', 'card', 'shelves', 'calendar']);
  const label = useLibraryLabel();
  const features = useLibraryInfo().data?.features;
  const offersNotices = features?.notices ?? false;
  const location = useLocation();
  const passwordChanged = (location.state as { notice?: string } | null)?.notice === 'password-changed';
  const cartLabel = label('nav.cart', 'mypage:tab.cart');
  const tabs = [
    { to: paths.mypageReservations(), text: label('mypage.tab.reservations', 'mypage:tab.reservations') },
    { to: paths.mypageLoans(), text: label('mypage.tab.loans', 'mypage:tab.loans') },
    { to: paths.mypageCart(), text: cartLabel },
    ...(offersNotices ? [{ to: paths.notices(), text: <NoticesNavLabel /> }] : []),
    // My本棚 holds 貸出履歴 too: its tab is there where the library offers either.
    ...(features?.shelves || features?.loanHistory ? [{ to: paths.shelves(), text: t('shelves:tab') }] : []),
    ...(features?.readingMarathon ? [{ to: paths.readingGoals(), text: t('shelves:marathon.tab') }] : []),
  ];
  return (
    <>
      <PageTitle>{label('mypage.title', 'mypage:title')}</PageTitle>
      {passwordChanged ? <Alert tone="success">{t('auth:password.done')}</Alert> : null}
      <OfflineBanner />
      <SummaryPanel cartLabel={cartLabel} />
      {offersNotices ? <PickupBanner /> : null}
      <p className="mypage-account-link">
        <Link to={paths.account()}>{label('account.link', 'account:link')}</Link>
        <span className="help">{t('account:linkHint')}</span>
      </p>
      {features?.libraryCard ? (
        <p className="mypage-account-link">
          <Link to={paths.libraryCard()}>{t('card:link')}</Link>
          <span className="help">{t('card:linkHint')}</span>
        </p>
      ) : null}
      {features?.calendars ? (
        <p className="mypage-account-link">
          <Link to={paths.myCalendar()}>{t('calendar:link')}</Link>
          <span className="help">{t('calendar:linkHint')}</span>
        </p>
      ) : null}
      <nav className="tabs" aria-label={t('tabsLabel')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to}>{tab.text}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <section className="tab-panel">
        <Outlet />
      </section>
    </>
  );
}
