import type { LoanRow } from '../../db/schema';

/**
 * 貸出履歴 (p004): 「「利用する」を設定登録した以降に借りた資料を記録します」 — a loan is recorded when it
 * was borrowed once the patron had opted in (`since`), and listed once it is returned. A loan
 * borrowed before the opt-in stays out, even when it comes back after it.
 */
export function isInLoanHistory(loan: Pick<LoanRow, 'loanedAt' | 'returnedAt'>, since: string): boolean {
  return loan.returnedAt !== null && loan.loanedAt >= since;
}
