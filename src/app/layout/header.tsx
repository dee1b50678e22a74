import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { useOffline } from '../../api/queries/offline';
import { useSession } from '../../api/queries/session';
import { useLogout } from '../../features/auth/use-logout';
import { CartNavLabel } from '../../features/cart/cart-nav-label';
import { NoticesNavLabel } from '../../features/notices/notices-nav-label';
import { languages, setLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import { HeaderSearch } from './header-search';

const languageNames = { ja: '日本語', en: 'English' } as const;

export function Header() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const library = useLibraryInfo();
  const label = useLibraryLabel();
  const token = useSessionToken((state) => state.token);
  const session = useSession();
  const offline = useOffline();
  const logout = useLogout();
  const showsNotices = Boolean(token && session.data && !session.data.mustChangePassword && library.data?.features.notices);
  const libraryName = library.data ? (i18n.language === 'en' ? library.data.name.en : library.data.name.ja) : t('app.name');

  const onLogout = () => logout.mutate(undefined, { onSettled: () => navigate(paths.login({ reason: 'logged-out' })) });

  return (
    <header className="site-header">
      <div className="header-top">
        <Link to={paths.home()} className="brand">
          <span className="brand-mark" aria-hidden="true">
            栞
          </span>
          <span className="brand-name">{libraryName}</span>
        </Link>
        <HeaderSearch />
        <div className="header-tools">
          <div className="language-switch" role="group" aria-label={t('nav.language')}>
            {languages.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                aria-pressed={i18n.language === language}
                onClick={() => setLanguage(language)}
              >
                {languageNames[language]}
              </button>
            ))}
          </div>
          {/* Offline, the session cannot be checked but the patron is still logged in (offline マイページ shows their rows). */}
          {token && (session.data || offline) ? (
            <div className="account">
              {session.data ? <span className="account-name">{t('nav.loggedInAs', { name: session.data.patron.name })}</span> : null}
              <button type="button" className="button button-small" onClick={onLogout} disabled={logout.isPending}>
                {t('nav.logout')}
              </button>
            </div>
          ) : (
            <Link to={paths.login()} className="button button-small">
              {t('nav.login')}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          <li>
            <NavLink to={paths.search()}>{t('nav.search')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.cart()}>
              <CartNavLabel label={label('nav.cart', 'nav.cart')} />
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.mypage()}>{label('nav.mypage', 'nav.mypage')}</NavLink>
          </li>
          {showsNotices ? (
            <li>
              <NavLink to={paths.notices()}>
                <NoticesNavLabel />
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
