import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading';
import { GuestCartMerge } from '../../features/cart/guest-cart-merge';
import { BackendStarting } from './backend-starting';
import { Header } from './header';
import { Notices } from './notices';

/**
 * The demo panel's button, only where the simulated library runs (and in tests). The condition
 * stands here, next to the import, because Vite replaces MODE when it builds: a build for a real
 * API drops the import with the branch, and carries none of the panel.
 */
const DemoLauncher =
  import.meta.env.MODE === 'mock' || import.meta.env.MODE === 'test' ? (await import('../../demo/demo-launcher')).DemoLauncher : null;

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
        <BackendStarting />
        <Notices />
        {/* A page whose strings are still on their way shows the loading state, never keys. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      {DemoLauncher ? <DemoLauncher /> : null}
    </>
  );
}
