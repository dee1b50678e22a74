import { Navigate, type RouteObject } from 'react-router';
import { RequireSession } from './guards/require-session';
import { RootLayout } from './layout/root-layout';
import { paths } from './paths';
import { ChangePasswordRoute } from './routes/change-password';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { MypageListRoute, MypageRoute } from './routes/mypage';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';
import { PlaceholderRoute } from './routes/placeholder';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'login', element: <LoginRoute /> },
      { path: 'search', element: <PlaceholderRoute titleKey="nav.search" bodyKey="placeholder.search" /> },
      { path: 'cart', element: <PlaceholderRoute titleKey="nav.cart" bodyKey="placeholder.cart" /> },
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
          { path: 'reservations', element: <MypageListRoute /> },
          { path: 'loans', element: <MypageListRoute /> },
          { path: 'cart', element: <MypageListRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
