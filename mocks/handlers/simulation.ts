import type { SimPatronView, SimTitleView } from '../../src/api/contract/simulation';
import { normalizeCardNumber } from '../../src/api/contract/card-number';
import { linksIn } from '../domain/account/confirmation';
import { counterActionOf } from '../domain/counter';
import { DomainError } from '../domain/errors';
import { isOverdue } from '../domain/loans/renewal';
import { isOpenReservation } from '../domain/reservation-states';
import { fromIso, tokyoDate, toIso } from '../domain/time';
import type { Library } from '../runtime/library-host';
import {
  lendAtCounter,
  loseAtCounter,
  patronByCard,
  receiveAtCounter,
  reserveAtCounter,
  returnAtCounter,
} from '../use-cases/counter/counter-actions';
import { advanceSimulatedClock, setSimulatedClock } from '../use-cases/simulation/clock';
import { registerAtCounter } from '../use-cases/simulation/counter-patron';
import { demoPatrons } from '../use-cases/simulation/demo-patrons';
import { signInAsPersona } from '../use-cases/simulation/sign-in';
import { defineHandler, defineHostHandler } from './define-handler';
import { setLibrarySettings } from '../use-cases/simulation/settings';
import { presentEvents } from './present-events';
import { presentSignIn } from './present-session';
import { clockOf, statusOf } from './present-status';
import { titleOf } from './present-title';

const titleName = (library: Library, titleId: string) => {
  const { title, volumeLabel } = titleOf(library, titleId);
  return volumeLabel ? `${title} ${volumeLabel}` : title;
};

export const simulationHandlers = [
  defineHandler('simGetStatus', ({ library, host }) => statusOf(library, host)),
  defineHostHandler('simSetProfile', async ({ body, host }) => {
    await host.switchProfile(body.profileId);
    return host.run(async (library) => statusOf(library, host));
  }),
  defineHostHandler('simReset', async ({ host }) => {
    await host.reset();
    return host.run(async (library) => statusOf(library, host));
  }),
  defineHandler('simGetClock', ({ library }) => clockOf(library)),
  defineHandler('simSetClock', ({ body, library }) => {
    const events = setSimulatedClock(library, { now: body.now ? fromIso(body.now) : undefined, running: body.running });
    return { clock: clockOf(library), events: presentEvents(library, events) };
  }),
  defineHandler('simAdvanceClock', ({ body, library }) => {
    const events = advanceSimulatedClock(library, body.minutes);
    return { clock: clockOf(library), events: presentEvents(library, events) };
  }),
  defineHandler('simGetMail', ({ library, query }) => {
    const { mail, patrons } = library.db.tables;
    const card = query.cardNumber ? normalizeCardNumber(query.cardNumber) : null;
    const patronId = card === null ? null : (patrons.where('cardNumber', card)[0]?.id ?? '');
    const to = query.to?.toLowerCase();
    const items = mail
      .filter((row) => (patronId === null || row.patronId === patronId) && (to === undefined || row.to.toLowerCase() === to))
      .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? 1 : -1))
      .map((row) => ({
        id: row.id,
        cardNumber: row.patronId ? (patrons.get(row.patronId)?.cardNumber ?? null) : null,
        to: row.to,
        kind: row.kind,
        subject: row.subject,
        body: row.body,
        links: linksIn(row.body),
        sentAt: row.sentAt,
      }));
    return { items };
  }),
  defineHandler('simSetNetwork', ({ body, host }) => {
    host.network = body;
    return body;
  }),

  defineHandler('simSignIn', async ({ body, library, now, client }) =>
    presentSignIn(library.profile, await signInAsPersona(library, body.cardNumber, now, client)),
  ),

  defineHandler('simCreatePatron', async ({ body, library, now }) => {
    const { cardNumber, usableFrom } = await registerAtCounter(library, body, now);
    return {
      persona: demoPatrons(library).find((persona) => persona.cardNumber === cardNumber)!,
      usableFrom: usableFrom === null ? null : toIso(usableFrom),
    };
  }),

  defineHandler('simGetPatron', ({ library, params, now }): SimPatronView => {
    const patron = patronByCard(library, params.cardNumber);
    const { loans, reservations } = library.db.tables;
    return {
      cardNumber: patron.cardNumber,
      name: patron.name,
      loans: loans
        .where('patronId', patron.id)
        .filter((loan) => loan.returnedAt === null)
        .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
        .map((loan) => ({
          loanId: loan.id,
          copyId: loan.copyId,
          titleId: loan.titleId,
          title: titleName(library, loan.titleId),
          dueDate: loan.dueDate,
          overdue: isOverdue(loan, tokyoDate(now)),
        })),
      reservations: reservations
        .where('patronId', patron.id)
        .filter(isOpenReservation)
        .sort((a, b) => (a.reservedAt < b.reservedAt ? -1 : a.reservedAt > b.reservedAt ? 1 : 0))
        .map((reservation) => ({
          reservationId: reservation.id,
          titleId: reservation.titleId,
          title: titleName(library, reservation.titleId),
          state: reservation.state,
          copyId: reservation.copyId,
          pickupBranchId: reservation.pickupBranchId,
          orderPosition: reservation.orderPosition,
          heldUntil: reservation.heldUntil,
          counterAction: counterActionOf(reservation.state),
        })),
    };
  }),

  defineHandler('simGetTitle', ({ library, params }): SimTitleView => {
    const { titles, copies, loans, reservations, patrons } = library.db.tables;
    const title = titles.get(params.titleId);
    if (!title) throw new DomainError('NOT_FOUND', `No title ${params.titleId}`);
    const ofTitle = reservations.where('titleId', title.id);
    const cardOf = (patronId: string | undefined) => (patronId ? (patrons.get(patronId)?.cardNumber ?? null) : null);
    return {
      titleId: title.id,
      title: titleName(library, title.id),
      copies: copies
        .where('titleId', title.id)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((copy) => ({
          copyId: copy.id,
          branchId: copy.branchId,
          status: copy.status,
          cardNumber:
            copy.status === 'on-loan'
              ? cardOf(loans.where('copyId', copy.id).find((loan) => loan.returnedAt === null)?.patronId)
              : copy.status === 'held' || copy.status === 'in-transit'
                ? cardOf(ofTitle.find((reservation) => reservation.copyId === copy.id && isOpenReservation(reservation))?.patronId)
                : null,
        })),
      reservations: ofTitle
        .filter(isOpenReservation)
        .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0))
        .map((reservation) => ({
          reservationId: reservation.id,
          cardNumber: cardOf(reservation.patronId) ?? '',
          state: reservation.state,
          heldUntil: reservation.heldUntil,
        })),
    };
  }),

  defineHandler('simCounterReturn', ({ body, library, now }) => ({
    events: presentEvents(library, returnAtCounter(library, body.loanId, now)),
  })),
  defineHandler('simCounterLend', ({ body, library, now }) => ({
    events: presentEvents(library, lendAtCounter(library, body.cardNumber, body.titleId, now)),
  })),
  defineHandler('simCounterLose', ({ body, library, now }) => ({
    events: presentEvents(library, loseAtCounter(library, body.copyId, now)),
  })),
  defineHandler('simCounterReceive', ({ body, library, now }) => ({
    events: presentEvents(library, receiveAtCounter(library, body.titleId, body.branchId, now)),
  })),
  defineHandler('simCounterReserve', ({ body, library, now }) => ({
    events: presentEvents(library, reserveAtCounter(library, body.cardNumber, body.titleId, body.pickupBranchId, now)),
  })),
  defineHandler('simSetSettings', ({ body, library }) => setLibrarySettings(library, body)),
];
