import type { ContactMethod } from '../../../src/api/contract/common';
import type { FieldIssue } from '../../../src/api/contract/errors';
import type { BulkChangeRefusal, ChangeReservationsRequest } from '../../../src/api/contract/reservations';
import type { PatronRow, ReservationRow } from '../../db/schema';
import { contactMethodsOf } from '../../domain/contact';
import { DomainError } from '../../domain/errors';
import {
  changesOffered,
  pickupChangePermission,
  reservationContactPermission,
  type Permission,
} from '../../domain/reservations/permissions';
import type { Library } from '../../runtime/library-host';
import { onceForRequest } from '../once-for-request';
import { ensureAllowed, ownReservation } from './own-reservation';

export interface ReservationChange {
  pickupBranchId?: string;
  contactMethod?: ContactMethod;
}

/** What stands in the way of a change: the row does not allow that part, or the new value does not fit it. */
type Obstacle =
  | { permission: Permission; what: string }
  | { refusal: Extract<BulkChangeRefusal, 'pickup-not-possible' | 'contact-not-registered'>; issue: FieldIssue };

/** Every obstacle to changing this reservation so, in the order the library checks: none means it may be changed. */
function obstaclesTo(library: Library, patron: PatronRow, reservation: ReservationRow, change: ReservationChange): Obstacle[] {
  const obstacles: Obstacle[] = [];
  if (change.pickupBranchId !== undefined && change.pickupBranchId !== reservation.pickupBranchId) {
    const materialType = library.db.tables.titles.get(reservation.titleId)?.materialType ?? 'book';
    const pickup = pickupChangePermission(reservation, materialType, library.profile);
    if (!pickup.allowed) obstacles.push({ permission: pickup, what: 'Changing the pickup branch' });
    else if (!pickup.branchIds.includes(change.pickupBranchId)) {
      obstacles.push({
        refusal: 'pickup-not-possible',
        issue: { path: 'pickupBranchId', code: 'pickup_not_possible', message: 'The item cannot be collected at that branch' },
      });
    }
  }
  if (change.contactMethod !== undefined && change.contactMethod !== reservation.contactMethod) {
    const contact = reservationContactPermission(reservation, library.profile);
    if (!contact.allowed) obstacles.push({ permission: contact, what: 'Changing the contact method' });
    else if (!contactMethodsOf(patron, library.profile).includes(change.contactMethod)) {
      obstacles.push({
        refusal: 'contact-not-registered',
        issue: { path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' },
      });
    }
  }
  return obstacles;
}

function applyChange(library: Library, reservation: ReservationRow, change: ReservationChange): ReservationRow {
  return library.db.tables.reservations.update(reservation.id, {
    pickupBranchId: change.pickupBranchId ?? reservation.pickupBranchId,
    contactMethod: change.contactMethod ?? reservation.contactMethod,
  });
}

/** 予約内容変更: another pickup branch or contact method, where the library offers it, each only where the row allows it. */
export function changeReservation(library: Library, patron: PatronRow, reservationId: string, change: ReservationChange): ReservationRow {
  ensureAllowed(changesOffered(library.profile), 'Changing a reservation');
  const reservation = ownReservation(library, patron, reservationId);
  const obstacles = obstaclesTo(library, patron, reservation, change);
  for (const obstacle of obstacles) if ('permission' in obstacle) ensureAllowed(obstacle.permission, obstacle.what);
  const issues = obstacles.flatMap((obstacle) => ('issue' in obstacle ? [obstacle.issue] : []));
  if (issues.length > 0) throw DomainError.validation(issues);
  return applyChange(library, reservation, change);
}

export interface BulkChangeOutcome {
  reservationId: string;
  /** The reservation as it now is; undefined when it is not one of the patron's. */
  reservation: ReservationRow | undefined;
  reason: BulkChangeRefusal | null;
}

/**
 * 一括変更, where the library offers changes at all: the same change for each reservation asked for, where its row allows it, as
 * 予約内容変更 would; the others are left as they are, each with the first reason the library
 * gives. A reservation of another patron is answered as one that does not exist. The answer is
 * kept under the request id: a retry gets it again and changes nothing twice; `present` words it.
 */
export function changeReservations<T>(
  library: Library,
  patron: PatronRow,
  { requestId, reservationIds, ...change }: ChangeReservationsRequest,
  present: (outcomes: BulkChangeOutcome[]) => T,
): T {
  ensureAllowed(changesOffered(library.profile), 'Changing reservations');
  const { reservations } = library.db.tables;
  const target = JSON.stringify({ reservationIds, pickupBranchId: change.pickupBranchId, contactMethod: change.contactMethod });
  return onceForRequest(library, patron, 'reservation-changes', { requestId, target }, () =>
    present(
      reservationIds.map((reservationId): BulkChangeOutcome => {
        const row = reservations.get(reservationId);
        if (!row || row.patronId !== patron.id) return { reservationId, reservation: undefined, reason: 'not-found' };
        const first = obstaclesTo(library, patron, row, change)[0];
        if (!first) return { reservationId, reservation: applyChange(library, row, change), reason: null };
        return {
          reservationId,
          reservation: row,
          reason: 'permission' in first ? (first.permission.reason ?? 'not-offered') : first.refusal,
        };
      }),
    ),
  );
}
