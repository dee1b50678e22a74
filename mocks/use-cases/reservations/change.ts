import type { ContactMethod } from '../../../src/api/contract/common';
import type { FieldIssue } from '../../../src/api/contract/errors';
import type { PatronRow, ReservationRow } from '../../db/schema';
import { contactMethodsOf } from '../../domain/contact';
import { DomainError } from '../../domain/errors';
import { contactChangePermission, pickupChangePermission } from '../../domain/reservations/permissions';
import type { Library } from '../../runtime/library-host';
import { ensureAllowed, ownReservation } from './own-reservation';

export interface ReservationChange {
  pickupBranchId?: string;
  contactMethod?: ContactMethod;
}

/** 予約内容変更: another pickup branch or contact method, each only where the row allows it. */
export function changeReservation(library: Library, patron: PatronRow, reservationId: string, change: ReservationChange): ReservationRow {
  const reservation = ownReservation(library, patron, reservationId);
  const issues: FieldIssue[] = [];
  if (change.pickupBranchId !== undefined && change.pickupBranchId !== reservation.pickupBranchId) {
    const materialType = library.db.tables.titles.get(reservation.titleId)?.materialType ?? 'book';
    const pickup = pickupChangePermission(reservation, materialType, library.profile);
    ensureAllowed(pickup, 'Changing the pickup branch');
    if (!pickup.branchIds.includes(change.pickupBranchId)) {
      issues.push({ path: 'pickupBranchId', code: 'pickup_not_possible', message: 'The item cannot be collected at that branch' });
    }
  }
  if (change.contactMethod !== undefined && change.contactMethod !== reservation.contactMethod) {
    ensureAllowed(contactChangePermission(reservation), 'Changing the contact method');
    if (!contactMethodsOf(patron, library.profile).includes(change.contactMethod)) {
      issues.push({ path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' });
    }
  }
  if (issues.length > 0) throw DomainError.validation(issues);
  return library.db.tables.reservations.update(reservation.id, {
    pickupBranchId: change.pickupBranchId ?? reservation.pickupBranchId,
    contactMethod: change.contactMethod ?? reservation.contactMethod,
  });
}
