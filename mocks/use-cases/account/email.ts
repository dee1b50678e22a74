import type { AddEmailRequest } from '../../../src/api/contract/account';
import type { ContactMethod } from '../../../src/api/contract/common';
import type { PatronRow } from '../../db/schema';
import { emailOf, emailSlotsOf } from '../../domain/contact';
import { DomainError } from '../../domain/errors';
import { isOpenReservation } from '../../domain/reservation-states';
import type { Library } from '../../runtime/library-host';
import { sendConfirmation, withdrawPending } from './confirmations';

/** A new e-mail address: a confirmation link is sent to it, and it is used only once the link is opened. */
export function addEmail(library: Library, patron: PatronRow, request: AddEmailRequest, now: number): void {
  if (request.slot > library.profile.contact.emailAddresses) {
    throw DomainError.validation([
      { path: 'slot', code: 'email_slot_not_offered', message: `This library keeps ${library.profile.contact.emailAddresses} address(es)` },
    ]);
  }
  const other = emailOf(patron, request.slot === 1 ? 2 : 1);
  if (other !== null && other.toLowerCase() === request.address.toLowerCase()) {
    throw DomainError.validation([{ path: 'address', code: 'email_duplicate', message: 'This address is registered already' }]);
  }
  withdrawPending(library, patron, 'email', request.slot, now);
  sendConfirmation(
    library,
    patron,
    { kind: 'email', patronId: patron.id, email: request.address, slot: request.slot, passwordHash: null },
    now,
  );
}

/** An address is removed unless the patron or an open reservation is contacted through it (alone or with the other). */
export function removeEmail(library: Library, patron: PatronRow, slot: 1 | 2, now: number): PatronRow {
  if (slot > library.profile.contact.emailAddresses) throw new DomainError('NOT_FOUND', `No address ${slot}`);
  const sendsHere = (method: ContactMethod) => emailSlotsOf(method).includes(slot);
  const usedByReservation = library.db.tables.reservations
    .where('patronId', patron.id)
    .some((reservation) => isOpenReservation(reservation) && sendsHere(reservation.contactMethod));
  if (emailOf(patron, slot) !== null && (sendsHere(patron.contactMethod) || usedByReservation)) {
    throw new DomainError('CONFLICT', 'The address is the contact of the patron or of an open reservation', { reason: 'in-use' });
  }
  withdrawPending(library, patron, 'email', slot, now);
  return library.db.tables.patrons.update(patron.id, slot === 1 ? { email1: null } : { email2: null });
}
