import type { CopyRow, PatronRow, ReservationRow } from '../../db/schema';
import { nextId } from '../../db/sequences';
import { closedDayLookup, dueDateFor } from '../../domain/calendar';
import { afterCopyLost, awaitsNewCopy, preferredCopy } from '../../domain/counter';
import { DomainError } from '../../domain/errors';
import { loanLimitPassed } from '../../domain/loans/limits';
import { isOpenReservation } from '../../domain/reservation-states';
import { queueOf } from '../../domain/reservations/queue';
import { tokyoDate, toIso } from '../../domain/time';
import { BackOffice, type RecordEvent } from '../../runtime/back-office';
import type { Library } from '../../runtime/library-host';

// The library's counter, for the demo panel: what staff do by hand — check a loan in, lend a
// copy, mark a copy lost, receive a newly bought copy — so that a designer can bring any loan or
// reservation into any state on purpose. Each action goes through the back office's own steps
// (a returned copy goes to the queue exactly as when a patron brings it back on their own).

export interface CounterDesk {
  returnLoan(loanId: string): void;
  /** A group account (団体利用) is lent beyond a patron's limits; anyone else within them. */
  lend(patron: PatronRow, titleId: string, account?: 'patron' | 'group'): void;
  lose(copyId: string): void;
  receive(titleId: string, branchId: string | undefined): void;
  /** A reservation keyed in at the counter goes into the library system at once, without the web's waiting. */
  approve(reservationId: string): void;
}

const refuse = (reason: string, message: string) => new DomainError('CONFLICT', message, { reason });

/** Reservations that still wait for (or hold) a copy: those the counter's actions move. */
const holdsOrAwaits = (reservation: ReservationRow) => isOpenReservation(reservation) && reservation.state !== 'cancel-requested';

export function counterDesk(library: Library, now: number, record: RecordEvent): CounterDesk {
  const office = new BackOffice(library, record);
  const { loans, copies, titles, reservations } = library.db.tables;
  const at = toIso(now);

  const titleOf = (titleId: string) => {
    const title = titles.get(titleId);
    if (!title) throw new DomainError('NOT_FOUND', `No title ${titleId}`);
    return title;
  };

  /** A reservation that gives up the copy it held: back to the head of its title's queue, or to a free copy on a shelf. */
  const requeue = (reservation: ReservationRow) => {
    const freeOnShelf = copies.where('titleId', reservation.titleId).some((copy) => copy.status === 'on-shelf');
    reservations.update(reservation.id, afterCopyLost(freeOnShelf, at));
    office.relabel(reservation.titleId, now);
  };

  return {
    returnLoan(loanId) {
      const loan = loans.get(loanId);
      if (!loan) throw new DomainError('NOT_FOUND', `No loan ${loanId}`);
      if (loan.returnedAt !== null) throw refuse('already-returned', 'This loan was already returned');
      office.bringBack(loan, now);
    },

    lend(patron, titleId, account = 'patron') {
      const title = titleOf(titleId);
      if (title.referenceOnly || title.materialType === 'etext') throw refuse('not-lendable', 'This title is not lent out');
      if (loans.where('patronId', patron.id).some((loan) => loan.titleId === titleId && loan.returnedAt === null)) {
        throw refuse('already-borrowed', 'The patron already borrows this title');
      }
      const borrowing = loans
        .where('patronId', patron.id)
        .filter((loan) => loan.returnedAt === null)
        .map((loan) => titleOf(loan.titleId).materialType);
      if (account === 'patron' && loanLimitPassed(library.profile, borrowing, title.materialType)) {
        throw refuse('loan-limit-exceeded', "The patron has as many items of this kind out as the library's limit");
      }
      const own = reservations
        .where('patronId', patron.id)
        .find((reservation) => reservation.titleId === titleId && holdsOrAwaits(reservation));
      let copy: CopyRow | undefined;
      if (own?.state === 'ready' && own.copyId) copy = copies.get(own.copyId);
      copy ??= preferredCopy(
        copies.where('titleId', titleId).filter((candidate) => candidate.status === 'on-shelf'),
        patron.homeBranchId,
      );
      if (!copy) throw refuse('no-copy-available', 'No copy is on a shelf or held for this patron');
      // The patron has the title now: their reservation of it is done, and a copy it held goes on to the next.
      if (own) {
        reservations.delete(own.id);
        const held = own.copyId && own.copyId !== copy.id ? copies.get(own.copyId) : undefined;
        if (held) office.passOn(held, now);
        office.relabel(titleId, now);
      }
      const branchId = own?.state === 'ready' ? own.pickupBranchId : copy.branchId;
      copies.update(copy.id, { status: 'on-loan' });
      loans.insert({
        id: nextId(library.db.tables, 'loans'),
        copyId: copy.id,
        titleId,
        patronId: patron.id,
        branchId,
        loanedAt: at,
        dueDate: dueDateFor(tokyoDate(now), library.profile, closedDayLookup(library.db.tables.closedDays.all())),
        renewals: 0,
        returnedAt: null,
        reminderSentAt: null,
        overdueNoticeSentAt: null,
      });
      record({ at: now, kind: 'lent', patronId: patron.id, titleId, branchId });
    },

    lose(copyId) {
      const copy = copies.get(copyId);
      if (!copy) throw new DomainError('NOT_FOUND', `No copy ${copyId}`);
      if (copy.status === 'lost') throw refuse('already-lost', 'This copy is already marked lost');
      copies.update(copy.id, { status: 'lost' });
      const loan = loans.where('copyId', copy.id).find((candidate) => candidate.returnedAt === null);
      if (loan) loans.update(loan.id, { returnedAt: at });
      const holder = reservations
        .where('titleId', copy.titleId)
        .find((reservation) => reservation.copyId === copy.id && holdsOrAwaits(reservation));
      if (holder) requeue(holder);
      record({
        at: now,
        kind: 'lost',
        patronId: loan?.patronId ?? holder?.patronId ?? null,
        titleId: copy.titleId,
        branchId: copy.branchId,
      });
    },

    receive(titleId, branchId) {
      const title = titleOf(titleId);
      const branch = branchId ? library.profile.branches.find((candidate) => candidate.id === branchId) : library.profile.branches[0];
      if (!branch)
        throw DomainError.validation([{ path: 'branchId', code: 'unknown_branch', message: 'Choose one of the library’s branches' }]);
      const held = copies.where('titleId', titleId);
      const copy = copies.insert({
        id: `${titleId}-N${held.length + 1}`,
        titleId,
        branchId: branch.id,
        status: 'on-shelf',
        shelf: held[0]?.shelf ?? title.ndc,
      });
      record({ at: now, kind: 'received', patronId: null, titleId, branchId: branch.id });
      // 調査中 and 選書中 waited for this copy: they join the queue in the order they were placed, and the first gets it.
      for (const reservation of reservations.where('titleId', titleId)) {
        if (awaitsNewCopy(reservation.state)) reservations.update(reservation.id, { state: 'waiting', updatedAt: at });
      }
      if (queueOf(reservations.where('titleId', titleId)).length > 0) office.passOn(copy, now);
    },

    approve(reservationId) {
      const reservation = reservations.get(reservationId);
      if (reservation?.state === 'requested') office.approve(reservation, now);
    },
  };
}
