import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { LoginForm } from '../../features/auth/login-form';
import { useErrorMessage } from '../../lib/error-message';
import { paths, safeNext } from '../../lib/paths';

const reasonKeys = { expired: 'login.expired', required: 'login.required', 'logged-out': 'login.loggedOut' } as const;

export function LoginRoute() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const library = useLibraryInfo();
  const label = useLibraryLabel();
  const token = useSessionToken((state) => state.token);
  const session = useSession();
  const errorMessage = useErrorMessage();
  const next = safeNext(params.get('next')) ?? paths.mypage();
  const reason = params.get('reason');

  if (token && session.data) {
    return <Navigate replace to={session.data.mustChangePassword ? paths.passwordChange({ next }) : next} />;
  }

  return (
    <div className="narrow">
      <PageTitle>{label('login.title', 'auth:login.title')}</PageTitle>
      {reason && reason in reasonKeys ? (
        <Alert tone={reason === 'logged-out' ? 'success' : 'info'}>{t(reasonKeys[reason as keyof typeof reasonKeys])}</Alert>
      ) : null}
      {library.isPending ? <Loading /> : null}
      {library.isError ? <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} /> : null}
      {library.data ? (
        <>
          <LoginForm
            library={library.data}
            onLoggedIn={(mustChangePassword) => navigate(mustChangePassword ? paths.passwordChange({ next }) : next, { replace: true })}
          />
          <p className="help">{t(`login.forgotten.${library.data.passwordRules.forgotten}`)}</p>
          <p>
            <Link to={paths.register()}>{t(`login.register.${library.data.passwordRules.first}`)}</Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
