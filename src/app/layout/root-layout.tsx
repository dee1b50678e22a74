import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GuestCartMerge } from '../../features/cart/guest-cart-merge';
import { Header } from './header';
import { Notices } from './notices';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <GuestCartMerge />
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        <Notices />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
