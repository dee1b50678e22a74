import type { CartItemReason } from '../../../src/api/contract/cart';
import type { Availability, NotReservableReason } from '../../../src/api/contract/catalogue';
import type { TitleRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';

/**
 * Why nobody can reserve this title at this library, or null. An electronic text is read online
 * and a title with no copy left has nothing to lend, whatever the library; the rest follows the
 * profile's list (禁帯出 everywhere the seeds say so, the newest magazine issue and DVD/LD in p004).
 */
export function notReservableReason(title: TitleRow, availability: Availability, profile: LibraryProfile): NotReservableReason | null {
  const refused = profile.reservations.notReservable;
  if (title.materialType === 'etext') return 'etext';
  if (title.referenceOnly && refused.includes('reference-only')) return 'reference-only';
  if (title.materialType === 'magazine' && title.latestIssue && refused.includes('latest-magazine')) return 'latest-magazine';
  if (title.materialType === 'dvd' && refused.includes('video')) return 'video';
  if (availability.copies === 0) return 'no-copies';
  return null;
}

/** What this patron already has of a title. */
export interface PatronHolding {
  borrowing: boolean;
  reserved: boolean;
}

/**
 * Why this patron cannot reserve a title in their cart: a reason for everyone, or (where the
 * library refuses them, p001) that they already borrow it or have it reserved.
 */
export function cartItemReason(
  general: NotReservableReason | null,
  holding: PatronHolding,
  profile: LibraryProfile,
): CartItemReason | null {
  if (general) return general;
  if (!profile.reservations.refusesOwnLoansAndReservations) return null;
  if (holding.borrowing) return 'on-loan-to-you';
  if (holding.reserved) return 'reserved-by-you';
  return null;
}
