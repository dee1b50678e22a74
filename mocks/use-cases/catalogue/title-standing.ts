import type { Availability, NotReservableReason } from '../../../src/api/contract/catalogue';
import type { TitleRow } from '../../db/schema';
import { titleAvailability } from '../../domain/catalogue/availability';
import { notReservableReason } from '../../domain/catalogue/reservability';
import type { Library } from '../../runtime/library-host';

export interface TitleStanding {
  availability: Availability;
  /** Why nobody may reserve the title here, or null. */
  notReservableReason: NotReservableReason | null;
}

/** A title's copies and queue as they stand, and whether anyone may reserve it: what placing, the cart and the title rows go by. */
export function titleStanding(library: Library, title: TitleRow): TitleStanding {
  const { copies, reservations } = library.db.tables;
  const availability = titleAvailability(title, copies.where('titleId', title.id), reservations.where('titleId', title.id));
  return { availability, notReservableReason: notReservableReason(title, availability, library.profile) };
}
