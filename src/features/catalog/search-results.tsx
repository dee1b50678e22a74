import { useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchSort } from '../../api/contract/catalogue';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import type { ListNavigationState } from './catalog-links';
import { CriteriaSummary } from './criteria-summary';
import { fieldIssuesOf } from './field-issues';
import { Pager } from './pager';
import { useSearchCatalogue } from './search-catalogue';
import { criteriaToParams, toSearchQuery, type SearchCriteria } from './search-criteria';
import { TitleList, type TitleListActions } from './title-list';
import { useFocusOnArrival } from './use-focus-on-arrival';
import './catalog.css';

interface SearchResultsProps {
  criteria: SearchCriteria;
  /** What the patron can do with the titles ticked, e.g. 予約かごへ. */
  actions: TitleListActions;
}

/** 検索結果一覧: the criteria in words, the count, the sort, a page of titles and the pages. */
export function SearchResults({ criteria, actions }: SearchResultsProps) {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const query = toSearchQuery(criteria);
  const search = useSearchCatalogue(query);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef, search.isSuccess && !search.isPlaceholderData);

  const hrefWith = (changes: Partial<SearchCriteria>) => paths.search(criteriaToParams({ ...criteria, ...changes }));
  const refineHref = paths.advancedSearch(criteriaToParams({ ...criteria, page: 1 }));
  const keepFocus: ListNavigationState = { keepFocus: true };

  const body = () => {
    if (search.isPending) return <Loading />;
    if (search.isError) {
      const issues = fieldIssuesOf(search.error);
      if (issues.length > 0) {
        return (
          <Alert tone="error" action={<Link to={refineHref}>{t('results.fix')}</Link>}>
            <p>{t('results.invalid')}</p>
            <ul className="issue-list">
              {issues.map((issue) => (
                <li key={`${issue.field}-${issue.code}`}>{fieldMessage(issue)}</li>
              ))}
            </ul>
          </Alert>
        );
      }
      return <LoadError message={errorMessage(search.error)} onRetry={() => void search.refetch()} />;
    }

    const { items, total, page, pageSize, sort } = search.data;
    const pages = Math.ceil(total / pageSize);
    const from = (page - 1) * pageSize + 1;
    return (
      <section className="results" aria-labelledby="results-heading">
        <div className="results-head">
          <div>
            <h2 id="results-heading" className="results-heading" ref={headingRef} tabIndex={-1}>
              {t('results.heading', { count: total })}
            </h2>
            {items.length > 0 ? <p className="results-range">{t('results.range', { total, from, to: from + items.length - 1 })}</p> : null}
          </div>
          {total > 1 ? (
            <div className="sort-field">
              <label htmlFor="results-sort">{t('fields.sort')}</label>
              <select
                id="results-sort"
                value={sort}
                onChange={(event) => navigate(hrefWith({ sort: SearchSort.parse(event.target.value), page: 1 }), { state: keepFocus })}
              >
                {SearchSort.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`sort.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {search.isPlaceholderData ? <Loading label={t('results.updating')} /> : null}
        {total === 0 ? (
          <div className="empty">
            <p>{t('results.empty')}</p>
            <p>{t('results.tipsTitle')}</p>
            <ul>
              <li>{t('results.tipFewer')}</li>
              <li>{t('results.tipReading')}</li>
              <li>
                <Link to={refineHref}>{t('results.tipAdvanced')}</Link>
              </li>
              <li>
                <Link to={paths.newArrivals()}>{t('results.tipNewArrivals')}</Link>
              </li>
            </ul>
          </div>
        ) : items.length === 0 ? (
          <div className="empty">
            <p>{t('results.beyond', { pages })}</p>
            <p>
              <Link to={hrefWith({ page: 1 })}>{t('results.firstPage')}</Link>
            </p>
          </div>
        ) : (
          <>
            <TitleList
              key={JSON.stringify(query)}
              entries={items.map((title) => ({ title }))}
              label={t('results.listLabel')}
              back={{ kind: 'results', href: `${location.pathname}${location.search}` }}
              actions={actions}
              busy={search.isPlaceholderData}
            />
            <Pager page={page} pages={pages} href={(n) => hrefWith({ page: n })} />
          </>
        )}
      </section>
    );
  };

  return (
    <>
      <div className="criteria-bar">
        <CriteriaSummary criteria={criteria} />
        <p className="criteria-links">
          <Link to={refineHref}>{t('results.refine')}</Link>
        </p>
      </div>
      {body()}
    </>
  );
}
