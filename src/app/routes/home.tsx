import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryInfo } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../lib/paths';

export function HomeRoute() {
  const { t, i18n } = useTranslation();
  const library = useLibraryInfo();
  const token = useSessionToken((state) => state.token);
  const name = library.data ? (i18n.language === 'en' ? library.data.name.en : library.data.name.ja) : '';
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.lead', { library: name })}</p>
      <p>
        <Link className="button button-primary" to={token ? paths.mypage() : paths.login()}>
          {token ? t('home.toMypage') : t('home.toLogin')}
        </Link>
      </p>
    </>
  );
}
