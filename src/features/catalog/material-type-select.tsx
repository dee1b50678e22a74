import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MaterialType } from '../../api/contract/common';

/** 資料形態 as a filter: すべて or one type. */
export function MaterialTypeSelect({ value, onChange }: { value: MaterialType | null; onChange: (value: MaterialType | null) => void }) {
  const { t } = useTranslation('catalog');
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{t('filter.materialType')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(MaterialType.safeParse(event.target.value).data ?? null)}>
        <option value="">{t('filter.all')}</option>
        {MaterialType.options.map((type) => (
          <option key={type} value={type}>
            {t(`materialType.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
