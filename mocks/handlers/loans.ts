import type { LoanHistory, LoanItem, LoanList, RenewAllResult } from '../../src/api/contract/loans';
import type { LoanRow, PatronRow } from '../db/schema';
import { isOverdue, overdueDays } from '../domain/loans/renewal';
import { fromIso, tokyoDate } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { currentLoansOf, dayOf, renewalOf, reservedByOthers, type Day } from '../use-cases/loans/loan-standing';
import { clearLoanHistory, historySince, loanHistoryOf, removeLoanHistoryItem, setLoanHistory } from '../use-cases/loans/loan-history';
import { renewAllLoans, renewLoan, type RenewalOutcome } from '../use-cases/loans/renew';
import { defineHandler } from './define-handler';
import { titleOf } from './present-title';

function presentLoan(library: Library, loan: LoanRow, day: Day): LoanItem {
  const reserved = reservedByOthers(library, loan);
  const decision = renewalOf(library, loan, day, reserved);
  return {
    id: loan.id,
    copyId: loan.copyId,
    titleId: loan.titleId,
    ...titleOf(library, loan.titleId),
    branchId: loan.branchId,
    loanedAt: tokyoDate(fromIso(loan.loanedAt)),
    dueDate: loan.dueDate,
    renewals: loan.renewals,
    reserved,
    overdue: isOverdue(loan, day.today),
    overdueDays: overdueDays(loan, day.today),
    actions: { renew: decision },
  };
}

type Listed = Pick<LoanItem, 'dueDate' | 'title' | 'id'>;

const byDueDate = (a: Listed, b: Listed) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1;

/** 一括延長 title by title, in the order of the list. */
function presentOutcomes(library: Library, outcomes: readonly RenewalOutcome[]): RenewAllResult {
  const listed = outcomes.map(({ loan, decision }) => {
    const { title, volumeLabel } = titleOf(library, loan.titleId);
    return { id: loan.id, dueDate: loan.dueDate, title, volumeLabel, decision };
  });
  return {
    outcomes: listed.sort(byDueDate).map(({ id, dueDate, title, volumeLabel, decision }) => ({
      loanId: id,
      title,
      volumeLabel,
      renewed: decision.allowed,
      dueDate: decision.newDueDate ?? dueDate,
      reason: decision.reason,
    })),
  };
}

function presentHistory(library: Library, patron: PatronRow): LoanHistory {
  const since = historySince(library, patron);
  const items = loanHistoryOf(library, patron).map((loan) => ({
    loanId: loan.id,
    titleId: loan.titleId,
    ...titleOf(library, loan.titleId),
    loanedAt: tokyoDate(fromIso(loan.loanedAt)),
    returnedAt: tokyoDate(fromIso(loan.returnedAt!)),
  }));
  return { offered: library.profile.features.loanHistory, enabled: since !== null, since, items };
}

export const loanHandlers = [
  defineHandler('getLoans', ({ library, patron, now }): LoanList => {
    const day = dayOf(library, now);
    const items = currentLoansOf(library, patron.id)
      .map((loan) => presentLoan(library, loan, day))
      .sort(byDueDate);
    const upcoming = items.filter((item) => !item.overdue).map((item) => item.dueDate);
    return {
      items,
      counts: {
        total: items.length,
        overdue: items.filter((item) => item.overdue).length,
        renewable: items.filter((item) => item.actions.renew.allowed).length,
      },
      nextDueDate: upcoming.length > 0 ? upcoming.reduce((a, b) => (a < b ? a : b)) : null,
    };
  }),

  defineHandler('renewLoan', ({ library, patron, params, body, now }) =>
    renewLoan(library, patron, params.loanId, body.requestId, now, (loan) => presentLoan(library, loan, dayOf(library, now))),
  ),

  defineHandler('renewAllLoans', ({ library, patron, body, now }) =>
    renewAllLoans(library, patron, body.requestId, now, (outcomes) => presentOutcomes(library, outcomes)),
  ),

  defineHandler('getLoanHistory', ({ library, patron }) => presentHistory(library, patron)),

  defineHandler('setLoanHistory', ({ library, patron, body, now }) =>
    presentHistory(library, setLoanHistory(library, patron, body.enabled, now)),
  ),
  defineHandler('removeLoanHistoryItem', ({ library, patron, params, now }) => {
    removeLoanHistoryItem(library, patron, params.loanId, now);
    return presentHistory(library, patron);
  }),

  defineHandler('clearLoanHistory', ({ library, patron, now }) => {
    clearLoanHistory(library, patron, now);
    return presentHistory(library, patron);
  }),
];
