import type { ChangeContactRequest } from '../../../src/api/contract/account';
import type { PatronRow } from '../../db/schema';
import { contactMethodsOf, emailSlotsOf } from '../../domain/contact';
import { DomainError } from '../../domain/errors';
import { contactChangePermission } from '../../domain/reservations/permissions';
import type { Library } from '../../runtime/library-host';

export interface ContactChanged {
  patron: PatronRow;
  reservationsUpdated: number;
}

/** 連絡方法の変更, among those the patron registered; also, when asked, for the open reservations whose contact may still change. */
export function changeContact(library: Library, patron: PatronRow, request: ChangeContactRequest): ContactChanged {
  if (!contactMethodsOf(patron, library.profile).includes(request.contactMethod)) {
    const email = emailSlotsOf(request.contactMethod).length > 0;
    throw DomainError.validation([
      email
        ? { path: 'contactMethod', code: 'email_not_registered', message: 'There is no such e-mail address: add one first' }
        : { path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' },
    ]);
  }
  const updated = library.db.tables.patrons.update(patron.id, { contactMethod: request.contactMethod });
  let reservationsUpdated = 0;
  if (request.applyToReservations) {
    for (const reservation of library.db.tables.reservations.where('patronId', patron.id)) {
      if (reservation.contactMethod === request.contactMethod || !contactChangePermission(reservation).allowed) continue;
      library.db.tables.reservations.update(reservation.id, { contactMethod: request.contactMethod });
      reservationsUpdated++;
    }
  }
  return { patron: updated, reservationsUpdated };
}
