import type { CounterResult, SimClock, SimPatronView, SimStatus, SimTitleView } from '../../src/api/contract/simulation';
import { normalizeCardNumber } from '../../src/api/contract/card-number';
import type { PatronRow } from '../db/schema';
import { linksIn } from '../domain/account/confirmation';
import { firstPasswordAtCounter } from '../domain/account/counter-card';
import { isKanaName } from '../domain/account/registration';
import { cardNumberAt } from '../seed/personas';
import { advanceClock, setClock } from '../domain/clock';
import { counterActionOf } from '../domain/counter';
import { DomainError } from '../domain/errors';
import { hashPassword } from '../domain/password-hash';
import { passwordForHashing } from '../domain/password-policy';
import { isOpenReservation } from '../domain/reservation-states';
import { DAY, MINUTE, startOfTokyoDay, fromIso, toIso } from '../domain/time';
import { profiles } from '../profiles/profiles';
import type { OfficeEvent } from '../runtime/back-office';
import { counterDesk, type CounterDesk } from '../runtime/counter';
import type { Library, LibraryHost } from '../runtime/library-host';
import { logIn } from './auth';
import { defineHandler, defineHostHandler } from './define-handler';
import { placeReservations } from './reservations';
import { COUNTER_PATRONS_KEY, counterPatronsOf, demoPatrons, moveClock, presentEvents } from './sim-events';

function clockOf(library: Library): SimClock {
  return { now: toIso(library.now()), running: library.clockState().frozenAt === null };
}

export function statusOf(library: Library, host: LibraryHost): SimStatus {
  return {
    profileId: library.profile.id,
    profiles: Object.values(profiles).map((profile) => ({ id: profile.id, name: profile.name })),
    schemaVersion: library.meta.schemaVersion,
    seededAt: library.meta.seededAt,
    reseedReason: library.reseedReason,
    network: host.network,
    clock: clockOf(library),
    personas: demoPatrons(library),
  };
}

function patronByCard(library: Library, cardNumber: string): PatronRow {
  const patron = library.db.tables.patrons.where('cardNumber', normalizeCardNumber(cardNumber))[0];
  if (!patron) throw new DomainError('NOT_FOUND', `No patron has the card ${cardNumber}`);
  return patron;
}

/** One counter action: what it did, then what followed from it, as events. */
function atCounter(library: Library, now: number, action: (desk: CounterDesk, record: (event: OfficeEvent) => void) => void): CounterResult {
  const events: OfficeEvent[] = [];
  const record = (event: OfficeEvent) => events.push(event);
  action(counterDesk(library, now, record), record);
  return { events: presentEvents(library, events) };
}

const titleName = (library: Library, titleId: string) => {
  const title = library.db.tables.titles.get(titleId);
  return title ? (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title) : titleId;
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
    const change = { now: body.now ? fromIso(body.now) : undefined, running: body.running };
    const events = moveClock(library, setClock(library.clockState(), library.wallNow(), change));
    return { clock: clockOf(library), events: presentEvents(library, events) };
  }),
  defineHandler('simAdvanceClock', ({ body, library }) => {
    const events = moveClock(library, advanceClock(library.clockState(), library.wallNow(), body.minutes));
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

  defineHandler('simSignIn', ({ body, library, now }) => {
    const card = normalizeCardNumber(body.cardNumber);
    const persona = demoPatrons(library).find((candidate) => candidate.cardNumber === card);
    if (!persona) throw new DomainError('NOT_FOUND', `${body.cardNumber} is not one of the demo patrons`);
    if (persona.password === null) throw new DomainError('CONFLICT', 'This patron has no password yet: they register one online', { reason: 'no-password' });
    return logIn(library, { cardNumber: card, password: persona.password }, now);
  }),

  defineHandler('simCreatePatron', async ({ body, library, now }) => {
    const { profile } = library;
    const issues = [];
    if (!isKanaName(body.nameKana)) issues.push({ path: 'nameKana', code: 'kana_only', message: 'Write the name in katakana' });
    if (!body.email && !body.phone) issues.push({ path: 'phone', code: 'contact_required', message: 'Give an e-mail address or a phone number' });
    if (body.email && profile.contact.emailAddresses === 0) issues.push({ path: 'email', code: 'email_not_offered', message: 'This library does not contact patrons by e-mail' });
    if (body.birthDate > toIso(now).slice(0, 10)) issues.push({ path: 'birthDate', code: 'in_future', message: 'The birth date is in the future' });
    if (issues.length > 0) throw DomainError.validation(issues);

    const { patrons, meta } = library.db.tables;
    const created = counterPatronsOf(library);
    let n = 100 + created.length;
    while (patrons.where('cardNumber', cardNumberAt(profile.id, n)).length > 0) n++;
    const cardNumber = cardNumberAt(profile.id, n);
    const password = firstPasswordAtCounter(profile, body.birthDate);
    const at = toIso(now);
    patrons.insert({
      id: `C${String(created.length + 1).padStart(5, '0')}`,
      cardNumber,
      name: body.name,
      nameKana: body.nameKana,
      birthDate: body.birthDate,
      phone: body.phone || null,
      mobile: null,
      email1: body.email || null,
      email2: null,
      contactMethod: body.email ? 'email1' : 'phone',
      passwordHash: password === null ? null : await hashPassword(passwordForHashing(password, profile.password)),
      passwordTemporary: password !== null,
      passwordIssuedAt: password === null ? null : at,
      failedLogins: 0,
      lockedUntil: null,
      registeredAt: at,
      homeBranchId: profile.branches[0]!.id,
      loanHistorySince: null,
    });
    meta.put({ key: COUNTER_PATRONS_KEY, value: [...created, { cardNumber, password, createdAt: at }] });
    const delay = profile.passwordRules.temporaryUsableAfterMinutes;
    return {
      persona: demoPatrons(library).find((persona) => persona.cardNumber === cardNumber)!,
      usableFrom: password !== null && delay > 0 ? toIso(now + delay * MINUTE) : null,
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
          overdue: now >= startOfTokyoDay(loan.dueDate) + DAY,
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
        .map((reservation) => ({ reservationId: reservation.id, cardNumber: cardOf(reservation.patronId) ?? '', state: reservation.state })),
    };
  }),

  defineHandler('simCounterReturn', ({ body, library, now }) => atCounter(library, now, (desk) => desk.returnLoan(body.loanId))),
  defineHandler('simCounterLend', ({ body, library, now }) => {
    const patron = patronByCard(library, body.cardNumber);
    return atCounter(library, now, (desk) => desk.lend(patron, body.titleId));
  }),
  defineHandler('simCounterLose', ({ body, library, now }) => atCounter(library, now, (desk) => desk.lose(body.copyId))),
  defineHandler('simCounterReceive', ({ body, library, now }) => atCounter(library, now, (desk) => desk.receive(body.titleId, body.branchId))),
  defineHandler('simCounterReserve', ({ body, library, now }) => {
    const patron = patronByCard(library, body.cardNumber);
    return atCounter(library, now, (desk, record) => {
      const result = placeReservations(
        library,
        patron,
        {
          requestId: `counter-${crypto.randomUUID()}`,
          titleIds: [body.titleId],
          pickupBranchId: body.pickupBranchId ?? patron.homeBranchId,
          contactMethod: patron.contactMethod,
          mode: 'normal',
        },
        now,
        'counter',
      );
      const refusal = result.refused[0];
      if (refusal) {
        if (refusal.reason === 'not-found') throw new DomainError('NOT_FOUND', `No title ${body.titleId}`);
        throw new DomainError('CONFLICT', `The reservation was refused: ${refusal.reason}`, { reason: refusal.reason });
      }
      record({ at: now, kind: 'reserved', patronId: patron.id, titleId: body.titleId, branchId: body.pickupBranchId ?? patron.homeBranchId });
      // Staff key it into the library system directly: it is approved at once.
      desk.approve(result.placed[0]!.reservationId);
    });
  }),
];
