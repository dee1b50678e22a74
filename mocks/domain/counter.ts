import type { CopyRow, ReservationRow, ReservationState } from '../db/schema';

// What staff at the counter may do with a reservation, and which copy they take: the library's
// rules for the simulated counter (mocks/runtime/counter.ts carries them out).

/** 調査中 and 選書中: the library has no copy yet; receiving one (an ordered item) ends the wait. */
export function awaitsNewCopy(state: ReservationState): boolean {
  return state === 'investigating' || state === 'on-order';
}

/** The one counter action a reservation offers: lend its ready copy, receive the item it waits for, or none. */
export function counterActionOf(state: ReservationState): 'lend' | 'receive' | null {
  if (state === 'ready') return 'lend';
  return awaitsNewCopy(state) ? 'receive' : null;
}

/** The copy to take from the shelves: one at the given branch, otherwise the first by id. */
export function preferredCopy(shelf: readonly CopyRow[], branchId: string): CopyRow | undefined {
  return shelf.find((copy) => copy.branchId === branchId) ?? [...shelf].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/**
 * A reservation whose held copy was lost: it gives up the copy and goes back to the queue, or to
 * 確認待ち when another copy is free on a shelf (the back office then secures it).
 */
export function afterCopyLost(freeOnShelf: boolean, at: string): Partial<ReservationRow> {
  return {
    state: freeOnShelf ? 'awaiting-pick' : 'waiting',
    copyId: null,
    securedAt: null,
    notifiedAt: null,
    pickupDeadline: null,
    updatedAt: at,
  };
}
