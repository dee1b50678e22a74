import { describe, expect, it } from 'vitest';
import type { ReservationRow, ReservationState } from '../../../mocks/db/schema';
import { approvedCancel, isApprovalDue, stateAfterApproval } from '../../../mocks/domain/reservations/approval';
import { queueOf, queuePosition, relabelQueue } from '../../../mocks/domain/reservations/queue';
import { fromIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';
import { reservationRow } from '../reservation-row';

function reservation(id: string, state: ReservationState, queuedAt: string): ReservationRow {
  return reservationRow({ id, patronId: `P-${id}`, state, queuedAt, reservedAt: queuedAt, updatedAt: queuedAt });
}

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00+09:00`;

describe('the queue of a title', () => {
  const rows = [
    reservation('R3', 'waiting', at(12)),
    reservation('R1', 'awaiting-return', at(10)),
    reservation('R0', 'ready', at(1)),
    reservation('R2', 'waiting', at(11)),
    reservation('R9', 'cancelled', at(2)),
  ];

  it('holds only reservations waiting for a copy, earliest first', () => {
    expect(queueOf(rows).map((row) => row.id)).toEqual(['R1', 'R2', 'R3']);
  });

  it('numbers places from 1 (n 番目), and gives none to a reservation not in the queue', () => {
    expect(queuePosition(rows[0]!, rows)).toBe(3);
    expect(queuePosition(rows[1]!, rows)).toBe(1);
    expect(queuePosition(rows[2]!, rows)).toBeNull();
  });

  it('breaks a tie of the same moment by id', () => {
    const tied = [reservation('B', 'waiting', at(10)), reservation('A', 'waiting', at(10))];
    expect(queueOf(tied).map((row) => row.id)).toEqual(['A', 'B']);
  });

  it('puts a patron who reserves again after a cancel at the back: the new reservation queues from its own time', () => {
    const again = [...rows, reservation('R1-again', 'waiting', at(20))];
    expect(queuePosition(again.at(-1)!, again)).toBe(4);
  });

  it('makes the first 返却待ち and the others 順番待ち when the queue has moved', () => {
    const moved = [reservation('R2', 'waiting', at(11)), reservation('R3', 'waiting', at(12))];
    expect(relabelQueue(moved)).toEqual([{ id: 'R2', state: 'awaiting-return' }]);
    expect(relabelQueue([reservation('R1', 'awaiting-return', at(10)), reservation('R0', 'awaiting-return', at(12))])).toEqual([
      { id: 'R0', state: 'waiting' },
    ]);
  });
});

describe('approving a 予約申込', () => {
  const facts = { copies: 2, freeOnShelf: 0, queuedAhead: 0, previousVolumeReady: null };

  it("is due once the profile's minutes have passed since the request (about 5)", () => {
    const requested = at(24);
    expect(isApprovalDue(requested, fromIso(requested) + 4 * 60_000, profiles.p003)).toBe(false);
    expect(isApprovalDue(requested, fromIso(requested) + 5 * 60_000, profiles.p003)).toBe(true);
  });

  it('becomes 調査中 when the library owns no copy', () => {
    expect(stateAfterApproval({ ...facts, copies: 0 })).toBe('investigating');
  });

  it('becomes 確認待ち when a free copy is on a shelf', () => {
    expect(stateAfterApproval({ ...facts, freeOnShelf: 1 })).toBe('awaiting-pick');
  });

  it('becomes 返却待ち when every copy is out and nobody is ahead, 順番待ち behind others', () => {
    expect(stateAfterApproval(facts)).toBe('awaiting-return');
    expect(stateAfterApproval({ ...facts, queuedAhead: 3 })).toBe('waiting');
  });

  it('keeps a later volume of an ordered reservation 準備中 until the previous one is ready, even with a copy on the shelf', () => {
    expect(stateAfterApproval({ ...facts, freeOnShelf: 2, previousVolumeReady: false })).toBe('preparing');
    expect(stateAfterApproval({ ...facts, freeOnShelf: 2, previousVolumeReady: true })).toBe('awaiting-pick');
  });

  it('turns an approved 取消申込 into 取消 by the patron (本人取消)', () => {
    const asked = { ...reservation('R1', 'cancel-requested', at(10)), cancelledAt: at(20) };
    expect(approvedCancel(asked, at(21))).toEqual({ state: 'cancelled', cancelReason: 'patron', cancelledAt: at(20), updatedAt: at(21) });
  });
});
