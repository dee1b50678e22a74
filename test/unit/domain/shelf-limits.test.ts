import { describe, expect, it } from 'vitest';
import { shelfCreation, shelfRoom } from '../../../mocks/domain/shelves/limits';
import { profiles } from '../../../mocks/profiles/profiles';

const p004 = profiles.p004;

describe('My本棚 limits (p004: 10 shelves, これから読みたい本 and お気に入り included, 100 titles each)', () => {
  it('allows own shelves until the two every patron has and the own ones reach the number of shelves', () => {
    expect(shelfCreation(p004, 7)).toEqual({ allowed: true, reason: null });
    expect(shelfCreation(p004, 8)).toEqual({ allowed: false, reason: 'shelf-limit' });
  });

  it('leaves room on a shelf up to the number of titles, never less than none', () => {
    expect(shelfRoom(p004, 0)).toBe(100);
    expect(shelfRoom(p004, 99)).toBe(1);
    expect(shelfRoom(p004, 100)).toBe(0);
    expect(shelfRoom(p004, 120)).toBe(0);
  });
});
