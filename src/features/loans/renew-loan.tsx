import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanItem } from '../../api/contract/loans';
import { useLibraryInfo } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { StepHeading } from '../../components/step-heading';
import { newRequestId } from '../../lib/new-request-id';
import { paths } from '../../lib/paths';
import { LoanFacts } from './loan-facts';
import { BackToLoans, LoanLoader } from './loan-loader';
import { RenewFailed } from './renew-failed';
import { useRenewLoan } from './use-loan-changes';
import { useLoanWords } from './use-loan-words';
import './loans.css';

/**
 * 貸出延長確認 → 変更する → 「貸出延長しました」 with the new due date. A failure changes nothing and
 * says so; where the library refused (reserved meanwhile, overdue since midnight) it says why.
 */
export function RenewLoan({ loanId }: { loanId: string }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const renew = useRenewLoan();

  if (renew.isSuccess) {
    return (
      <div className="loan-step">
        <StepHeading>{t('renew.done')}</StepHeading>
        <p className="loan-new-due">{t('renew.doneLead', { date: words.date(renew.data.dueDate) })}</p>
        <LoanFacts item={renew.data} />
        <BackToLoans />
      </div>
    );
  }
  return (
    <LoanLoader loanId={loanId} heading={t('renew.title')}>
      {(item) => <RenewConfirmation item={item} renew={renew} />}
    </LoanLoader>
  );
}

function RenewConfirmation({ item, renew }: { item: LoanItem; renew: ReturnType<typeof useRenewLoan> }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const rules = useLibraryInfo().data?.loans;
  // One id for the life of this screen: a retry after a failure is the same renewal to the library.
  const [requestId] = useState(newRequestId);
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    const renewed = await renew.mutateAsync({ loanId: item.id, requestId }).catch(() => null);
    // Renewed: this screen has done its work and sends nothing more. Failed: the patron may try again.
    if (!renewed) sending.current = false;
  };
  const { allowed, reason, newDueDate } = item.actions.renew;

  return (
    <div className="loan-step">
      <StepHeading>{t('renew.title')}</StepHeading>
      {renew.isError ? <RenewFailed error={renew.error} failed={t('renew.failed')} /> : null}
      {allowed ? (
        <p>{t('renew.lead', { submit: words.renewSubmit })}</p>
      ) : reason && !renew.isError ? (
        <Alert tone="info">
          <p>{words.refusal(reason)}</p>
        </Alert>
      ) : null}
      <LoanFacts item={item} newDueDate={newDueDate} />
      {allowed ? (
        <>
          {rules ? (
            <p className="help">{t(`renew.rule.${rules.renewalFrom}`, { days: rules.renewalDays, max: rules.maxRenewals })}</p>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={renew.isPending} onClick={() => void send()}>
              {renew.isPending ? t('renew.submitting') : words.renewSubmit}
            </button>
            <Link to={paths.mypageLoans()} className="button">
              {t('back')}
            </Link>
          </div>
        </>
      ) : (
        <BackToLoans />
      )}
    </div>
  );
}
