import { useParams } from 'react-router';
import { LoanList } from '../../features/loans/loan-list';
import { RenewAll } from '../../features/loans/renew-all';
import { RenewLoan } from '../../features/loans/renew-loan';

/** The 貸出状況 tab of マイページ: the counts, the next due date and every loan, with 貸出延長 and 一括延長. */
export function MypageLoansRoute() {
  return <LoanList />;
}

/** 貸出延長確認 of one loan, inside the 貸出状況 tab. */
export function LoanRenewRoute() {
  const { loanId = '' } = useParams();
  return <RenewLoan key={loanId} loanId={loanId} />;
}

/** 一括延長確認 and its result, inside the 貸出状況 tab. */
export function LoansRenewAllRoute() {
  return <RenewAll />;
}
