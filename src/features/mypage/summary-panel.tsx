import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { useSummary } from '../../api/queries/summary';
import { useLibraryLabel } from '../../api/queries/library-info';
import { useOffline } from '../../api/queries/offline';
import { FetchedAt } from '../../components/fetched-at';

/**
 * The patron at a glance: name, masked card number and how many loans, reservations and ready
 * items. Drawn again when its own data or words change, not on each tab switch of マイページ.
 */
export const SummaryPanel = memo(function SummaryPanel({ cartLabel }: { cartLabel: string }) {
  const { t } = useTranslation('mypage');
  // The card number by the name the login form gives it (p000's 登録番号).
  const card = useLibraryLabel()('login.cardNumber', 'mypage:cardNumber');
  const errorMessage = useErrorMessage();
  const summary = useSummary();
  const offline = useOffline();
  if (summary.isPending) return <Loading />;
  // Offline, what was read before stands, dated (FetchedAt); otherwise a failed read shows the error.
  if (summary.isError && !(offline && summary.data))
    return <LoadError message={errorMessage(summary.error)} onRetry={() => void summary.refetch()} />;
  const { name, nameKana, cardNumberMasked, counts } = summary.data;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('summaryTitle')}
      </h2>
      <FetchedAt at={summary.dataUpdatedAt} />
      <div className="summary-patron">
        <p className="summary-name">
          <ruby>
            {name}
            <rt>{nameKana}</rt>
          </ruby>
        </p>
        <p className="summary-card">
          {card}: <span className="mono">{cardNumberMasked}</span>
        </p>
      </div>
      <dl className="summary-counts">
        <div className={counts.overdueLoans > 0 ? 'count count-warning' : 'count'}>
          <dt>{t('loans')}</dt>
          <dd>
            {t('countBooks', { count: counts.loans })}
            {counts.overdueLoans > 0 ? <span className="count-note">{t('overdueNote', { count: counts.overdueLoans })}</span> : null}
          </dd>
        </div>
        <div className={counts.readyReservations > 0 ? 'count count-highlight' : 'count'}>
          <dt>{t('reservations')}</dt>
          <dd>
            {t('countCases', { count: counts.reservations })}
            {counts.readyReservations > 0 ? (
              <span className="count-note">{t('readyNote', { count: counts.readyReservations })}</span>
            ) : null}
          </dd>
        </div>
        <div className="count">
          <dt>{cartLabel}</dt>
          <dd>{t('countItems', { count: counts.cartItems })}</dd>
        </div>
      </dl>
    </section>
  );
});
