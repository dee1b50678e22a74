import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { localized } from '../../lib/localized';
import type { SearchCriteria } from './search-criteria';

const textFields = ['q', 'title', 'author', 'publisher', 'isbn', 'ndc'] as const;

/** 検索条件: what was asked, in words, e.g. キーワード：猫 / 資料形態：図書、CD. */
export function CriteriaSummary({ criteria }: { criteria: SearchCriteria }) {
  const { t, i18n } = useTranslation('catalog');
  const branches = useLibraryInfo().data?.branches;
  const rows: { term: string; value: string }[] = [];
  for (const key of textFields) {
    if (criteria[key].trim()) rows.push({ term: t(`fields.${key}`), value: criteria[key].trim() });
  }
  if (criteria.yearFrom.trim() || criteria.yearTo.trim()) {
    rows.push({ term: t('fields.year'), value: t('results.yearRange', { from: criteria.yearFrom.trim(), to: criteria.yearTo.trim() }) });
  }
  if (criteria.materialTypes.length > 0) {
    const separator = i18n.language === 'en' ? ', ' : '、';
    rows.push({ term: t('fields.materialTypes'), value: criteria.materialTypes.map((type) => t(`materialType.${type}`)).join(separator) });
  }
  if (criteria.branch.trim()) {
    const branch = branches?.find((item) => item.id === criteria.branch);
    rows.push({ term: t('fields.branch'), value: branch ? localized(branch.name, i18n.language) : criteria.branch });
  }
  return (
    <div className="criteria">
      <h2 className="criteria-title">{t('results.criteria')}</h2>
      <dl className="criteria-list">
        {rows.map((row) => (
          <div key={row.term}>
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {criteria.available ? <p className="criteria-flag">{t('results.available')}</p> : null}
    </div>
  );
}
