import { useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RankingKind } from '../../api/contract/catalogue';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import type { ListNavigationState } from './catalog-links';
import { useRanking } from './get-ranking';
import { MaterialTypeSelect } from './material-type-select';
import { materialTypesFrom } from './search-criteria';
import { TitleList, type TitleListActions } from './title-list';
import { useFocusOnArrival } from './use-focus-on-arrival';
import './catalog.css';

interface RankingViewProps {
  kind: RankingKind;
  actions: TitleListActions;
}

/** 貸出ベスト (loans in the period) or 予約ベスト (the queues now): rank, count and the title. */
export function RankingView({ kind, actions }: RankingViewProps) {
  const { t } = useTranslation('catalog');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const materialType = materialTypesFrom(params.get('materialTypes'))[0] ?? null;
  const ranking = useRanking(kind, materialType);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef, ranking.isSuccess && !ranking.isPlaceholderData);
  const keepFocus: ListNavigationState = { keepFocus: true };
  const language = currentLanguage();

  return (
    <>
      <p className="lead">{kind === 'loans' ? t('rankings.leadLoans') : t('rankings.leadReservations')}</p>
      <div className="filters">
        <MaterialTypeSelect
          value={materialType}
          onChange={(type) => navigate(paths.ranking(kind, type ? { materialTypes: type } : {}), { state: keepFocus })}
        />
      </div>
      {ranking.isPending ? <Loading /> : null}
      {ranking.isError ? <LoadError message={errorMessage(ranking.error)} onRetry={() => void ranking.refetch()} /> : null}
      {ranking.isSuccess ? (
        <section className="results" aria-labelledby="ranking-heading">
          <h2 id="ranking-heading" className="results-heading" ref={headingRef} tabIndex={-1}>
            {kind === 'loans'
              ? t('rankings.period', { from: formatDate(ranking.data.from, language), to: formatDate(ranking.data.to, language) })
              : t('rankings.asOf', { date: formatDate(ranking.data.to, language) })}
          </h2>
          {ranking.isPlaceholderData ? <Loading label={t('results.updating')} /> : null}
          {ranking.data.items.length === 0 ? (
            <p className="empty">{t('rankings.empty')}</p>
          ) : (
            <TitleList
              key={`${kind}-${materialType ?? ''}`}
              entries={ranking.data.items.map((item) => ({
                title: item.title,
                lead: <p className="rank">{t('rankings.rank', { rank: item.rank })}</p>,
                note: (
                  <p className="rank-count">
                    {kind === 'loans'
                      ? t('rankings.loanCount', { count: item.count })
                      : t('rankings.reservationCount', { count: item.count })}
                  </p>
                ),
              }))}
              label={kind === 'loans' ? t('rankings.loans') : t('rankings.reservations')}
              back={{ kind, href: `${location.pathname}${location.search}` }}
              actions={actions}
              busy={ranking.isPlaceholderData}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
