import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/contract/account';
import { paths } from '../../lib/paths';

/** 登録内容: who the card belongs to and the phones, which only the counter changes; the password is changed here. */
export function RegistrationSection({ account }: { account: Account }) {
  const { t } = useTranslation();
  const id = useId();
  const none = t('account.none');
  return (
    <section className="account-section" aria-labelledby={id}>
      <h2 id={id}>{t('account.registration.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('account.registration.name')}</dt>
          <dd>
            {account.name}（{account.nameKana}）
          </dd>
        </div>
        <div>
          <dt>{t('account.registration.card')}</dt>
          <dd>{account.cardNumberMasked}</dd>
        </div>
        <div>
          <dt>{t('account.registration.phone')}</dt>
          <dd>{account.phone ?? none}</dd>
        </div>
        <div>
          <dt>{t('account.registration.mobile')}</dt>
          <dd>{account.mobile ?? none}</dd>
        </div>
      </dl>
      <p className="help">{t('account.registration.counterOnly')}</p>
      <p>
        <Link to={paths.passwordChange({ next: paths.account() })}>{t('account.registration.password')}</Link>
      </p>
    </section>
  );
}
