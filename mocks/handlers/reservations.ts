import type { OrderedReservation, PlacementResult, PlaceReservationsRequest, ReservationItem } from '../../src/api/contract/reservations';
import type { PatronRow, ReservationOrigin, ReservationRow } from '../db/schema';
import type { FieldIssue } from '../../src/api/contract/errors';
import { contactMethodsOf } from '../domain/contact';
import { DomainError } from '../domain/errors';
import { changePermission, contactChangePermission, isListed, pickupChange } from '../domain/reservations/permissions';
import { keepsPlace, orderOptions, planOrder, type OrderMember } from '../domain/reservations/ordering';
import { newReservation, planPlacement } from '../domain/reservations/placement';
import { queueOf, queuePosition } from '../domain/reservations/queue';
import { isOpenReservation } from '../domain/reservation-states';
import { toIso } from '../domain/time';
import { resettleOrder } from '../runtime/back-office';
import type { Library } from '../runtime/library-host';
import { defineHandler } from './define-handler';
import { presentTitle } from './present-title';

/** The answer to a placing is kept under its request id, so that a retry gets the same answer and places nothing twice. */
const placementKey = (patronId: string, requestId: string) => `placement:${patronId}:${requestId}`;

interface StoredPlacement {
  titleIds: string[];
  result: PlacementResult;
}

/** The patron's reservations with the series facts ordering needs. */
function orderMembersOf(library: Library, patronId: string): OrderMember[] {
  const { titles, reservations } = library.db.tables;
  return reservations.where('patronId', patronId).map((reservation) => {
    const title = titles.get(reservation.titleId);
    return { reservation, seriesId: title?.seriesId ?? null, volumeNumber: title?.volumeNumber ?? null };
  });
}

function presentReservation(library: Library, reservation: ReservationRow, members = orderMembersOf(library, reservation.patronId)): ReservationItem {
  const { titles, copies, reservations } = library.db.tables;
  const title = titles.get(reservation.titleId);
  const ofTitle = reservations.where('titleId', reservation.titleId);
  const materialType = title?.materialType ?? 'book';
  return {
    id: reservation.id,
    titleId: reservation.titleId,
    title: title?.title ?? reservation.titleId,
    volumeLabel: title?.volumeLabel ?? null,
    materialType,
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
    order: reservation.orderGroupId && reservation.orderPosition ? { groupId: reservation.orderGroupId, position: reservation.orderPosition, keepsPlace: keepsPlace(reservation) } : null,
    actions: {
      cancel: changePermission(reservation),
      changePickup: pickupChange(reservation, materialType, library.profile),
      changeContact: contactChangePermission(reservation),
      reorder: orderOptions(members.find((member) => member.reservation.id === reservation.id)!, members, library.profile),
    },
  };
}

const newestFirst = (a: ReservationRow, b: ReservationRow) => (a.reservedAt < b.reservedAt ? 1 : a.reservedAt > b.reservedAt ? -1 : a.id < b.id ? 1 : -1);

function reservationsOf(library: Library, patron: PatronRow, now: number): ReservationItem[] {
  const rows = library.db.tables.reservations.where('patronId', patron.id).filter((row) => isListed(row, now, library.profile));
  const open = rows.filter(isOpenReservation).sort(newestFirst);
  const cancelled = rows.filter((row) => !isOpenReservation(row)).sort(newestFirst);
  const members = orderMembersOf(library, patron.id);
  return [...open, ...cancelled].map((row) => presentReservation(library, row, members));
}

/** The patron's own reservation; anyone else's is as good as absent. */
function ownReservation(library: Library, patron: PatronRow, reservationId: string): ReservationRow {
  const reservation = library.db.tables.reservations.get(reservationId);
  if (!reservation || reservation.patronId !== patron.id) throw new DomainError('NOT_FOUND', `No reservation ${reservationId}`);
  return reservation;
}

/** An operation the row does not allow is a CONFLICT that carries the reason the list shows. */
function ensureAllowed(permission: { allowed: boolean; reason: string | null }, what: string): void {
  if (!permission.allowed) throw new DomainError('CONFLICT', `${what} is not possible: ${permission.reason}`, permission.reason ? { reason: permission.reason } : {});
}

/**
 * Places reservations for a patron, online or at the counter: each title placed as 予約申込 or
 * refused with its reason, the answer kept under the request id so that a retry places nothing twice.
 */
export function placeReservations(library: Library, patron: PatronRow, body: PlaceReservationsRequest, now: number, origin: ReservationOrigin): PlacementResult {
  const { meta, titles, reservations, loans, cartItems } = library.db.tables;
  const { profile } = library;

  const stored = meta.get(placementKey(patron.id, body.requestId))?.value as StoredPlacement | undefined;
  if (stored) {
    if (stored.titleIds.join(',') !== body.titleIds.join(',')) throw new DomainError('CONFLICT', 'This requestId was used for other titles');
    return stored.result;
  }

  const issues: FieldIssue[] = [];
  const branch = profile.branches.find((candidate) => candidate.id === body.pickupBranchId);
  if (!branch) issues.push({ path: 'pickupBranchId', code: 'unknown_branch', message: 'Choose one of the library’s branches' });
  if (!contactMethodsOf(patron, profile).includes(body.contactMethod)) {
    issues.push({ path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' });
  }
  if (body.mode === 'ordered' && profile.reservations.ordered === 'none') {
    issues.push({ path: 'mode', code: 'ordered_not_offered', message: 'This library does not take ordered reservations' });
  }
  if (issues.length > 0 || !branch) throw DomainError.validation(issues);

  const unique = [...new Set(body.titleIds)];
  const known = unique.flatMap((titleId) => {
    const title = titles.get(titleId);
    return title ? [{ title, summary: presentTitle(library, title) }] : [];
  });
  const open = reservations.where('patronId', patron.id).filter(isOpenReservation);
  const plan = planPlacement({
    profile,
    candidates: known.map(({ summary }) => ({ titleId: summary.id, materialType: summary.materialType, notReservableReason: summary.notReservableReason })),
    patron: {
      open: open.map((row) => ({ titleId: row.titleId, materialType: titles.get(row.titleId)?.materialType ?? 'book', state: row.state })),
      borrowing: new Set(loans.where('patronId', patron.id).flatMap((loan) => (loan.returnedAt === null ? [loan.titleId] : []))),
    },
    pickupBranch: branch,
  });

  const at = toIso(now);
  const ordered = body.mode === 'ordered' && plan.accepted.length > 1;
  const first = reservations.size + 1;
  const placed = plan.accepted.map((candidate, n) => {
    const id = `R${String(first + n).padStart(6, '0')}-${body.requestId.slice(0, 8)}`;
    reservations.insert(
      newReservation(
        { id, patronId: patron.id, titleId: candidate.titleId, pickupBranchId: branch.id, contactMethod: body.contactMethod, origin, at },
        ordered ? { orderGroupId: `G-${patron.id}-${body.requestId}`, orderPosition: n + 1 } : {},
      ),
    );
    cartItems.delete(`${patron.id}:${candidate.titleId}`);
    return { titleId: candidate.titleId, title: titles.get(candidate.titleId)!.title, reservationId: id };
  });
  const refusals = new Map(plan.refused.map((refusal) => [refusal.titleId, refusal.reason]));
  const result: PlacementResult = {
    placed,
    // In the order the patron listed them, unknown ids included.
    refused: unique.flatMap((titleId): PlacementResult['refused'] => {
      const title = titles.get(titleId);
      if (!title) return [{ titleId, title: null, reason: 'not-found' }];
      const reason = refusals.get(titleId);
      return reason ? [{ titleId, title: title.title, reason }] : [];
    }),
  };
  meta.insert({ key: placementKey(patron.id, body.requestId), value: { titleIds: body.titleIds, result } satisfies StoredPlacement });
  return result;
}

export const reservationHandlers = [
  defineHandler('cancelReservation', ({ library, patron, params, now }) => {
    const reservation = ownReservation(library, patron, params.reservationId);
    ensureAllowed(changePermission(reservation), 'Cancelling');
    const at = toIso(now);
    const cancelled = library.db.tables.reservations.update(reservation.id, { state: 'cancel-requested', cancelledAt: at, updatedAt: at });
    return presentReservation(library, cancelled);
  }),

  defineHandler('changeReservation', ({ library, patron, params, body }) => {
    const reservation = ownReservation(library, patron, params.reservationId);
    const item = presentReservation(library, reservation);
    const issues: FieldIssue[] = [];
    if (body.pickupBranchId !== undefined && body.pickupBranchId !== reservation.pickupBranchId) {
      ensureAllowed(item.actions.changePickup, 'Changing the pickup branch');
      if (!item.actions.changePickup.branchIds.includes(body.pickupBranchId)) {
        issues.push({ path: 'pickupBranchId', code: 'pickup_not_possible', message: 'The item cannot be collected at that branch' });
      }
    }
    if (body.contactMethod !== undefined && body.contactMethod !== reservation.contactMethod) {
      ensureAllowed(item.actions.changeContact, 'Changing the contact method');
      if (!contactMethodsOf(patron, library.profile).includes(body.contactMethod)) {
        issues.push({ path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' });
      }
    }
    if (issues.length > 0) throw DomainError.validation(issues);
    const changed = library.db.tables.reservations.update(reservation.id, {
      pickupBranchId: body.pickupBranchId ?? reservation.pickupBranchId,
      contactMethod: body.contactMethod ?? reservation.contactMethod,
    });
    return presentReservation(library, changed);
  }),


  defineHandler('orderReservations', ({ library, patron, body, now }) => {
    const plan = planOrder(body.reservationIds, orderMembersOf(library, patron.id), patron.id, library.profile);
    if ('kind' in plan) {
      if (plan.kind === 'not-found') throw new DomainError('NOT_FOUND', `No reservation ${plan.reservationId}`);
      if (plan.kind === 'not-allowed') throw new DomainError('CONFLICT', `Reordering ${plan.reservationId} is not possible: ${plan.reason}`, { reason: plan.reason });
      const code = plan.kind === 'unrelated' ? 'not_orderable_together' : 'group_incomplete';
      const message =
        plan.kind === 'unrelated'
          ? `${plan.reservationId} cannot be put in order with the first reservation`
          : `List every movable volume of the ordered reservation; ${plan.reservationId} is missing`;
      throw DomainError.validation([{ path: 'reservationIds', code, message }]);
    }
    const { reservations } = library.db.tables;
    // Only the place changes: updatedAt keeps telling the back office when the state last moved.
    for (const [id, position] of plan.positions) {
      const row = reservations.get(id)!;
      if (row.orderGroupId !== plan.groupId || row.orderPosition !== position) reservations.update(id, { orderGroupId: plan.groupId, orderPosition: position });
    }
    resettleOrder(library, plan.groupId, now);
    const members = orderMembersOf(library, patron.id);
    const items = [...plan.positions.keys()].map((id) => presentReservation(library, reservations.get(id)!, members));
    return { groupId: plan.groupId, items } satisfies OrderedReservation;
  }),

  defineHandler('getReservations', ({ library, patron, now }) => ({
    items: reservationsOf(library, patron, now),
    contactMethods: contactMethodsOf(patron, library.profile),
  })),

  defineHandler('placeReservations', ({ library, patron, body, now }) => placeReservations(library, patron, body, now, 'online')),
];
