import { lazy, Suspense, type ComponentType } from 'react';
import { matchRoutes, Navigate, Outlet, useLocation, type RouteObject } from 'react-router';
import { Loading } from '../components/loading';
import { RequireSession } from './guards/require-session';
import { RootLayout } from './layout/root-layout';
import { loadStrings, type Namespace } from '../lib/i18n/i18n';
import { paths } from '../lib/paths';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';

/**
 * A redirect that carries the page's state along: マイページ opens on its first tab, and a notice
 * handed to マイページ (「パスワードを変更しました。」) must still be on screen once the tab is there.
 */
function RedirectKeepingState({ to }: { to: string }) {
  const location = useLocation();
  return <Navigate replace to={to} state={location.state as unknown} />;
}

/**
 * A route's screen, loaded on the route's first visit with the strings it shows (beyond the
 * layout's, which are loaded before the app renders), so that a page never shows a key: each
 * route module is its own chunk, and a first visit loads only the routes it opens. Until it is
 * there, the screen's place shows the loading state.
 *
 * The boundary is the screen's own, just above it and below the route that holds it: preact/compat
 * remounts every component between a suspending one and its boundary, so a nested screen's first
 * render (予約結果 under 予約, a マイページ tab) must not reach the layout's boundary, which would
 * take the parent route's state with it (予約's result was lost so).
 */
function screen<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K, namespaces: Namespace[] = []) {
  let loading: Promise<{ default: ComponentType }> | undefined;
  // One load for the screen and for a preload (below); a failed one is forgotten, so that the next try loads again.
  const loadScreen = () =>
    (loading ??= Promise.all([load(), loadStrings(namespaces)]).then(
      ([module]) => ({ default: module[name] }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Screen = lazy<ComponentType>(loadScreen);
  const element = (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
  screenLoads.set(element, loadScreen);
  return element;
}

/** Each route's screen by its element, for loading it ahead (`preloadScreens`). */
const screenLoads = new WeakMap<object, () => Promise<unknown>>();

/**
 * Loads the screens an address shows (its route and the routes around it) before the patron gets
 * there: called when a link is pointed at, touched or focused (`src/app/preload-on-intent.ts`), so
 * that following it shows the screen at once instead of its loading state. Nothing is loaded for an
 * address the app does not know. Answers once they are loaded; never fails (a failed load is tried
 * again when the screen is opened).
 */
export function preloadScreens(pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  const loads = matches.map(({ route }) =>
    (route.element && typeof route.element === 'object' ? screenLoads.get(route.element) : undefined)?.(),
  );
  return Promise.allSettled(loads).then(() => undefined);
}

const reserve = () => import('./routes/reserve');
const reservations = () => import('./routes/reservations');
const reservationChange = () => import('./routes/reservation-change');
const loans = () => import('./routes/loans');
const libraryPages = () => import('./routes/library');
const notices = () => import('./routes/notices');
const shelves = () => import('./routes/shelves');

/** The route table, for react-router's declarative mode (`useRoutes`), which weighs half its data router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <RouteErrorBoundary>
        <RootLayout />
      </RouteErrorBoundary>
    ),
    children: [
      { index: true, element: screen(() => import('./routes/home'), 'HomeRoute', ['home', 'library', 'mypage', 'reservation']) },
      { path: 'login', element: screen(() => import('./routes/login'), 'LoginRoute', ['auth']) },
      { path: 'register', element: screen(() => import('./routes/register'), 'RegisterRoute', ['auth']) },
      { path: 'confirm', element: screen(() => import('./routes/confirm'), 'ConfirmRoute', ['auth']) },
      { path: 'search', element: screen(() => import('./routes/search'), 'SearchRoute', ['shelves']) },
      { path: 'search/advanced', element: screen(() => import('./routes/advanced-search'), 'AdvancedSearchRoute') },
      { path: 'titles/:titleId', element: screen(() => import('./routes/title'), 'TitleRoute', ['shelves']) },
      { path: 'new', element: screen(() => import('./routes/new-arrivals'), 'NewArrivalsRoute', ['shelves']) },
      { path: 'rankings', element: <Navigate replace to={paths.ranking('loans')} /> },
      { path: 'rankings/:kind', element: screen(() => import('./routes/rankings'), 'RankingsRoute', ['shelves']) },
      { path: 'cart', element: screen(() => import('./routes/cart'), 'CartRoute', ['mypage', 'reservation', 'library']) },
      { path: 'library/calendar', element: screen(libraryPages, 'LibraryCalendarRoute', ['library', 'calendar']) },
      { path: 'library/guide', element: screen(libraryPages, 'LibraryGuideRoute', ['library', 'mypage']) },
      {
        element: (
          <RequireSession allowTemporaryPassword>
            <Outlet />
          </RequireSession>
        ),
        children: [{ path: 'password', element: screen(() => import('./routes/change-password'), 'ChangePasswordRoute', ['auth']) }],
      },
      {
        element: (
          <RequireSession readableOffline>
            <Outlet />
          </RequireSession>
        ),
        children: [{ path: 'mypage/card', element: screen(() => import('./routes/library-card'), 'LibraryCardRoute', ['card']) }],
      },
      {
        element: (
          <RequireSession readableOffline>
            <Outlet />
          </RequireSession>
        ),
        children: [
          {
            path: 'reserve',
            element: screen(reserve, 'ReserveRoute', ['mypage', 'reservation', 'library']),
            children: [
              { index: true, element: screen(reserve, 'ReserveFormRoute') },
              { path: 'confirm', element: screen(reserve, 'ReserveConfirmRoute') },
              { path: 'done', element: screen(reserve, 'ReserveDoneRoute') },
            ],
          },
          {
            path: 'mypage',
            element: screen(() => import('./routes/mypage'), 'MypageRoute', [
              'mypage',
              'auth',
              'account',
              'notice',
              'card',
              'shelves',
              'calendar',
            ]),
            children: [
              { index: true, element: <RedirectKeepingState to={paths.mypageReservations()} /> },
              { path: 'reservations', element: screen(reservations, 'MypageReservationsRoute', ['reservation']) },
              { path: 'reservations/:reservationId/cancel', element: screen(reservations, 'ReservationCancelRoute', ['reservation']) },
              { path: 'reservations/:reservationId/change', element: screen(reservationChange, 'ReservationChangeRoute', ['reservation']) },
              { path: 'reservations/:reservationId/order', element: screen(reservations, 'ReservationOrderRoute', ['reservation']) },
              { path: 'loans', element: screen(loans, 'MypageLoansRoute', ['loan']) },
              { path: 'loans/renew-all', element: screen(loans, 'LoansRenewAllRoute', ['loan']) },
              { path: 'loans/:loanId/renew', element: screen(loans, 'LoanRenewRoute', ['loan']) },
              { path: 'cart', element: screen(() => import('./routes/cart'), 'MypageCartRoute', ['reservation', 'library']) },
              { path: 'notices', element: screen(notices, 'MypageNoticesRoute', ['notice']) },
              { path: 'notices/:noticeId', element: screen(notices, 'NoticeRoute', ['notice']) },
              { path: 'shelves', element: screen(shelves, 'MypageShelvesRoute', ['shelves']) },
              { path: 'reading', element: screen(shelves, 'MypageReadingRoute', ['shelves']) },
              { path: 'reservations/bulk-change', element: screen(reservations, 'ReservationsBulkChangeRoute', ['reservation']) },
              { path: 'reservations/:reservationId/hold', element: screen(reservations, 'ReservationHoldRoute', ['reservation']) },
            ],
          },
          {
            path: 'mypage/account',
            element: screen(() => import('./routes/account'), 'AccountRoute', ['account', 'loan', 'mypage', 'reservation']),
          },
          { path: 'mypage/calendar', element: screen(() => import('./routes/calendar'), 'MyCalendarRoute', ['calendar']) },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
