import { define, patronErrors } from '../endpoint';
import { LoanHistory, LoanHistorySetting, LoanItem, LoanList, LoanParams, RenewAllResult, RenewRequest } from '../loans';

/** A patron's loans: the list, renewing, the loan history. */
export const loansEndpoints = {
  getLoans: define({
    method: 'GET',
    path: '/me/loans',
    summary:
      "貸出状況: the patron's current loans with due dates, 予約 / 延滞 flags, and per loan whether 貸出延長 is possible (and why not)",
    auth: 'patron',
    response: LoanList,
    errors: patronErrors,
  }),
  renewLoan: define({
    method: 'POST',
    path: '/me/loans/:loanId/renew',
    summary: '貸出延長 of one loan; CONFLICT with the reason when the library does not allow it; idempotent by requestId',
    auth: 'patron',
    params: LoanParams,
    body: RenewRequest,
    response: LoanItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
    idempotency: 'keyed',
  }),
  renewAllLoans: define({
    method: 'POST',
    path: '/me/loans/renew-all',
    summary: '一括延長: renews every renewable loan and answers, per loan, renewed (new due date) or not (reason); idempotent by requestId',
    auth: 'patron',
    body: RenewRequest,
    response: RenewAllResult,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'keyed',
  }),
  getLoanHistory: define({
    method: 'GET',
    path: '/me/loan-history',
    summary: '貸出履歴: loans returned since the patron opted in (where the library keeps one)',
    auth: 'patron',
    response: LoanHistory,
    errors: patronErrors,
  }),
  setLoanHistory: define({
    method: 'PUT',
    path: '/me/loan-history',
    summary: 'Opt in to (or out of) 貸出履歴; opting out forgets what was recorded',
    auth: 'patron',
    body: LoanHistorySetting,
    response: LoanHistory,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'safe',
  }),
};
