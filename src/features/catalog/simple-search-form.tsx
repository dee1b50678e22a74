import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './catalog.css';

interface SimpleSearchFormProps {
  /** The keyword on show when the form appears (the current search, when there is one). */
  defaultValue?: string;
  onSearch: (keyword: string) => void;
  /** The search landmark's name; two forms on one page must be told apart. */
  label: string;
  variant?: 'header' | 'page';
}

/**
 * 簡易検索: one keyword box and 検索. An empty box sends nothing and says what to type; anything
 * else goes to the library, which words its own refusals.
 */
export function SimpleSearchForm({ defaultValue = '', onSearch, label, variant = 'page' }: SimpleSearchFormProps) {
  const { t } = useTranslation('catalog');
  const id = useId();
  const [keyword, setKeyword] = useState(defaultValue);
  const [empty, setEmpty] = useState(false);
  const errorId = `${id}-error`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = keyword.trim();
    setEmpty(text === '');
    if (text) onSearch(text);
  };

  return (
    <form role="search" aria-label={label} className={`simple-search simple-search-${variant}`} onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className={variant === 'header' ? 'visually-hidden' : 'simple-search-label'}>
        {t('simple.keyword')}
      </label>
      <div className="simple-search-row">
        <input
          id={id}
          type="search"
          name="q"
          value={keyword}
          placeholder={t('simple.placeholder')}
          enterKeyHint="search"
          autoComplete="off"
          aria-invalid={empty ? true : undefined}
          aria-describedby={empty ? errorId : undefined}
          onChange={(event) => {
            setKeyword(event.target.value);
            if (empty) setEmpty(false);
          }}
        />
        <button type="submit" className="button button-primary">
          {t('simple.submit')}
        </button>
      </div>
      {empty ? (
        <p id={errorId} className="field-error" role="alert">
          {t('simple.empty')}
        </p>
      ) : null}
    </form>
  );
}
