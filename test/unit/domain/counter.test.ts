import { describe, expect, it } from 'vitest';
import type { CopyRow } from '../../../mocks/db/schema';
import { afterCopyLost, counterActionOf, preferredCopy } from '../../../mocks/domain/counter';

const copy = (id: string, branchId: string): CopyRow => ({ id, titleId: 'T1', branchId, status: 'on-shelf', shelf: '913' });

describe('the counter', () => {
  it('lends a ready reservation, receives the item a 調査中 or 選書中 one waits for, and offers nothing else', () => {
    expect(counterActionOf('ready')).toBe('lend');
    expect(counterActionOf('investigating')).toBe('receive');
    expect(counterActionOf('on-order')).toBe('receive');
    for (const state of ['requested', 'waiting', 'awaiting-return', 'in-transit', 'preparing', 'cancelled'] as const)
      expect(counterActionOf(state)).toBeNull();
  });

  it('takes the copy at the branch asked for, otherwise the first by id, and none from an empty shelf', () => {
    const shelf = [copy('C3', 'north'), copy('C2', 'south'), copy('C9', 'central')];
    expect(preferredCopy(shelf, 'central')?.id).toBe('C9');
    expect(preferredCopy(shelf, 'east')?.id).toBe('C2');
    expect(shelf.map((item) => item.id)).toEqual(['C3', 'C2', 'C9']);
    expect(preferredCopy([], 'central')).toBeUndefined();
  });

  it('sends a reservation whose copy was lost back to the queue, or to 確認待ち when another copy is free', () => {
    expect(afterCopyLost(false, '2026-11-24T10:00:00+09:00')).toMatchObject({ state: 'waiting', copyId: null, pickupDeadline: null });
    expect(afterCopyLost(true, '2026-11-24T10:00:00+09:00')).toMatchObject({ state: 'awaiting-pick', copyId: null });
  });
});
