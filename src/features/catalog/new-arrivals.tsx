import { useId, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MaterialType } from '../../api/contract/common';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import type { ListNavigationState } from './catalog-links';
import { useNewArrivals } from './get-new-arrivals';
import { MaterialTypeSelect } from './material-type-select';
import { Pager } from './pager';
import { materialTypesFrom, pageFrom } from './search-criteria';
import { TitleList, type TitleListActions } from './title-list';
import { useFocusOnArrival } from './use-focus-on-arrival';
import './catalog.css';

/** The periods a patron can choose; the last is the default. */
const arrivalDays = [7, 14, 30] as const;
const DEFAULT_DAYS = 30;

interface NewArrivalsOptionsInAddress {
  days: number;
  materialType: MaterialType | null;
  page: number;
}

function optionsFrom(params: URLSearchParams): NewArrivalsOptionsInAddress {
  const days = Number(params.get('days'));
  return {
    days: (arrivalDays as readonly number[]).includes(days) ? days : DEFAULT_DAYS,
    materialType: materialTypesFrom(params.get('materialTypes'))[0] ?? null,
    page: pageFrom(params.get('page')),
  };
}

function paramsOf({ days, materialType, page }: NewArrivalsOptionsInAddress): Record<string, string> {
  const params: Record<string, string> = {};
  if (days !== DEFAULT_DAYS) params.days = String(days);
  if (materialType) params.materialTypes = materialType;
  if (page > 1) params.page = String(page);
  return params;
}

/** 新着資料: what the library acquired in the last 7, 14 or 30 days, newest first, with the list's selection. */
export function NewArrivalsView({ actions }: { actions: TitleListActions }) {
  const { t } = useTranslation('catalog');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const options = optionsFrom(params);
  const arrivals = useNewArrivals(options);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const daysId = useId();
  useFocusOnArrival(headingRef, arrivals.isSuccess && !arrivals.isPlaceholderData);

  const hrefWith = (changes: Partial<NewArrivalsOptionsInAddress>) => paths.newArrivals(paramsOf({ ...options, ...changes }));
  const keepFocus: ListNavigationState = { keepFocus: true };

  return (
    <>
      <div className="filters">
        <div className="filter-field">
          <label htmlFor={daysId}>{t('filter.days')}</label>
          <select
            id={daysId}
            value={options.days}
            onChange={(event) => navigate(hrefWith({ days: Number(event.target.value), page: 1 }), { state: keepFocus })}
          >
            {arrivalDays.map((days) => (
              <option key={days} value={days}>
                {t('filter.daysOption', { count: days })}
              </option>
            ))}
          </select>
        </div>
        <MaterialTypeSelect
          value={options.materialType}
          onChange={(materialType) => navigate(hrefWith({ materialType, page: 1 }), { state: keepFocus })}
        />
      </div>
      {arrivals.isPending ? <Loading /> : null}
      {arrivals.isError ? <LoadError message={errorMessage(arrivals.error)} onRetry={() => void arrivals.refetch()} /> : null}
      {arrivals.isSuccess ? (
        <section className="results" aria-labelledby="arrivals-heading">
          <div className="results-head">
            <div>
              <h2 id="arrivals-heading" className="results-heading" ref={headingRef} tabIndex={-1}>
                {t('newArrivals.heading', { count: arrivals.data.total })}
              </h2>
              <p className="results-range">{t('newArrivals.lead', { since: formatDate(arrivals.data.since, currentLanguage()) })}</p>
            </div>
          </div>
          {arrivals.isPlaceholderData ? <Loading label={t('results.updating')} /> : null}
          {arrivals.data.items.length === 0 ? (
            <p className="empty">{t('newArrivals.empty')}</p>
          ) : (
            <>
              <TitleList
                key={JSON.stringify(options)}
                entries={arrivals.data.items.map((title) => ({ title }))}
                label={t('newArrivals.listLabel')}
                back={{ kind: 'newArrivals', href: `${location.pathname}${location.search}` }}
                actions={actions}
                busy={arrivals.isPlaceholderData}
              />
              <Pager
                page={arrivals.data.page}
                pages={Math.ceil(arrivals.data.total / arrivals.data.pageSize)}
                href={(page) => hrefWith({ page })}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
