import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { ContactSection } from './contact-section';
import { EmailSection } from './email-section';
import { useAccount } from '../../api/queries/account';
import { RegistrationSection } from './registration-section';
import './account.css';

/** 利用者情報の変更: 登録内容 and the password, メールアドレス, and 連絡方法 — one section each. */
export function AccountSettings() {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const account = useAccount();
  if (!account.data) {
    if (account.isError)
      return <LoadError message={`${t('loadFailed')} ${errorMessage(account.error)}`} onRetry={() => void account.refetch()} />;
    return <Loading />;
  }
  return (
    <>
      <RegistrationSection account={account.data} />
      <EmailSection account={account.data} />
      <ContactSection account={account.data} />
    </>
  );
}
