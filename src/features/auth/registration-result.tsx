import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterResult } from '../../api/contract/account';
import { Alert } from '../../components/alert';
import { PageTitle } from '../../components/page-title';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import './auth.css';

/**
 * What happened after 登録する: the password works now (p002), or a link went to the address and
 * the password works only once it is opened (p004). The heading takes focus: the patron pressed a
 * button at the foot of a long form.
 */
export function RegistrationResult({ result, onAgain }: { result: RegisterResult; onAgain: () => void }) {
  const { t } = useTranslation('auth');
  if (result.status === 'registered') {
    return (
      <>
        <PageTitle focus>{t('register.doneTitle')}</PageTitle>
        <Alert tone="success">
          <p>{t('register.registered')}</p>
        </Alert>
        <p>
          <Link className="button button-primary" to={paths.login()}>
            {t('register.toLogin')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle focus>{t('register.sentTitle')}</PageTitle>
      <Alert tone="success">
        <p>{t('register.sentTo', { address: result.sentTo ?? '' })}</p>
      </Alert>
      <div className="register-steps">
        <p>{t('register.sentLink')}</p>
        {result.expiresAt ? <p>{t('register.sentExpiry', { until: formatDateTime(result.expiresAt, currentLanguage()) })}</p> : null}
        <p className="help">{t('register.sentTrouble')}</p>
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={onAgain}>
          {t('register.again')}
        </button>
      </p>
    </>
  );
}
