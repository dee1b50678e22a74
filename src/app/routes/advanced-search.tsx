import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { AdvancedSearchForm } from '../../features/catalog/advanced-search-form';
import { criteriaFromParams, criteriaToParams } from '../../features/catalog/search-criteria';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';

/** 詳細蔵書検索, filled in from the address when the patron comes back to refine a search. */
export function AdvancedSearchRoute() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const library = useLibraryInfo();
  const errorMessage = useErrorMessage();
  const initial = criteriaFromParams(params);

  return (
    <>
      <PageTitle>{t('advanced.title')}</PageTitle>
      <p className="lead">{t('advanced.lead')}</p>
      {library.isPending ? <Loading /> : null}
      {library.isError ? <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} /> : null}
      {library.data ? (
        <AdvancedSearchForm
          key={location.search}
          initial={initial}
          branches={library.data.branches}
          onSearch={(criteria) => navigate(paths.search(criteriaToParams(criteria)))}
        />
      ) : null}
      <p className="help">
        <Link to={paths.search()}>{t('advanced.simpleSearch')}</Link>
      </p>
    </>
  );
}
