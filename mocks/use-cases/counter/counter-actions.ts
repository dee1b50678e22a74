import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import type { PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import type { OfficeEvent } from '../../runtime/back-office';
import type { Library } from '../../runtime/library-host';
import { placeReservations } from '../reservations/place';
import { counterDesk, type CounterDesk } from './counter-desk';

// What staff do at the counter, as the demo panel asks for it: each action answers what it did,
// then what followed from it, as events.

export function patronByCard(library: Library, cardNumber: string): PatronRow {
  const patron = library.db.tables.patrons.where('cardNumber', normalizeCardNumber(cardNumber))[0];
  if (!patron) throw new DomainError('NOT_FOUND', `No patron has the card ${cardNumber}`);
  return patron;
}

function atCounter(
  library: Library,
  now: number,
  action: (desk: CounterDesk, record: (event: OfficeEvent) => void) => void,
): OfficeEvent[] {
  const events: OfficeEvent[] = [];
  const record = (event: OfficeEvent) => events.push(event);
  action(counterDesk(library, now, record), record);
  return events;
}

/** 返却: the loan ends and its copy goes to the next in the queue, or back to its shelf. */
export const returnAtCounter = (library: Library, loanId: string, now: number) =>
  atCounter(library, now, (desk) => desk.returnLoan(loanId));

/** 貸出: the copy held for the patron's ready reservation, or one from a shelf. */
export function lendAtCounter(library: Library, cardNumber: string, titleId: string, now: number): OfficeEvent[] {
  const patron = patronByCard(library, cardNumber);
  return atCounter(library, now, (desk) => desk.lend(patron, titleId));
}

/** 紛失: the copy's loan ends; the reservation it was held for goes back to the queue. */
export const loseAtCounter = (library: Library, copyId: string, now: number) => atCounter(library, now, (desk) => desk.lose(copyId));

/** 受入: a new copy for a title, handed to the first in its queue. */
export const receiveAtCounter = (library: Library, titleId: string, branchId: string | undefined, now: number) =>
  atCounter(library, now, (desk) => desk.receive(titleId, branchId));

/** 窓口予約: placed under the same limits as online, refused as a whole with the reason, and approved at once. */
export function reserveAtCounter(
  library: Library,
  cardNumber: string,
  titleId: string,
  pickupBranchId: string | undefined,
  now: number,
): OfficeEvent[] {
  const patron = patronByCard(library, cardNumber);
  return atCounter(library, now, (desk, record) => {
    const result = placeReservations(
      library,
      patron,
      {
        requestId: `counter-${crypto.randomUUID()}`,
        titleIds: [titleId],
        pickupBranchId: pickupBranchId ?? patron.homeBranchId,
        contactMethod: patron.contactMethod,
        mode: 'normal',
      },
      now,
      'counter',
    );
    const refusal = result.refused[0];
    if (refusal) {
      if (refusal.reason === 'not-found') throw new DomainError('NOT_FOUND', `No title ${titleId}`);
      throw new DomainError('CONFLICT', `The reservation was refused: ${refusal.reason}`, { reason: refusal.reason });
    }
    record({ at: now, kind: 'reserved', patronId: patron.id, titleId, branchId: pickupBranchId ?? patron.homeBranchId });
    // Staff key it into the library system directly: it is approved at once.
    desk.approve(result.placed[0]!.reservationId);
  });
}
