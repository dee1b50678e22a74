import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanHistory } from '../../api/contract/loans';
import { Alert } from '../../components/alert';
import { LibraryNotices } from '../../components/library-notices';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import { useLoanHistory } from '../../api/queries/loans';
import { useSetLoanHistory } from './use-loan-changes';
import { loanName, useLoanWords } from './use-loan-words';
import './loans.css';

/**
 * 貸出履歴, a section of 利用者情報 where the library keeps one (p004): off unless the patron turns
 * it on, recording only what is borrowed from that moment, and — after a confirmation, since it cannot be undone —
 * deleted when turned off. Below the switch, the loans returned since, newest first.
 */
export function LoanHistorySection() {
  const { t } = useTranslation('loan');
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
  useEffect(() => {
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

/** The loans returned since the patron turned the history on: title, 貸出日, 返却日. */
function HistoryList({ history }: { history: LoanHistory }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  if (history.items.length === 0) return <p className="empty">{t('history.empty')}</p>;
  const label = (column: 'title' | 'loanedAt' | 'returnedAt') => t(`history.columns.${column}`);
  return (
    <table className="loan-history-table">
      <caption>
        {t('history.caption')} <span className="loan-history-count">{t('history.count', { count: history.items.length })}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{label('title')}</th>
          <th scope="col">{label('loanedAt')}</th>
          <th scope="col">{label('returnedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {history.items.map((item) => (
          <tr key={item.loanId}>
            <td>
              <Link to={paths.title(item.titleId)}>{loanName(item)}</Link>
            </td>
            <td className="loan-history-date">{words.shortDate(item.loanedAt)}</td>
            <td className="loan-history-date">{words.shortDate(item.returnedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
