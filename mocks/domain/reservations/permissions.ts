import type { ActionReason, ReservationItem } from '../../../src/api/contract/reservations';
import type { MaterialType } from '../../../src/api/contract/common';
import type { ReservationRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { addDays, fromIso, tokyoDate } from '../time';

export interface Permission {
  allowed: boolean;
  /** Why not, when not allowed. */
  reason: ActionReason | null;
}

const allowed: Permission = { allowed: true, reason: null };
const refused = (reason: ActionReason): Permission => ({ allowed: false, reason });

/**
 * Why a reservation can no longer be changed online, as the seeds say: it is finished (取消) or a
 * cancel is pending (取消申込), the item is ready (利用可能 / 確保済み) or travelling (配送中), or it was
 * made at the counter.
 */
export function lockedReason(reservation: ReservationRow): ActionReason | null {
  if (reservation.state === 'cancelled') return 'cancelled';
  if (reservation.state === 'cancel-requested') return 'cancel-pending';
  if (reservation.state === 'ready') return 'ready';
  if (reservation.state === 'in-transit') return 'in-transit';
  if (reservation.origin === 'counter') return 'counter-made';
  return null;
}

/** 予約取消 and 受取館の変更 (予約内容変更): allowed until the item is secured, and never for a counter-made reservation. */
export function changePermission(reservation: ReservationRow): Permission {
  const reason = lockedReason(reservation);
  return reason ? refused(reason) : allowed;
}

/**
 * 予約内容変更 and まとめて変更 at all: only where the library offers a way to change a reservation
 * online (seed 000 names 取消 alone). Asked before the row's own state: a library that does not
 * offer it refuses every row alike.
 */
export function changesOffered(profile: LibraryProfile): Permission {
  return profile.features.reservationChanges ? allowed : refused('not-offered');
}

/** 受取館: CD and DVD are handed out only where the branch handles AV (not at p003's community-centre rooms). */
export function canCollectAt(materialType: MaterialType, branch: { handlesAv: boolean }): boolean {
  return branch.handlesAv || (materialType !== 'cd' && materialType !== 'dvd');
}

/** The branches a reservation's or a cart item's title may be collected at, in the library's order. */
export function pickupBranchesFor(materialType: MaterialType, profile: LibraryProfile): string[] {
  return profile.branches.filter((branch) => canCollectAt(materialType, branch)).map((branch) => branch.id);
}

/**
 * 受取館の変更 as the change form offers it: where the library offers changes, allowed as a cancel is; the branches the item may be
 * collected at, and every branch of the library in its order, each choosable or not and why. The
 * current branch is always choosable: choosing it changes nothing.
 */
export function pickupChangePermission(
  reservation: ReservationRow,
  materialType: MaterialType,
  profile: LibraryProfile,
): ReservationItem['actions']['changePickup'] {
  const branchIds = pickupBranchesFor(materialType, profile);
  const choices = profile.branches.map((branch) =>
    branch.id === reservation.pickupBranchId || branchIds.includes(branch.id)
      ? { branchId: branch.id, allowed: true, reason: null }
      : { branchId: branch.id, allowed: false, reason: 'pickup-not-possible' as const },
  );
  const offered = changesOffered(profile);
  return { ...(offered.allowed ? changePermission(reservation) : offered), branchIds, choices };
}

/** 連絡方法の変更 of one reservation (予約内容変更, まとめて変更): where the library offers it, while its state allows. */
export function reservationContactPermission(reservation: ReservationRow, profile: LibraryProfile): Permission {
  const offered = changesOffered(profile);
  return offered.allowed ? contactChangePermission(reservation) : offered;
}

/** 連絡方法の変更 as the row's state allows it: until the patron has been told, and not once finished (the account's change follows it too). */
export function contactChangePermission(reservation: ReservationRow): Permission {
  if (reservation.state === 'cancelled') return refused('cancelled');
  if (reservation.state === 'cancel-requested') return refused('cancel-pending');
  if (reservation.state === 'ready') return refused('ready');
  return allowed;
}

/**
 * Cancelled reservations stay listed (in red) for the profile's days, counted as Tokyo calendar days
 * with the day of the cancel as day one (取り消した日から30日間): a row stays the whole of its last day
 * and leaves at midnight, never at the hour of the cancel.
 */
export function isListed(reservation: ReservationRow, now: number, profile: LibraryProfile): boolean {
  if (reservation.state !== 'cancelled') return true;
  const days = profile.reservations.cancelledVisibleDays;
  if (days === 0 || reservation.cancelledAt === null) return false;
  return tokyoDate(now) < addDays(tokyoDate(fromIso(reservation.cancelledAt)), days);
}
