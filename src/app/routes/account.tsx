import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { AccountSettings } from '../../features/account/account-settings';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';

/**
 * 利用者情報: the patron's registration and password, e-mail addresses and 連絡方法, one section
 * each (貸出履歴 is in My本棚).
 */
export function AccountRoute() {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const library = useLibraryInfo();
  const title = <PageTitle>{t('title')}</PageTitle>;
  if (!library.data) {
    return (
      <>
        {title}
        {library.isError ? <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} /> : <Loading />}
      </>
    );
  }
  return (
    <>
      {title}
      <p>
        <Link to={paths.mypage()}>{t('toMypage')}</Link>
      </p>
      <div className="account-sections">
        <AccountSettings />
      </div>
    </>
  );
}
