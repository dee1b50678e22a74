import type { LoanHistory, LoanItem, LoanList, RenewAllResult } from '../../src/api/contract/loans';
import type { LoanRow, PatronRow } from '../db/schema';
import { closedDayLookup, type ClosedDayLookup } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { isOverdue, isReservedByOthers, overdueDays, renewalDecision, type RenewalDecision } from '../domain/loans/renewal';
import { fromIso, tokyoDate, toIso } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { defineHandler } from './define-handler';

/** What one request knows about the day: today in Tokyo and the library's closed days. */
interface Day {
  today: string;
  isClosed: ClosedDayLookup;
}

const dayOf = (library: Library, now: number): Day => ({ today: tokyoDate(now), isClosed: closedDayLookup(library.db.tables.closedDays.all()) });

const reservedByOthers = (library: Library, loan: LoanRow) => isReservedByOthers(library.db.tables.reservations.where('titleId', loan.titleId), loan.patronId);

function decide(library: Library, loan: LoanRow, day: Day, reserved = reservedByOthers(library, loan)): RenewalDecision {
  return renewalDecision({ loan, today: day.today, reservedByOthers: reserved }, library.profile, day.isClosed);
}

function presentLoan(library: Library, loan: LoanRow, day: Day): LoanItem {
  const title = library.db.tables.titles.get(loan.titleId);
  const reserved = reservedByOthers(library, loan);
  const decision = decide(library, loan, day, reserved);
  return {
    id: loan.id,
    copyId: loan.copyId,
    titleId: loan.titleId,
    title: title?.title ?? loan.titleId,
    volumeLabel: title?.volumeLabel ?? null,
    materialType: title?.materialType ?? 'book',
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

const byDueDate = (a: LoanItem, b: LoanItem) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1);

function currentLoans(library: Library, patron: PatronRow, day: Day): LoanItem[] {
  return library.db.tables.loans
    .where('patronId', patron.id)
    .filter((loan) => loan.returnedAt === null)
    .map((loan) => presentLoan(library, loan, day))
    .sort(byDueDate);
}

/** The answer to a renewal is kept under its request id: a retry gets the same answer and renews nothing twice. */
const renewalKey = (patronId: string, requestId: string) => `renewal:${patronId}:${requestId}`;

interface StoredRenewal {
  /** The loan renewed, or '*' for 一括延長. */
  target: string;
  result: LoanItem | RenewAllResult;
}

function storedRenewal(library: Library, patron: PatronRow, requestId: string, target: string): StoredRenewal['result'] | undefined {
  const stored = library.db.tables.meta.get(renewalKey(patron.id, requestId))?.value as StoredRenewal | undefined;
  if (!stored) return undefined;
  if (stored.target !== target) throw new DomainError('CONFLICT', 'This requestId was used for another renewal');
  return stored.result;
}

function storeRenewal(library: Library, patron: PatronRow, requestId: string, stored: StoredRenewal): void {
  library.db.tables.meta.insert({ key: renewalKey(patron.id, requestId), value: stored });
}

/** Renews one loan that may be renewed: the new due date, one renewal more, and a fresh reminder for the new date. */
function renew(library: Library, loan: LoanRow, newDueDate: string): LoanRow {
  return library.db.tables.loans.update(loan.id, { dueDate: newDueDate, renewals: loan.renewals + 1, reminderSentAt: null });
}

function presentHistory(library: Library, patron: PatronRow): LoanHistory {
  const offered = library.profile.features.loanHistory;
  const since = offered ? patron.loanHistorySince : null;
  const items =
    since === null
      ? []
      : library.db.tables.loans
          .where('patronId', patron.id)
          .filter((loan) => loan.returnedAt !== null && loan.returnedAt >= since)
          .sort((a, b) => (a.returnedAt! < b.returnedAt! ? 1 : a.returnedAt! > b.returnedAt! ? -1 : a.id < b.id ? 1 : -1))
          .map((loan) => {
            const title = library.db.tables.titles.get(loan.titleId);
            return {
              loanId: loan.id,
              titleId: loan.titleId,
              title: title?.title ?? loan.titleId,
              volumeLabel: title?.volumeLabel ?? null,
              materialType: title?.materialType ?? 'book',
              loanedAt: tokyoDate(fromIso(loan.loanedAt)),
              returnedAt: tokyoDate(fromIso(loan.returnedAt!)),
            };
          });
  return { offered, enabled: since !== null, since, items };
}

export const loanHandlers = [
  defineHandler('getLoans', ({ library, patron, now }): LoanList => {
    const day = dayOf(library, now);
    const items = currentLoans(library, patron, day);
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

  defineHandler('renewLoan', ({ library, patron, params, body, now }) => {
    const stored = storedRenewal(library, patron, body.requestId, params.loanId);
    if (stored) return stored as LoanItem;
    const loan = library.db.tables.loans.get(params.loanId);
    if (!loan || loan.patronId !== patron.id || loan.returnedAt !== null) throw new DomainError('NOT_FOUND', `No current loan ${params.loanId}`);
    const day = dayOf(library, now);
    const decision = decide(library, loan, day);
    if (!decision.allowed) throw new DomainError('CONFLICT', `Renewing is not possible: ${decision.reason}`, { reason: decision.reason });
    const result = presentLoan(library, renew(library, loan, decision.newDueDate), day);
    storeRenewal(library, patron, body.requestId, { target: loan.id, result });
    return result;
  }),

  defineHandler('renewAllLoans', ({ library, patron, body, now }) => {
    const stored = storedRenewal(library, patron, body.requestId, '*');
    if (stored) return stored as RenewAllResult;
    const day = dayOf(library, now);
    const outcomes = currentLoans(library, patron, day).map((item) => {
      const loan = library.db.tables.loans.get(item.id)!;
      const { renew: decision } = item.actions;
      if (decision.allowed) renew(library, loan, decision.newDueDate!);
      return {
        loanId: item.id,
        title: item.title,
        volumeLabel: item.volumeLabel,
        renewed: decision.allowed,
        dueDate: decision.newDueDate ?? item.dueDate,
        reason: decision.reason,
      };
    });
    const result: RenewAllResult = { outcomes };
    storeRenewal(library, patron, body.requestId, { target: '*', result });
    return result;
  }),

  defineHandler('getLoanHistory', ({ library, patron }) => presentHistory(library, patron)),

  defineHandler('setLoanHistory', ({ library, patron, body, now }) => {
    if (!library.profile.features.loanHistory) throw new DomainError('CONFLICT', 'This library keeps no loan history', { reason: 'not-offered' });
    const enabled = patron.loanHistorySince !== null;
    if (body.enabled === enabled) return presentHistory(library, patron);
    // Opting in records from now on; opting out forgets: a later opt-in starts afresh.
    const updated = library.db.tables.patrons.update(patron.id, { loanHistorySince: body.enabled ? toIso(now) : null });
    return presentHistory(library, updated);
  }),
];
