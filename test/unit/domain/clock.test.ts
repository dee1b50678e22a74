import { describe, expect, it } from 'vitest';
import { advanceClock, readClock, setClock, startClock } from '../../../mocks/domain/clock';
import { DomainError } from '../../../mocks/domain/errors';
import { fromIso, MINUTE } from '../../../mocks/domain/time';

const seedMoment = fromIso('2026-11-24T10:00:00+09:00');
const wall = fromIso('2030-01-01T00:00:00Z');

describe('the simulated clock', () => {
  it('stands still while frozen, whatever the wall clock does', () => {
    const clock = startClock(seedMoment, wall, false);
    expect(readClock(clock, wall)).toBe(seedMoment);
    expect(readClock(clock, wall + 60 * MINUTE)).toBe(seedMoment);
  });

  it('runs with the wall clock from the moment it was set', () => {
    const clock = startClock(seedMoment, wall, true);
    expect(readClock(clock, wall + 5 * MINUTE)).toBe(seedMoment + 5 * MINUTE);
  });

  it('advances by minutes and keeps running or frozen as it was', () => {
    const frozen = advanceClock(startClock(seedMoment, wall, false), wall, 90);
    expect(readClock(frozen, wall + MINUTE)).toBe(seedMoment + 90 * MINUTE);
    const running = advanceClock(startClock(seedMoment, wall, true), wall, 90);
    expect(readClock(running, wall + MINUTE)).toBe(seedMoment + 91 * MINUTE);
  });

  it('can be frozen and started again without jumping', () => {
    const running = startClock(seedMoment, wall, true);
    const frozen = setClock(running, wall + 10 * MINUTE, { running: false });
    expect(readClock(frozen, wall + 99 * MINUTE)).toBe(seedMoment + 10 * MINUTE);
    const again = setClock(frozen, wall + 99 * MINUTE, { running: true });
    expect(readClock(again, wall + 100 * MINUTE)).toBe(seedMoment + 11 * MINUTE);
  });

  it('never goes backwards, because the library history would not add up', () => {
    const clock = startClock(seedMoment, wall, false);
    expect(() => setClock(clock, wall, { now: seedMoment - MINUTE })).toThrow(DomainError);
    try {
      setClock(clock, wall, { now: seedMoment - MINUTE });
    } catch (error) {
      expect((error as DomainError).details.fields?.[0]?.code).toBe('clock_backwards');
    }
  });
});
