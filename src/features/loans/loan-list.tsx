import { useId, useState, type ComponentProps } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanItem, LoanList as LoanListData } from '../../api/contract/loans';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useFollowLinks } from '../../lib/use-follow-links';
import { useRowsToDraw } from '../../lib/use-rows-to-draw';
import { useLoans } from '../../api/queries/loans';
import { OFFLINE_REASON_ID, useOffline } from '../../api/queries/offline';
import { FetchedAt } from '../../components/fetched-at';
import { LoanRow } from './loan-row';
import { useLoanWords, type LoanColumn } from './use-loan-words';
import './loans.css';
import { EmptyList } from '../../components/empty-list';

type Order = 'ascending' | 'descending';

const columns: readonly LoanColumn[] = ['copyId', 'title', 'loanedAt', 'dueDate', 'reserved', 'note', 'branch', 'materialType', 'actions'];

/** By due date, nearest or farthest first; loans due the same day keep the library's order (by title). */
function sortedByDue(items: readonly LoanItem[], order: Order): LoanItem[] {
  const direction = order === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -direction : direction));
}

/** The rows of 貸出状況: a screenful first, the rest a render later (see useRowsToDraw). */
function LoanRows({ items, ...row }: { items: LoanItem[] } & Omit<ComponentProps<typeof LoanRow>, 'item'>) {
  const drawn = useRowsToDraw(items.length);
  return (
    <tbody role="rowgroup">
      {items.slice(0, drawn).map((item) => (
        <LoanRow key={item.id} item={item} {...row} />
      ))}
    </tbody>
  );
}

/**
 * What the patron should see first: how many are out, how many are late, and the next day
 * something has to go back (the nearest due date of a loan not yet overdue).
 */
function LoanOverview({ data }: { data: LoanListData }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const { counts, nextDueDate } = data;
  return (
    <dl className="loan-overview">
      <div className="count">
        <dt>{t('list.total')}</dt>
        <dd>{t('list.count', { count: counts.total })}</dd>
      </div>
      <div className={counts.overdue > 0 ? 'count count-warning' : 'count'}>
        <dt>{t('list.overdue')}</dt>
        <dd>{t('list.count', { count: counts.overdue })}</dd>
      </div>
      {nextDueDate ? (
        <div className="count loan-count-next">
          <dt>{t('list.nextDue')}</dt>
          <dd>{words.date(nextDueDate)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** 一括延長: a link to its confirmation while anything may be renewed; otherwise the same words, disabled, with the reason. */
function RenewAllAction({ renewable }: { renewable: number }) {
  const { t } = useTranslation('loan');
  const whyId = useId();
  const offline = useOffline();
  if (renewable > 0 && !offline) {
    return (
      <div className="loan-toolbar">
        <Link to={paths.loansRenewAll()} className="button">
          {t('list.renewAll')}
        </Link>
        <p className="loan-why">{t('list.renewAllHint', { count: renewable })}</p>
      </div>
    );
  }
  return (
    <div className="loan-toolbar">
      <button type="button" className="button" disabled aria-describedby={offline ? OFFLINE_REASON_ID : whyId}>
        {t('list.renewAll')}
      </button>
      {offline ? null : (
        <p id={whyId} className="loan-why">
          {t('list.renewAllNone')}
        </p>
      )}
    </div>
  );
}

/**
 * 貸出状況: the counts and the next due date, then every loan with 資料コード, title, 貸出日,
 * 返却期限日 (sortable), 予約 有, 延滞, 貸出館 and 区分, and per loan 貸出延長 — disabled, with the
 * reason in words, where the library does not allow it. 一括延長 renews all that may be. Where the
 * library renews only at its counter (p000), neither: its sentence says so once, above the list.
 */
export function LoanList() {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const id = useId();
  const errorMessage = useErrorMessage();
  const loans = useLoans();
  const offline = useOffline();
  const followLinks = useFollowLinks();
  const [order, setOrder] = useState<Order>('ascending');

  if (!loans.data) {
    if (loans.isError) return <LoadError message={errorMessage(loans.error)} onRetry={() => void loans.refetch()} />;
    return <Loading />;
  }

  const { items, counts } = loans.data;
  const refreshFailed = offline ? (
    <FetchedAt at={loans.dataUpdatedAt} />
  ) : loans.isError ? (
    <LoadError message={`${t('list.refreshFailed')} ${errorMessage(loans.error)}`} onRetry={() => void loans.refetch()} />
  ) : null;

  if (items.length === 0) {
    return (
      <div className="loans">
        <h2 className="visually-hidden">{words.listName}</h2>
        {refreshFailed}
        <EmptyList message={t('list.empty')} toSearch={t('list.toSearch')} />
      </div>
    );
  }

  // Where no loan may be renewed online for the same reason of the library's (p000), it is said once, above the list.
  const counterOnly = items.every((item) => item.actions.renew.reason === 'not-offered');
  const shownColumns = counterOnly ? columns.filter((column) => column !== 'actions') : columns;
  const labels = Object.fromEntries(columns.map((column) => [column, words.column(column)])) as Record<LoanColumn, string>;
  const label = (column: LoanColumn) => labels[column];

  return (
    <div className="loans" onClick={followLinks}>
      {refreshFailed}
      <section className="loans-all" aria-labelledby={id}>
        <h2 id={id} className="loans-heading">
          {words.listName}
        </h2>
        <LoanOverview data={loans.data} />
        <p>
          <Link to={paths.libraryCalendar()}>{t('list.calendar')}</Link>
        </p>
        {counts.overdue > 0 ? <p className="loan-overdue-advice">{t('list.overdueAdvice')}</p> : null}
        {counterOnly ? (
          <p className="loan-counter-note">{words.refusal('not-offered')}</p>
        ) : (
          <RenewAllAction renewable={counts.renewable} />
        )}
        <table className="loan-table" role="table">
          <caption className="visually-hidden">{t('list.caption', { list: words.listName })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {shownColumns.map((column) =>
                column === 'dueDate' ? (
                  <th key={column} role="columnheader" scope="col" className="col-dueDate" aria-sort={order}>
                    <button
                      type="button"
                      className="loan-sort"
                      onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}
                    >
                      {label(column)}
                      <span className="loan-sort-order">{order === 'ascending' ? t('list.sortAscending') : t('list.sortDescending')}</span>
                      <span className="loan-sort-arrow" aria-hidden="true">
                        {order === 'ascending' ? '▲' : '▼'}
                      </span>
                    </button>
                  </th>
                ) : (
                  <th key={column} role="columnheader" scope="col" className={`col-${column}`}>
                    {label(column)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <LoanRows items={sortedByDue(items, order)} t={t} words={words} label={label} counterOnly={counterOnly} offline={offline} />
        </table>
      </section>
    </div>
  );
}
