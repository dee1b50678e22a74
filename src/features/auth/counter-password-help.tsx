import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../api/contract/library';
import { PageTitle } from '../../components/page-title';
import { localized } from '../../lib/localized';
import { paths } from '../../lib/paths';
import { usePasswordPolicyText } from './password-policy-text';
import './auth.css';

/**
 * Where the counter issues every password (p000, p003; p001 registers the birth date as a
 * temporary one), the way to a first or a new password, in the library's own rules: what to bring,
 * the temporary password, from when it works, and that it is replaced at the first login.
 */
export function CounterPasswordHelp({ library }: { library: LibraryInfo }) {
  const { t, i18n } = useTranslation('auth');
  const policyText = usePasswordPolicyText();
  const firstId = useId();
  const forgottenId = useId();
  const { first, forgotten, temporaryUsableAfterMinutes: minutes } = library.passwordRules;
  const birthDate = first === 'birthdate-temporary';
  return (
    <>
      <PageTitle>{t('counterHelp.title')}</PageTitle>
      <p className="lead">{t('counterHelp.lead', { library: localized(library.name, i18n.language) })}</p>
      <section className="help-section" aria-labelledby={firstId}>
        <h2 id={firstId}>{t('counterHelp.firstTitle')}</h2>
        <p>{birthDate ? t('counterHelp.firstBirthDate') : t('counterHelp.firstCounter')}</p>
        {birthDate ? <p>{t('counterHelp.noCard')}</p> : null}
        {minutes > 0 ? <p className="help-important">{t('counterHelp.usableAfter', { minutes })}</p> : null}
        <p>{t('counterHelp.change', { policy: policyText(library.password) })}</p>
      </section>
      <section className="help-section" aria-labelledby={forgottenId}>
        <h2 id={forgottenId}>{t('counterHelp.forgottenTitle')}</h2>
        <p>{forgotten === 'counter-temporary' ? t('counterHelp.forgottenTemporary') : t('counterHelp.forgottenCounter')}</p>
        {forgotten === 'counter-temporary' && minutes > 0 ? <p>{t('counterHelp.usableAfter', { minutes })}</p> : null}
        <p className="help">{t('counterHelp.safety')}</p>
      </section>
      <p>
        <Link className="button button-primary" to={paths.login()}>
          {t('counterHelp.toLogin')}
        </Link>
      </p>
    </>
  );
}
