import type { ChangeReservationsResult, OrderedReservation, ReservationItem } from '../../src/api/contract/reservations';
import type { PatronRow, ReservationRow } from '../db/schema';
import { contactMethodsOf } from '../domain/contact';
import { holdPermission, resumePermission } from '../domain/reservations/hold';
import { changePermission, isListed, pickupChangePermission, reservationContactPermission } from '../domain/reservations/permissions';
import { keepsPlace, orderOptions } from '../domain/reservations/ordering';
import { queueOf, queuePosition } from '../domain/reservations/queue';
import { isOpenReservation } from '../domain/reservation-states';
import { tokyoDate } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { cancelReservation } from '../use-cases/reservations/cancel';
import { changeReservation, changeReservations, type BulkChangeOutcome } from '../use-cases/reservations/change';
import { holdReservation, resumeReservation } from '../use-cases/reservations/hold';
import { orderMembersOf } from '../use-cases/reservations/order-members';
import { placeReservations } from '../use-cases/reservations/place';
import { placingOptions } from '../use-cases/reservations/placing-options';
import { reorderReservations } from '../use-cases/reservations/reorder';
import { defineHandler } from './define-handler';
import { titleOf } from './present-title';

function presentReservation(
  library: Library,
  reservation: ReservationRow,
  now: number,
  members = orderMembersOf(library, reservation.patronId),
): ReservationItem {
  const { copies, reservations } = library.db.tables;
  const named = titleOf(library, reservation.titleId);
  const ofTitle = reservations.where('titleId', reservation.titleId);
  const { materialType } = named;
  return {
    id: reservation.id,
    titleId: reservation.titleId,
    ...named,
    pickupBranchId: reservation.pickupBranchId,
    contactMethod: reservation.contactMethod,
    state: reservation.state,
    origin: reservation.origin,
    queuePosition: queuePosition(reservation, ofTitle),
    waiting: queueOf(ofTitle).length,
    copies: copies.where('titleId', reservation.titleId).filter((copy) => copy.status !== 'lost').length,
    reservedAt: reservation.reservedAt,
    securedAt: reservation.securedAt,
    notifiedAt: reservation.notifiedAt,
    pickupDeadline: reservation.pickupDeadline,
    cancelledAt: reservation.cancelledAt,
    cancelReason: reservation.cancelReason,
    heldUntil: reservation.heldUntil,
    order:
      reservation.orderGroupId && reservation.orderPosition
        ? { groupId: reservation.orderGroupId, position: reservation.orderPosition, keepsPlace: keepsPlace(reservation) }
        : null,
    actions: {
      cancel: changePermission(reservation),
      changePickup: pickupChangePermission(reservation, materialType, library.profile),
      changeContact: reservationContactPermission(reservation, library.profile),
      hold: holdPermission(reservation, library.profile, tokyoDate(now)),
      resume: resumePermission(reservation),
      reorder: orderOptions(
        members.find((member) => member.reservation.id === reservation.id)!,
        members,
        library.profile,
      ),
    },
  };
}

const newestFirst = (a: ReservationRow, b: ReservationRow) =>
  a.reservedAt < b.reservedAt ? 1 : a.reservedAt > b.reservedAt ? -1 : a.id < b.id ? 1 : -1;

function reservationsOf(library: Library, patron: PatronRow, now: number): ReservationItem[] {
  const rows = library.db.tables.reservations.where('patronId', patron.id).filter((row) => isListed(row, now, library.profile));
  const open = rows.filter(isOpenReservation).sort(newestFirst);
  const cancelled = rows.filter((row) => !isOpenReservation(row)).sort(newestFirst);
  const members = orderMembersOf(library, patron.id);
  return [...open, ...cancelled].map((row) => presentReservation(library, row, now, members));
}

/** 一括変更's answer, in the order asked for. */
function presentChanges(library: Library, outcomes: readonly BulkChangeOutcome[]): ChangeReservationsResult {
  return {
    outcomes: outcomes.map(({ reservationId, reservation, reason }) => {
      const named = reservation ? titleOf(library, reservation.titleId) : null;
      return {
        reservationId,
        title: named?.title ?? null,
        volumeLabel: named?.volumeLabel ?? null,
        changed: reason === null,
        reason,
      };
    }),
  };
}

export const reservationHandlers = [
  defineHandler('cancelReservation', ({ library, patron, params, now }) =>
    presentReservation(library, cancelReservation(library, patron, params.reservationId, now), now),
  ),

  defineHandler('changeReservation', ({ library, patron, params, body, now }) =>
    presentReservation(library, changeReservation(library, patron, params.reservationId, body), now),
  ),

  defineHandler('orderReservations', ({ library, patron, body, now }): OrderedReservation => {
    const { groupId, reservationIds } = reorderReservations(library, patron, body.reservationIds, now);
    const members = orderMembersOf(library, patron.id);
    return {
      groupId,
      items: reservationIds.map((id) => presentReservation(library, library.db.tables.reservations.get(id)!, now, members)),
    };
  }),

  defineHandler('getReservations', ({ library, patron, now }) => ({
    items: reservationsOf(library, patron, now),
    contactMethods: contactMethodsOf(patron, library.profile),
  })),

  defineHandler('getPlacingOptions', ({ library, query }) => placingOptions(library, query.titleIds)),
  defineHandler('placeReservations', ({ library, patron, body, now }) => placeReservations(library, patron, body, now, 'online')),

  defineHandler('changeReservations', ({ library, patron, body }) =>
    changeReservations(library, patron, body, (outcomes) => presentChanges(library, outcomes)),
  ),

  defineHandler('holdReservation', ({ library, patron, params, body, now }) =>
    presentReservation(library, holdReservation(library, patron, params.reservationId, body.until, now), now),
  ),

  defineHandler('resumeReservation', ({ library, patron, params, now }) =>
    presentReservation(library, resumeReservation(library, patron, params.reservationId, now), now),
  ),
];
