import type { ComponentType } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireSession } from './guards/require-session';
import { RootLayout } from './layout/root-layout';
import { loadStrings, type Namespace } from '../lib/i18n/i18n';
import { paths } from '../lib/paths';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';

/**
 * A route's screen, loaded on the route's first visit with the strings it shows (beyond the
 * layout's, which are loaded before the app renders), so that a page never shows a key: each
 * route module is its own chunk, and a first visit loads only the routes it opens.
 */
function screen<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K, namespaces: Namespace[] = []) {
  return async () => {
    const [module] = await Promise.all([load(), loadStrings(namespaces)]);
    return { Component: module[name] };
  };
}

/** While the first page's chunk loads, the layout shows with nothing in its main area yet. */
function Blank() {
  return null;
}

const reserve = () => import('./routes/reserve');
const reservations = () => import('./routes/reservations');
const loans = () => import('./routes/loans');
const libraryPages = () => import('./routes/library');

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        HydrateFallback: Blank,
        children: [
          { index: true, lazy: screen(() => import('./routes/home'), 'HomeRoute', ['home', 'library', 'mypage', 'reservation']) },
          { path: 'login', lazy: screen(() => import('./routes/login'), 'LoginRoute', ['auth']) },
          { path: 'register', lazy: screen(() => import('./routes/register'), 'RegisterRoute', ['auth']) },
          { path: 'confirm', lazy: screen(() => import('./routes/confirm'), 'ConfirmRoute', ['auth']) },
          { path: 'search', lazy: screen(() => import('./routes/search'), 'SearchRoute') },
          { path: 'search/advanced', lazy: screen(() => import('./routes/advanced-search'), 'AdvancedSearchRoute') },
          { path: 'titles/:titleId', lazy: screen(() => import('./routes/title'), 'TitleRoute') },
          { path: 'new', lazy: screen(() => import('./routes/new-arrivals'), 'NewArrivalsRoute') },
          { path: 'rankings', element: <Navigate replace to={paths.ranking('loans')} /> },
          { path: 'rankings/:kind', lazy: screen(() => import('./routes/rankings'), 'RankingsRoute') },
          { path: 'cart', lazy: screen(() => import('./routes/cart'), 'CartRoute', ['mypage', 'reservation', 'library']) },
          { path: 'library/calendar', lazy: screen(libraryPages, 'LibraryCalendarRoute', ['library']) },
          { path: 'library/guide', lazy: screen(libraryPages, 'LibraryGuideRoute', ['library', 'mypage']) },
          {
            element: (
              <RequireSession allowTemporaryPassword>
                <Outlet />
              </RequireSession>
            ),
            children: [{ path: 'password', lazy: screen(() => import('./routes/change-password'), 'ChangePasswordRoute', ['auth']) }],
          },
          {
            element: (
              <RequireSession>
                <Outlet />
              </RequireSession>
            ),
            children: [
              {
                path: 'reserve',
                lazy: screen(reserve, 'ReserveRoute', ['mypage', 'reservation', 'library']),
                children: [
                  { index: true, lazy: screen(reserve, 'ReserveFormRoute') },
                  { path: 'confirm', lazy: screen(reserve, 'ReserveConfirmRoute') },
                  { path: 'done', lazy: screen(reserve, 'ReserveDoneRoute') },
                ],
              },
              {
                path: 'mypage',
                lazy: screen(() => import('./routes/mypage'), 'MypageRoute', ['mypage', 'auth', 'account']),
                children: [
                  { index: true, element: <Navigate replace to={paths.mypageReservations()} /> },
                  { path: 'reservations', lazy: screen(reservations, 'MypageReservationsRoute', ['reservation']) },
                  { path: 'reservations/:reservationId/cancel', lazy: screen(reservations, 'ReservationCancelRoute', ['reservation']) },
                  { path: 'reservations/:reservationId/change', lazy: screen(reservations, 'ReservationChangeRoute', ['reservation']) },
                  { path: 'reservations/:reservationId/order', lazy: screen(reservations, 'ReservationOrderRoute', ['reservation']) },
                  { path: 'loans', lazy: screen(loans, 'MypageLoansRoute', ['loan']) },
                  { path: 'loans/renew-all', lazy: screen(loans, 'LoansRenewAllRoute', ['loan']) },
                  { path: 'loans/:loanId/renew', lazy: screen(loans, 'LoanRenewRoute', ['loan']) },
                  { path: 'cart', lazy: screen(() => import('./routes/cart'), 'MypageCartRoute', ['reservation', 'library']) },
                  { path: 'reservations/bulk-change', lazy: screen(reservations, 'ReservationsBulkChangeRoute', ['reservation']) },
                  { path: 'reservations/:reservationId/hold', lazy: screen(reservations, 'ReservationHoldRoute', ['reservation']) },
                ],
              },
              {
                path: 'mypage/account',
                lazy: screen(() => import('./routes/account'), 'AccountRoute', ['account', 'loan', 'mypage', 'reservation']),
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
