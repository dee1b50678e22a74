import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanItem, LoanList } from '../../api/contract/loans';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { StepHeading } from '../../components/step-heading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useLoans } from '../../api/queries/loans';
import { useLoanWords } from './use-loan-words';

/** 貸出状況を確認する: back to the list, in the library's name for it. */
export function BackToLoans() {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  return (
    <p>
      <Link to={paths.mypageLoans()}>{t('toList', { list: words.listName })}</Link>
    </p>
  );
}

/** The patron's loans for a 貸出延長 screen: loading, or failed with a retry, said in words. */
export function LoansLoader({ children }: { children: (loans: LoanList) => ReactNode }) {
  const errorMessage = useErrorMessage();
  const loans = useLoans();
  if (!loans.data) {
    if (loans.isError) return <LoadError message={errorMessage(loans.error)} onRetry={() => void loans.refetch()} />;
    return <Loading />;
  }
  return children(loans.data);
}

/** The loan a 貸出延長 screen is about; one not (or no longer) the patron's is said so, with the way back to the list. */
export function LoanLoader({ loanId, heading, children }: { loanId: string; heading: string; children: (item: LoanItem) => ReactNode }) {
  const { t } = useTranslation('loan');
  return (
    <LoansLoader>
      {({ items }) => {
        const item = items.find((candidate) => candidate.id === loanId);
        if (item) return children(item);
        return (
          <div className="loan-step">
            <StepHeading>{heading}</StepHeading>
            <Alert tone="info">
              <p>{t('notFound')}</p>
            </Alert>
            <BackToLoans />
          </div>
        );
      }}
    </LoansLoader>
  );
}
