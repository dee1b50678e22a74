import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanHistory } from '../../api/contract/loans';
import { useRemoveHistory, useSetLoanHistory } from './use-shelf-changes';
import { SaveToShelf } from './save-to-shelf';
import { Alert } from '../../components/alert';
import { LibraryNotices } from '../../components/library-notices';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDateTime, formatShortDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import { useLoanHistory } from '../../api/queries/loans';
import './shelves.css';

/**
 * 貸出履歴, a section of My本棚 where the library keeps one (p004): off unless the patron turns
 * it on, recording only what is borrowed from that moment, and — after a confirmation, since it cannot be undone —
 * deleted when turned off. Below the switch, the loans returned since, newest first.
 */
export function LoanHistorySection() {
  const { t } = useTranslation('shelves');
  const errorMessage = useErrorMessage();
  const id = useId();
  const history = useLoanHistory();
  const change = useSetLoanHistory();
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [done, setDone] = useState<'on' | 'off' | null>(null);
  const switchRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  // A click that comes before the pending state shows must not send the change again.
  const sending = useRef(false);
  // Set when the question closes: focus goes back to the switch once it may take it again.
  const backToSwitch = useRef(false);

  // The question is where reading goes when it opens; when it closes, back to the switch that asked it.
  useLayoutEffect(() => {
    if (confirmingOff) confirmRef.current?.focus();
    else if (backToSwitch.current && !change.isPending) {
      backToSwitch.current = false;
      switchRef.current?.focus();
    }
  }, [confirmingOff, change.isPending]);

  const heading = (
    <h2 id={id} className="loan-history-heading">
      {t('history.title')}
    </h2>
  );
  if (!history.data) {
    return (
      <section className="loan-history" aria-labelledby={id}>
        {heading}
        {history.isError ? <LoadError message={errorMessage(history.error)} onRetry={() => void history.refetch()} /> : <Loading />}
      </section>
    );
  }

  const closeQuestion = () => {
    backToSwitch.current = confirmingOff;
    setConfirmingOff(false);
  };
  // A failure leaves the question open (turning off): the patron may try again or keep recording.
  const send = async (enabled: boolean) => {
    if (sending.current) return;
    sending.current = true;
    setDone(null);
    const answer = await change.mutateAsync(enabled).catch(() => null);
    sending.current = false;
    if (!answer) return;
    setDone(enabled ? 'on' : 'off');
    closeQuestion();
  };

  const { enabled, since, items } = history.data;
  // While the library is asked, the switch shows what the patron chose.
  const shown = change.isPending && change.variables !== undefined ? change.variables : enabled;

  return (
    <section className="loan-history" aria-labelledby={id}>
      {heading}
      <p className="help">{t('history.lead')}</p>
      <LibraryNotices place="account.loanHistory" />
      <div className="loan-history-switch">
        <input
          ref={switchRef}
          id={`${id}-switch`}
          type="checkbox"
          role="switch"
          checked={shown}
          disabled={change.isPending}
          aria-describedby={`${id}-state`}
          onChange={(event) => {
            if (event.target.checked) void send(true);
            else setConfirmingOff(true);
          }}
        />
        <label htmlFor={`${id}-switch`}>{t('history.toggle')}</label>
      </div>
      <p id={`${id}-state`} className="help">
        {enabled && since ? t('history.since', { date: formatDateTime(since, currentLanguage()) }) : t('history.notRecording')}
      </p>
      {change.isPending ? <Loading label={t('history.saving')} /> : null}
      {change.isError ? (
        <Alert tone="error">
          <p>{t('history.failed')}</p>
          <p>{errorMessage(change.error)}</p>
        </Alert>
      ) : null}
      {done ? <Alert tone="success">{t(done === 'on' ? 'history.turnedOn' : 'history.turnedOff')}</Alert> : null}
      {confirmingOff ? (
        <div className="loan-history-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1}>
            {t('history.confirmOff')}
          </h3>
          <p>{t('history.confirmOffBody', { count: items.length })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={change.isPending} onClick={() => void send(false)}>
              {t('history.confirmOffSubmit')}
            </button>
            <button type="button" className="button" disabled={change.isPending} onClick={closeQuestion}>
              {t('history.confirmOffCancel')}
            </button>
          </div>
        </div>
      ) : null}
      {enabled ? <HistoryList history={history.data} /> : null}
    </section>
  );
}

type HistorySort = 'returnedDesc' | 'returnedAsc' | 'title';
type HistoryItem = LoanHistory['items'][number];

const historyName = (item: Pick<HistoryItem, 'title' | 'volumeLabel'>) =>
  item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title;
const collator = new Intl.Collator('ja');
const historySorters: Record<HistorySort, (a: HistoryItem, b: HistoryItem) => number> = {
  // The library answers the newest return first.
  returnedDesc: () => 0,
  returnedAsc: (a, b) => (a.returnedAt < b.returnedAt ? -1 : a.returnedAt > b.returnedAt ? 1 : 0),
  title: (a, b) => collator.compare(historyName(a), historyName(b)),
};

/**
 * The loans returned since the patron turned the history on: title, 貸出日, 返却日; searched by
 * title and sorted; in editing, each may be deleted or saved to a shelf, and all deleted after a question.
 */
function HistoryList({ history }: { history: LoanHistory }) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const errorMessage = useErrorMessage();
  const remove = useRemoveHistory();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<HistorySort>('returnedDesc');
  const [editing, setEditing] = useState(false);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [news, setNews] = useState<string | null>(null);
  if (history.items.length === 0) return <p className="empty">{t('history.empty')}</p>;
  const language = currentLanguage();
  const shown = history.items.filter((item) => historyName(item).includes(query.trim())).sort(historySorters[sort]);
  const label = (column: 'title' | 'loanedAt' | 'returnedAt') => t(`history.columns.${column}`);
  const sortName = t(`history.sorts.${sort}`);
  const drafts = history.items
    .filter((item) => ticked.includes(item.loanId))
    .map((item) => ({
      titleId: item.titleId,
      saved: { title: item.title, volumeLabel: item.volumeLabel, author: '', materialType: item.materialType },
    }));

  return (
    <div className="loan-history-list">
      <div className="history-toolbar">
        <div className="history-field">
          <label htmlFor={`${id}-search`}>{t('history.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <span id={`${id}-hint`} className="help">
            {t('history.searchHint')}
          </span>
        </div>
        <div className="history-field">
          <label htmlFor={`${id}-sort`}>{t('history.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as HistorySort)}>
            {(['returnedDesc', 'returnedAsc', 'title'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`history.sorts.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-small" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('history.editDone') : t('history.edit')}
        </button>
      </div>
      {news ? <Alert tone="success">{news}</Alert> : null}
      {remove.isError ? (
        <Alert tone="error">
          <p>{t('history.removeFailed')}</p>
          <p>{errorMessage(remove.error)}</p>
        </Alert>
      ) : null}
      {editing ? (
        <div className="history-edit">
          <SaveToShelf drafts={drafts} onSaved={() => setTicked([])} />
          <button type="button" className="button button-small" onClick={() => setConfirmingAll(true)}>
            {t('history.removeAll')}
          </button>
          {confirmingAll ? (
            <div className="loan-history-confirm" role="group" aria-labelledby={`${id}-all`}>
              <h3 id={`${id}-all`}>{t('history.confirmAll')}</h3>
              <p>{t('history.confirmAllBody', { count: history.items.length })}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(null, {
                      onSuccess: () => {
                        setConfirmingAll(false);
                        setNews(t('history.removedAll'));
                      },
                    })
                  }
                >
                  {t('history.confirmAllSubmit')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmingAll(false)}>
                  {t('history.confirmAllCancel')}
                </button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="empty">{t('history.noMatch', { query: query.trim() })}</p>
      ) : (
        <table className="loan-history-table">
          <caption>
            {sort === 'returnedDesc' ? t('history.caption') : t('history.sortedCaption', { sort: sortName })}{' '}
            <span className="loan-history-count">{t('history.count', { count: shown.length })}</span>
          </caption>
          <thead>
            <tr>
              {editing ? <th scope="col">{t('history.actions')}</th> : null}
              <th scope="col">{label('title')}</th>
              <th scope="col">{label('loanedAt')}</th>
              <th scope="col">{label('returnedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.loanId}>
                {editing ? (
                  <td className="history-actions">
                    <input
                      type="checkbox"
                      aria-label={t('item.select', { title: historyName(item) })}
                      checked={ticked.includes(item.loanId)}
                      onChange={(event) =>
                        setTicked((current) =>
                          event.target.checked ? [...current, item.loanId] : current.filter((loanId) => loanId !== item.loanId),
                        )
                      }
                    />
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('history.removeOne', { title: historyName(item) })}
                      disabled={remove.isPending}
                      onClick={() =>
                        remove.mutate(item.loanId, { onSuccess: () => setNews(t('history.removed', { title: historyName(item) })) })
                      }
                    >
                      {t('history.remove')}
                    </button>
                  </td>
                ) : null}
                <td>
                  <Link to={paths.title(item.titleId)}>{historyName(item)}</Link>
                </td>
                <td className="loan-history-date">{formatShortDate(item.loanedAt, language)}</td>
                <td className="loan-history-date">{formatShortDate(item.returnedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
