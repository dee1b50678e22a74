import type { ReservationRow, ReservationState } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { MINUTE } from '../time';

/** 予約申込 and 取消申込 become final once the library system has taken them in, after the profile's few minutes. */
export function isApprovalDue(requestedAt: string, now: number, profile: LibraryProfile): boolean {
  return now >= Date.parse(requestedAt) + profile.reservations.approvalMinutes * MINUTE;
}

export interface ApprovalFacts {
  /** Copies the library holds of the title, lost ones excluded. */
  copies: number;
  /** Copies on the shelf that no earlier reservation has claimed (確認待ち ahead of this one). */
  freeOnShelf: number;
  /** Reservations of the title queued before this one. */
  queuedAhead: number;
  /** In an ordered reservation: whether the previous volume is ready (or collected); null outside one. */
  previousVolumeReady: boolean | null;
}

/**
 * What a 予約申込 becomes when approved: 調査中 when the library owns no copy; 準備中 when it is a
 * later volume of an ordered reservation whose previous volume is not ready yet (even with a copy
 * on the shelf); 確認待ち when a free copy is on a shelf; otherwise it queues — 返却待ち when first,
 * 順番待ち behind others.
 */
export function stateAfterApproval(facts: ApprovalFacts): ReservationState {
  if (facts.copies === 0) return 'investigating';
  if (facts.previousVolumeReady === false) return 'preparing';
  if (facts.freeOnShelf > 0 && facts.queuedAhead === 0) return 'awaiting-pick';
  return facts.queuedAhead === 0 ? 'awaiting-return' : 'waiting';
}

/** A 取消申込 once approved: 取消 by the patron (本人取消), the moment of approval recorded. */
export function approvedCancel(reservation: ReservationRow, now: string): Partial<ReservationRow> {
  return { state: 'cancelled', cancelReason: 'patron', cancelledAt: reservation.cancelledAt ?? now, updatedAt: now };
}

/**
 * After an ordered reservation changed (reordered, a volume cancelled), what an unsecured volume
 * must do: wait as 準備中 when the volume before it is not ready (it leaves the queue and gives up
 * a copy it had claimed on a shelf), or be approved again when it was 準備中 and no longer has to
 * wait. null: it stays as it is (予約申込 is decided at approval; 調査中 and 選書中 wait for a copy).
 */
export function stateInOrder(state: ReservationState, previousVolumeReady: boolean | null): 'preparing' | 'approve' | null {
  const queued: readonly ReservationState[] = ['awaiting-pick', 'awaiting-return', 'waiting'];
  if (previousVolumeReady === false && queued.includes(state)) return 'preparing';
  if (state === 'preparing' && previousVolumeReady !== false) return 'approve';
  return null;
}
