import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import { Alert } from '../../components/alert';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useConfirmLink } from './use-confirm-link';
import './auth.css';

interface ConfirmLinkProps {
  /** The token of the link as the mail gave it; null when the address carries none. */
  token: string | null;
  /** The name of 新規パスワード登録 / 再発行, where the library offers it: a link that no longer works is replaced from there. */
  registerLabel: string | null;
}

/**
 * The link from a confirmation mail, opened once on arrival: a self-registered password (p004) or
 * a new e-mail address. A link that is not valid, already used or past its 24 hours says so, and
 * what to do instead.
 */
export function ConfirmLink({ token, registerLabel }: ConfirmLinkProps) {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  const confirm = useConfirmLink(token);

  const toLogin = (
    <Link className="button button-primary" to={paths.login()}>
      {t('confirm.toLogin')}
    </Link>
  );
  const toMypage = (primary: boolean) => (
    <Link className={`button ${primary ? 'button-primary' : 'button-secondary'}`} to={paths.mypage()}>
      {t('confirm.toMypage')}
    </Link>
  );
  /** Where a patron whose link failed starts again: the registration form and マイページ (for an address). */
  const startAgain = (
    <div className="auth-actions">
      {registerLabel ? (
        <Link className="button button-primary" to={paths.register()}>
          {registerLabel}
        </Link>
      ) : null}
      {toMypage(!registerLabel)}
    </div>
  );

  if (!token || isApiError(confirm.error, 'NOT_FOUND', 'VALIDATION_FAILED')) {
    return (
      <>
        <Alert tone="error">
          <p>{t('confirm.notFound')}</p>
          <p>{t('confirm.notFoundHint')}</p>
        </Alert>
        {startAgain}
      </>
    );
  }
  if (isApiError(confirm.error, 'CONFLICT') && confirm.error.details.reason === 'used') {
    return (
      <>
        <Alert tone="info">
          <p>{t('confirm.used')}</p>
          <p>{t('confirm.usedHint')}</p>
        </Alert>
        <div className="auth-actions">
          {toLogin}
          {toMypage(false)}
        </div>
      </>
    );
  }
  if (isApiError(confirm.error, 'CONFLICT')) {
    return (
      <>
        <Alert tone="error">
          <p>{t('confirm.expired')}</p>
          <p>{t('confirm.expiredHint')}</p>
        </Alert>
        {startAgain}
      </>
    );
  }
  if (confirm.isError) {
    // Not an answer about the link (the library could not be reached): trying again is safe.
    return (
      <Alert
        tone="error"
        action={
          <button type="button" className="button button-secondary" onClick={confirm.retry}>
            {t('confirm.retry')}
          </button>
        }
      >
        <p>{t('confirm.failed')}</p>
        <p>{errorMessage(confirm.error)}</p>
      </Alert>
    );
  }
  if (!confirm.data) return <Loading label={t('confirm.checking')} />;
  if (confirm.data.kind === 'registration') {
    return (
      <>
        <Alert tone="success">
          <p>{t('confirm.registration')}</p>
          <p>{t('confirm.registrationFor', { card: confirm.data.cardNumberMasked })}</p>
        </Alert>
        <p>{toLogin}</p>
      </>
    );
  }
  return (
    <>
      <Alert tone="success">
        <p>{t('confirm.email')}</p>
        <p>{t('confirm.emailNote', { address: confirm.data.address })}</p>
      </Alert>
      <p>{toMypage(true)}</p>
    </>
  );
}
