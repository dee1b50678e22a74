import { Navigate, type RouteObject } from 'react-router';
import { RequireSession } from './guards/require-session';
import { RootLayout } from './layout/root-layout';
import { paths } from '../lib/paths';
import { AccountRoute } from './routes/account';
import { AdvancedSearchRoute } from './routes/advanced-search';
import { CartRoute, MypageCartRoute } from './routes/cart';
import { ChangePasswordRoute } from './routes/change-password';
import { ConfirmRoute } from './routes/confirm';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { LoanRenewRoute, LoansRenewAllRoute, MypageLoansRoute } from './routes/loans';
import { MypageRoute } from './routes/mypage';
import { NewArrivalsRoute } from './routes/new-arrivals';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';
import { RankingsRoute } from './routes/rankings';
import { RegisterRoute } from './routes/register';
import { ReservationCancelRoute, ReservationChangeRoute, ReservationOrderRoute, MypageReservationsRoute } from './routes/reservations';
import { ReserveConfirmRoute, ReserveDoneRoute, ReserveFormRoute, ReserveRoute } from './routes/reserve';
import { SearchRoute } from './routes/search';
import { TitleRoute } from './routes/title';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'login', element: <LoginRoute /> },
      { path: 'register', element: <RegisterRoute /> },
      { path: 'confirm', element: <ConfirmRoute /> },
      { path: 'search', element: <SearchRoute /> },
      { path: 'search/advanced', element: <AdvancedSearchRoute /> },
      { path: 'titles/:titleId', element: <TitleRoute /> },
      { path: 'new', element: <NewArrivalsRoute /> },
      { path: 'rankings', element: <Navigate replace to={paths.ranking('loans')} /> },
      { path: 'rankings/:kind', element: <RankingsRoute /> },
      { path: 'cart', element: <CartRoute /> },
      {
        path: 'reserve',
        element: (
          <RequireSession>
            <ReserveRoute />
          </RequireSession>
        ),
        children: [
          { index: true, element: <ReserveFormRoute /> },
          { path: 'confirm', element: <ReserveConfirmRoute /> },
          { path: 'done', element: <ReserveDoneRoute /> },
        ],
      },
      {
        path: 'password',
        element: (
          <RequireSession allowTemporaryPassword>
            <ChangePasswordRoute />
          </RequireSession>
        ),
      },
      {
        path: 'mypage',
        element: (
          <RequireSession>
            <MypageRoute />
          </RequireSession>
        ),
        children: [
          { index: true, element: <Navigate replace to={paths.mypageReservations()} /> },
          { path: 'reservations', element: <MypageReservationsRoute /> },
          { path: 'reservations/:reservationId/cancel', element: <ReservationCancelRoute /> },
          { path: 'reservations/:reservationId/change', element: <ReservationChangeRoute /> },
          { path: 'reservations/:reservationId/order', element: <ReservationOrderRoute /> },
          { path: 'loans', element: <MypageLoansRoute /> },
          { path: 'loans/renew-all', element: <LoansRenewAllRoute /> },
          { path: 'loans/:loanId/renew', element: <LoanRenewRoute /> },
          { path: 'cart', element: <MypageCartRoute /> },
        ],
      },
      {
        path: 'mypage/account',
        element: (
          <RequireSession>
            <AccountRoute />
          </RequireSession>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
