import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { SearchResults } from '../../features/catalog/search-results';
import { SearchStart } from '../../features/catalog/search-start';
import { criteriaFromParams, hasCriteria } from '../../features/catalog/search-criteria';
import { paths } from '../../lib/paths';
import { addToCartActions } from './catalog-parts';

/** 蔵書検索 without criteria; 検索結果一覧 with them (they all live in the address). */
export function SearchRoute() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const criteria = criteriaFromParams(params);

  if (!hasCriteria(criteria)) {
    return (
      <>
        <PageTitle>{t('landing.title')}</PageTitle>
        <SearchStart onSearch={(q) => navigate(paths.search({ q }))} />
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('results.title')}</PageTitle>
      <SearchResults criteria={criteria} actions={addToCartActions} />
    </>
  );
}
