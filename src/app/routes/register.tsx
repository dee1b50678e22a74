import { useTranslation } from 'react-i18next';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { CounterPasswordHelp } from '../../features/auth/counter-password-help';
import { RegisterForm } from '../../features/auth/register-form';
import { registrationMode } from '../../features/auth/registration-mode';
import { RegistrationResult } from '../../features/auth/registration-result';
import { useRegister } from '../../features/auth/use-register';
import { useErrorMessage } from '../../lib/error-message';

/**
 * 新規パスワード登録 (p002) / パスワード新規登録・再発行 (p004): one form for a first password and a
 * forgotten one. Where the counter issues passwords (p000, p001, p003), how to get one there.
 */
export function RegisterRoute() {
  const { t } = useTranslation('auth');
  const label = useLibraryLabel();
  const library = useLibraryInfo();
  const errorMessage = useErrorMessage();
  const registration = useRegister();

  if (library.isPending) return <Loading />;
  if (library.isError) return <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} />;
  const mode = registrationMode(library.data);
  if (!mode) {
    return (
      <div className="narrow auth-page">
        <CounterPasswordHelp library={library.data} />
      </div>
    );
  }
  return (
    <div className="narrow auth-page">
      {registration.data ? (
        <RegistrationResult result={registration.data} onAgain={() => registration.reset()} />
      ) : (
        <>
          <PageTitle>{label('register.title', `auth:register.title.${mode}`)}</PageTitle>
          <p className="lead">{t(`register.lead.${mode}`)}</p>
          <RegisterForm library={library.data} mode={mode} registration={registration} />
          <section className="help-section" aria-labelledby="register-trouble">
            <h2 id="register-trouble">{t('register.troubleTitle')}</h2>
            <ul>
              <li>{t('register.troubleChanged')}</li>
              <li>{t('register.troubleCounter')}</li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
