import { DomainError } from './errors';
import { MINUTE } from './time';

/**
 * The simulated clock as it is stored with the library: either frozen at a moment, or running
 * with the wall clock shifted by an offset. Every rule reads the time through this, never the
 * wall clock itself.
 */
export interface ClockState {
  offsetMs: number;
  frozenAt: number | null;
}

export function readClock(state: ClockState, wallNow: number): number {
  return state.frozenAt ?? wallNow + state.offsetMs;
}

export function startClock(at: number, wallNow: number, running: boolean): ClockState {
  return running ? { offsetMs: at - wallNow, frozenAt: null } : { offsetMs: 0, frozenAt: at };
}

/** Set the time and/or whether it runs. Time never goes backwards: the library's history would not add up. */
export function setClock(state: ClockState, wallNow: number, change: { now?: number; running?: boolean }): ClockState {
  const current = readClock(state, wallNow);
  const target = change.now ?? current;
  if (target < current) {
    throw DomainError.validation([{ path: 'now', code: 'clock_backwards', message: 'The simulated clock cannot go backwards' }]);
  }
  return startClock(target, wallNow, change.running ?? state.frozenAt === null);
}

export function advanceClock(state: ClockState, wallNow: number, minutes: number): ClockState {
  return setClock(state, wallNow, { now: readClock(state, wallNow) + minutes * MINUTE });
}
