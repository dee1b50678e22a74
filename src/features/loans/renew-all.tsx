import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanList, RenewAllResult, RenewalRefusal } from '../../api/contract/loans';
import { Alert } from '../../components/alert';
import { ResultSection } from '../../components/result-section';
import { StepHeading } from '../../components/step-heading';
import { newRequestId } from '../../lib/new-request-id';
import { paths } from '../../lib/paths';
import { BackToLoans, LoansLoader } from './loan-loader';
import { RenewFailed } from './renew-failed';
import { useRenewAllLoans } from './use-loan-changes';
import { loanName, useLoanWords } from './use-loan-words';
import './loans.css';

/** 【理由】 and the reason in words, after a title that is not (or will not be) renewed. */
function Reason({ reason }: { reason: RenewalRefusal | null }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  if (!reason) return null;
  return (
    <span className="result-reason">
      {t('renewAll.reason')}
      {words.refusal(reason)}
    </span>
  );
}

/**
 * 一括延長確認 → 延長する → 一括延長の結果, where each title says 延長しました (with its new due date)
 * or 延長できませんでした (with the reason). The library decides per loan when it renews, so the
 * result, not the confirmation, is the truth; a failure renews nothing and says so.
 */
export function RenewAll() {
  const renewAll = useRenewAllLoans();
  if (renewAll.isSuccess) return <RenewAllOutcome result={renewAll.data} />;
  return <LoansLoader>{(loans) => <RenewAllConfirmation loans={loans} renewAll={renewAll} />}</LoansLoader>;
}

function RenewAllConfirmation({ loans, renewAll }: { loans: LoanList; renewAll: ReturnType<typeof useRenewAllLoans> }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const id = useId();
  // One id for the life of this screen: a retry after a failure is the same 一括延長 to the library.
  const [requestId] = useState(newRequestId);
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    const result = await renewAll.mutateAsync(requestId).catch(() => null);
    if (!result) sending.current = false;
  };
  const renewable = loans.items.filter((item) => item.actions.renew.allowed);
  const kept = loans.items.filter((item) => !item.actions.renew.allowed);

  return (
    <div className="loan-step">
      <StepHeading>{t('renewAll.title')}</StepHeading>
      {renewAll.isError ? <RenewFailed error={renewAll.error} failed={t('renewAll.failed')} /> : null}
      {renewable.length > 0 ? (
        <p>{t('renewAll.lead')}</p>
      ) : (
        <Alert tone="info">
          <p>{t('renewAll.none')}</p>
        </Alert>
      )}
      {renewable.length > 0 ? (
        <section className="result-section loan-plan-renew" aria-labelledby={`${id}-renew`}>
          <h2 id={`${id}-renew`}>{t('renewAll.will', { count: renewable.length })}</h2>
          <ul>
            {renewable.map((item) => (
              <li key={item.id}>
                <span className="result-title">{loanName(item)}</span>
                <span className="loan-due-change">
                  {t('renewAll.dueChange', { from: words.date(item.dueDate), to: words.date(item.actions.renew.newDueDate!) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {kept.length > 0 ? (
        <section className="result-section result-refused" aria-labelledby={`${id}-kept`}>
          <h2 id={`${id}-kept`}>{t('renewAll.wont', { count: kept.length })}</h2>
          <ul>
            {kept.map((item) => (
              <li key={item.id}>
                <span className="result-title">{loanName(item)}</span>
                <Reason reason={item.actions.renew.reason} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {renewable.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={renewAll.isPending} onClick={() => void send()}>
            {renewAll.isPending ? t('renewAll.submitting') : t('renewAll.submit')}
          </button>
          <Link to={paths.mypageLoans()} className="button">
            {t('back')}
          </Link>
        </div>
      ) : (
        <BackToLoans />
      )}
    </div>
  );
}

function RenewAllOutcome({ result }: { result: RenewAllResult }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const renewed = result.outcomes.filter((outcome) => outcome.renewed);
  const notRenewed = result.outcomes.filter((outcome) => !outcome.renewed);
  return (
    <div className="loan-step">
      <StepHeading>{t('renewAll.resultTitle')}</StepHeading>
      <ResultSection
        heading={t('renewAll.renewed', { count: renewed.length })}
        tone="done"
        rows={renewed.map((outcome) => ({
          key: outcome.loanId,
          name: loanName(outcome),
          detail: <span className="loan-outcome-due">{t('renewAll.newDue', { date: words.date(outcome.dueDate) })}</span>,
        }))}
      />
      <ResultSection
        heading={t('renewAll.notRenewed', { count: notRenewed.length })}
        tone="refused"
        rows={notRenewed.map((outcome) => ({ key: outcome.loanId, name: loanName(outcome), detail: <Reason reason={outcome.reason} /> }))}
      />
      <BackToLoans />
    </div>
  );
}
