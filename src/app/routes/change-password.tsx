import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { useErrorMessage } from '../../lib/error-message';
import { paths, safeNext } from '../../lib/paths';

/** パスワードの変更; for a temporary password, the one page open until it is replaced. */
export function ChangePasswordRoute() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const library = useLibraryInfo();
  const session = useSession();
  const errorMessage = useErrorMessage();
  const temporary = session.data?.mustChangePassword ?? false;
  const asksCurrent = session.data?.asksCurrentPassword ?? true;

  if (library.isPending || session.isPending) return <Loading />;
  if (library.isError) return <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} />;

  return (
    <div className="narrow">
      <PageTitle>{temporary ? t('password.firstTitle') : t('password.changeTitle')}</PageTitle>
      {temporary ? <p className="lead">{t('password.firstLead')}</p> : null}
      <ChangePasswordForm
        policy={library.data.password}
        temporary={temporary}
        asksCurrent={asksCurrent}
        onChanged={() => navigate(safeNext(params.get('next')) ?? paths.mypage(), { replace: true, state: { notice: 'password-changed' } })}
      />
    </div>
  );
}
