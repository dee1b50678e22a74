import type { ReservationRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { nextOpenDay, type ClosedDayLookup } from '../calendar';
import { pickupDeadline } from '../pickup-deadline';
import { addDays, HOUR, startOfTokyoDay, tokyoDate, toIso } from '../time';

/** Staff take a copy off the shelf for a 確認待ち reservation within this time. */
const STAFF_SECURING_HOURS = 2;
/** The delivery van reaches the pickup branch at this hour of its next opening day. */
const DELIVERY_HOUR = 11;

/** When staff will have secured the copy of a 確認待ち reservation that became so at `since`. */
export function securingDue(since: string): number {
  return Date.parse(since) + STAFF_SECURING_HOURS * HOUR;
}

/**
 * A copy is secured for a reservation: at the pickup branch it is 利用可能 at once, with the notice
 * (連絡日) and the 取置期限; elsewhere it is 配送中 until the van brings it.
 */
export function secureCopy(
  reservation: ReservationRow,
  copy: { id: string; branchId: string },
  now: number,
  profile: LibraryProfile,
  isClosed: ClosedDayLookup,
): Partial<ReservationRow> {
  const at = toIso(now);
  if (copy.branchId !== reservation.pickupBranchId) return { state: 'in-transit', copyId: copy.id, securedAt: at, updatedAt: at };
  return {
    copyId: copy.id,
    securedAt: at,
    ...readyAt({ pickupBranchId: reservation.pickupBranchId, securedAt: at }, now, profile, isClosed),
  };
}

/** When a copy secured at `securedAt` reaches the pickup branch: the next opening day there after securing. */
export function arrivalDue(securedAt: string, pickupBranchId: string, isClosed: ClosedDayLookup): number {
  const day = nextOpenDay(addDays(tokyoDate(Date.parse(securedAt)), 1), isClosed, pickupBranchId);
  return startOfTokyoDay(day) + DELIVERY_HOUR * HOUR;
}

/** 利用可能 at the pickup branch: the patron is told now and the item waits until the profile's deadline. */
export function readyAt(
  reservation: { pickupBranchId: string; securedAt: string },
  now: number,
  profile: LibraryProfile,
  isClosed: ClosedDayLookup,
): Partial<ReservationRow> {
  const at = toIso(now);
  const dates = { securedDate: tokyoDate(Date.parse(reservation.securedAt)), noticeDate: tokyoDate(now) };
  return {
    state: 'ready',
    notifiedAt: at,
    pickupDeadline: pickupDeadline(dates, profile, isClosed, reservation.pickupBranchId),
    updatedAt: at,
  };
}

/** A ready item not collected by the end of its 取置期限 is cancelled as 期限切れ at the start of the next day. */
export function expiryDue(deadline: string): number {
  return startOfTokyoDay(addDays(deadline, 1));
}

export function expired(now: number): Partial<ReservationRow> {
  const at = toIso(now);
  return { state: 'cancelled', cancelReason: 'expired', cancelledAt: at, updatedAt: at };
}
