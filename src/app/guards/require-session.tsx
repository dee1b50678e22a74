import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/client/api-error';
import { useSessionToken } from '../../api/client/session-token';
import { useSession } from '../../api/queries/session';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';

/**
 * Lets a logged-in patron through. Anyone else goes to login and comes back here afterwards; a
 * patron still holding a temporary password goes to the password change first. A page that keeps
 * what it shows for the session that read it (`readableOffline`: 利用者カード, マイページ's lists)
 * opens with no network too, the session's token held but not checkable; a page of it that kept
 * nothing shows its own load error.
 */
export function RequireSession({
  children,
  allowTemporaryPassword = false,
  readableOffline = false,
}: {
  children: ReactNode;
  allowTemporaryPassword?: boolean;
  readableOffline?: boolean;
}) {
  const token = useSessionToken((state) => state.token);
  const expired = useSessionToken((state) => state.expired);
  const location = useLocation();
  const session = useSession();
  const errorMessage = useErrorMessage();
  const here = `${location.pathname}${location.search}`;
  const { refetch } = session;

  // Every move to another page asks the library again: an idle session may have ended meanwhile.
  const firstVisit = useRef(true);
  useEffect(() => {
    if (firstVisit.current) {
      firstVisit.current = false;
      return;
    }
    void refetch();
  }, [location.key, refetch]);

  if (!token) return <Navigate replace to={paths.login({ next: here, reason: expired ? 'expired' : 'required' })} />;
  // With the browser offline, TanStack Query holds the check until it is back (paused).
  if (session.isPending && readableOffline && session.fetchStatus === 'paused') return children;
  if (session.isPending) return <Loading />;
  // An ended session is forgotten by the query client, which brings us back here without a token.
  if (session.isError && isApiError(session.error, 'SESSION_EXPIRED', 'UNAUTHENTICATED')) return <Loading />;
  // A check on the way to another page that did not get through (the library did not answer)
  // leaves the page on show, and what it holds (a placing's result): the session was known a
  // moment ago, and the next move checks it again.
  if (!session.data && readableOffline && isApiError(session.error, 'NETWORK_ERROR', 'TIMEOUT')) return children;
  if (!session.data) return <LoadError message={errorMessage(session.error)} onRetry={() => void session.refetch()} />;
  if (session.data.mustChangePassword && !allowTemporaryPassword) return <Navigate replace to={paths.passwordChange({ next: here })} />;
  return children;
}
