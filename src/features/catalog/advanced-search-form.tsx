import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MaterialType } from '../../api/contract/common';
import type { Branch } from '../../api/contract/library';
import { isApiError } from '../../api/client/api-error';
import { searchCatalogueQuery } from '../../api/queries/catalogue';
import { Alert } from '../../components/alert';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { fieldIssuesOf } from './field-issues';
import { localized } from '../../lib/localized';
import { emptyCriteria, hasCriteria, toSearchQuery, type SearchCriteria } from './search-criteria';
import './catalog.css';

interface AdvancedValues {
  q: string;
  title: string;
  author: string;
  publisher: string;
  isbn: string;
  yearFrom: string;
  yearTo: string;
  ndc: string;
  materialTypes: MaterialType[];
  branch: string;
  available: boolean;
}

const textNames = ['q', 'title', 'author', 'publisher', 'isbn', 'yearFrom', 'yearTo', 'ndc'] as const;
type TextName = (typeof textNames)[number];
const isTextName = (field: string): field is TextName => (textNames as readonly string[]).includes(field);

/** The codes the form's own checks give, worded like the library's (fieldErrors). */
type FormCheck = 'ndc_format' | 'year_format' | 'year_range';

/** Full-width digits and points typed with a Japanese keyboard mean the half-width ones. */
const halfWidth = (text: string) => text.normalize('NFKC').trim();
const isYear = (text: string) => /^\d{4}$/.test(halfWidth(text));

function valuesOf(criteria: SearchCriteria): AdvancedValues {
  const { q, title, author, publisher, isbn, yearFrom, yearTo, ndc, materialTypes, branch, available } = criteria;
  return { q, title, author, publisher, isbn, yearFrom, yearTo, ndc, materialTypes: [...materialTypes], branch, available };
}

function criteriaOf(values: AdvancedValues, sort: SearchCriteria['sort']): SearchCriteria {
  return {
    ...emptyCriteria,
    q: values.q.trim(),
    title: values.title.trim(),
    author: values.author.trim(),
    publisher: values.publisher.trim(),
    isbn: halfWidth(values.isbn),
    yearFrom: halfWidth(values.yearFrom),
    yearTo: halfWidth(values.yearTo),
    ndc: halfWidth(values.ndc),
    // Unticked checkboxes of a group give false rather than an empty list.
    materialTypes: Array.isArray(values.materialTypes) ? values.materialTypes : [],
    branch: values.branch,
    available: values.available,
    sort,
    page: 1,
  };
}

interface AdvancedSearchFormProps {
  /** The search being refined, from the address (empty for a new one). */
  initial: SearchCriteria;
  branches: readonly Branch[];
  onSearch: (criteria: SearchCriteria) => void;
}

/**
 * 詳細蔵書検索. The form checks only what is plain (something to look for, years in order); the
 * library checks the rest, and its refusals appear at the field concerned before the patron leaves
 * the form, since the search is asked here and the results page then shows the answer already held.
 */
export function AdvancedSearchForm({ initial, branches, onSearch }: AdvancedSearchFormProps) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const queryClient = useQueryClient();
  const id = useId();
  const [nothingGiven, setNothingGiven] = useState(false);
  const form = useForm<AdvancedValues>({ defaultValues: valuesOf(initial) });
  const check = useMutation({
    mutationFn: (criteria: SearchCriteria) => queryClient.fetchQuery(searchCatalogueQuery(toSearchQuery(criteria))),
  });
  const serverIssues = fieldIssuesOf(check.error);
  const { errors } = form.formState;

  const fieldError = (name: TextName): string | undefined => {
    // react-hook-form holds a message as any string; this form's are only its checks' codes.
    const code = errors[name]?.message as FormCheck | undefined;
    if (code) return t(`common:fieldErrors.${code}`);
    const issue = serverIssues.find((item) => item.field === name && item.code !== 'search_empty');
    return issue ? fieldMessage(issue) : undefined;
  };

  const search = async (values: AdvancedValues) => {
    check.reset();
    const criteria = criteriaOf(values, initial.sort);
    setNothingGiven(!hasCriteria(criteria));
    if (!hasCriteria(criteria)) return;
    const answer = await check.mutateAsync(criteria).catch((error: unknown) => {
      const first = fieldIssuesOf(error).find((issue) => isTextName(issue.field));
      if (first && isTextName(first.field)) form.setFocus(first.field);
      return null;
    });
    if (answer) onSearch(criteria);
  };
  // When the form's own checks fail, their messages replace whatever the last attempt said.
  const onSubmit = form.handleSubmit(search, () => {
    check.reset();
    setNothingGiven(false);
  });

  const clear = () => {
    form.reset(valuesOf(emptyCriteria));
    check.reset();
    setNothingGiven(false);
  };

  const searchEmpty = nothingGiven || serverIssues.some((issue) => issue.code === 'search_empty');
  const otherIssues = serverIssues.filter((issue) => issue.code !== 'search_empty' && !isTextName(issue.field));
  const textField = (name: TextName, hint?: string) => (
    <TextField label={t(`fields.${name}`)} hint={hint} error={fieldError(name)} {...form.register(name)} />
  );

  return (
    <form className="form advanced-search" onSubmit={onSubmit} noValidate aria-describedby={searchEmpty ? `${id}-empty` : undefined}>
      {searchEmpty ? (
        <div id={`${id}-empty`}>
          <Alert tone="error">{t('common:fieldErrors.search_empty')}</Alert>
        </div>
      ) : null}
      {check.error && !isApiError(check.error, 'VALIDATION_FAILED') ? <Alert tone="error">{errorMessage(check.error)}</Alert> : null}
      {otherIssues.length > 0 ? (
        <Alert tone="error">
          <ul className="issue-list">
            {otherIssues.map((issue) => (
              <li key={`${issue.field}-${issue.code}`}>{fieldMessage(issue)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <div className="advanced-grid">
        {textField('q', t('advanced.qHint'))}
        {textField('title')}
        {textField('author')}
        {textField('publisher')}
        <TextField
          label={t('fields.isbn')}
          hint={t('advanced.isbnHint')}
          error={fieldError('isbn')}
          inputMode="numeric"
          autoComplete="off"
          {...form.register('isbn')}
        />
        <TextField
          label={t('fields.ndc')}
          hint={t('advanced.ndcHint')}
          error={fieldError('ndc')}
          inputMode="decimal"
          autoComplete="off"
          {...form.register('ndc', { validate: (value) => !value.trim() || /^\d{1,3}(\.\d*)?$/.test(halfWidth(value)) || 'ndc_format' })}
        />
      </div>

      <fieldset className="form-fieldset year-range">
        <legend>{t('fields.year')}</legend>
        <p className="field-hint">{t('advanced.yearHint')}</p>
        <div className="year-range-fields">
          <TextField
            label={t('fields.yearFrom')}
            error={fieldError('yearFrom')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            {...form.register('yearFrom', { validate: (value) => !value.trim() || isYear(value) || 'year_format' })}
          />
          <TextField
            label={t('fields.yearTo')}
            error={fieldError('yearTo')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            {...form.register('yearTo', {
              validate: (value, all) => {
                if (!value.trim()) return true;
                if (!isYear(value)) return 'year_format';
                return !isYear(all.yearFrom) || Number(halfWidth(all.yearFrom)) <= Number(halfWidth(value)) || 'year_range';
              },
            })}
          />
        </div>
      </fieldset>

      <fieldset className="form-fieldset">
        <legend>{t('fields.materialTypes')}</legend>
        <div className="check-group">
          {MaterialType.options.map((type) => (
            <label key={type} className="check-option">
              <input type="checkbox" value={type} {...form.register('materialTypes')} />
              {t(`materialType.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-branch`}>{t('fields.branch')}</label>
        <select id={`${id}-branch`} {...form.register('branch')}>
          <option value="">{t('fields.allBranches')}</option>
          {branches.map((branch) => (
            <option key={branch.id} value={branch.id}>
              {localized(branch.name, i18n.language)}
            </option>
          ))}
        </select>
      </div>

      <div className="check-field">
        <label className="check-option">
          <input type="checkbox" aria-describedby={`${id}-available`} {...form.register('available')} />
          {t('fields.available')}
        </label>
        <p id={`${id}-available`} className="field-hint">
          {t('advanced.availableHint')}
        </p>
      </div>

      <div className="form-buttons">
        <button type="submit" className="button button-primary" disabled={check.isPending}>
          {check.isPending ? t('advanced.submitting') : t('advanced.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={clear}>
          {t('advanced.clear')}
        </button>
      </div>
    </form>
  );
}
