import { advanceClock, setClock, type ClockState } from '../../domain/clock';
import { overdueFrom } from '../../domain/loans/renewal';
import { runBackOffice, type OfficeEvent } from '../../runtime/back-office';
import type { Library } from '../../runtime/library-host';

/**
 * Move the library's clock (already played up to the current time) to a new state, and play the
 * back office forward to it: what it did, and each loan whose due date ended meanwhile (延滞).
 */
export function moveClock(library: Library, state: ClockState): OfficeEvent[] {
  const events: OfficeEvent[] = [];
  const before = library.now();
  library.setClockState(state);
  const after = library.now();
  runBackOffice(library, after, (event) => events.push(event));
  for (const loan of library.db.tables.loans.all()) {
    const from = overdueFrom(loan);
    const stillOut = loan.returnedAt === null || Date.parse(loan.returnedAt) > from;
    if (stillOut && from > before && from <= after) {
      events.push({ at: from, kind: 'overdue', patronId: loan.patronId, titleId: loan.titleId, branchId: loan.branchId });
    }
  }
  return events;
}

/** The simulation API sets the time (never backwards) and/or whether it runs; answers what the library did meanwhile. */
export function setSimulatedClock(library: Library, change: { now?: number; running?: boolean }): OfficeEvent[] {
  return moveClock(library, setClock(library.clockState(), library.wallNow(), change));
}

/** The simulation API moves time forward by some minutes; answers what the library did meanwhile. */
export function advanceSimulatedClock(library: Library, minutes: number): OfficeEvent[] {
  return moveClock(library, advanceClock(library.clockState(), library.wallNow(), minutes));
}
