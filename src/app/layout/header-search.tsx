import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SimpleSearchForm } from '../../features/catalog/simple-search-form';
import { paths } from '../../lib/paths';

/** 簡易検索 on every page; on 検索結果一覧 it shows the keyword being searched. */
export function HeaderSearch() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === paths.search() ? (params.get('q') ?? '') : '';
  return (
    <SimpleSearchForm
      key={current}
      variant="header"
      label={t('simple.label')}
      defaultValue={current}
      onSearch={(q) => navigate(paths.search({ q }))}
    />
  );
}
