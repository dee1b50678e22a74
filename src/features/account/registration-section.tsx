import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/contract/account';
import { useLibraryLabel } from '../../api/queries/library-info';
import { LibraryNotices } from '../../components/library-notices';
import { paths } from '../../lib/paths';

/** 登録内容: who the card belongs to and the phones, which only the counter changes; the password is changed here. */
export function RegistrationSection({ account }: { account: Account }) {
  const { t } = useTranslation('account');
  // The card number by the name the login form gives it (p000's 登録番号).
  const label = useLibraryLabel();
  const card = label('login.cardNumber', 'account:registration.card');
  const id = useId();
  const none = t('none');
  return (
    <section className="account-section" aria-labelledby={id}>
      <h2 id={id}>{t('registration.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('registration.name')}</dt>
          <dd>
            {account.name}（{account.nameKana}）
          </dd>
        </div>
        <div>
          <dt>{card}</dt>
          <dd>{account.cardNumberMasked}</dd>
        </div>
        <div>
          <dt>{t('registration.phone')}</dt>
          <dd>{account.phone ?? none}</dd>
        </div>
        <div>
          <dt>{t('registration.mobile')}</dt>
          <dd>{account.mobile ?? none}</dd>
        </div>
      </dl>
      <p className="help">{t('registration.counterOnly')}</p>
      <p>
        <Link to={paths.passwordChange({ next: paths.account() })}>{label('account.password', 'account:registration.password')}</Link>
      </p>
      <LibraryNotices place="account.password" />
    </section>
  );
}
