import type { FieldIssue } from '../../../src/api/contract/errors';
import type { HoldRefusal, ReservationItem } from '../../../src/api/contract/reservations';
import type { ReservationRow, ReservationState } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { addDays, startOfTokyoDay } from '../time';

// 保留: a patron away (a holiday, a stay in hospital) holds a reservation until a day. It keeps its
// place in the title's queue, but a copy that comes back while it is held goes to the next one
// waiting; on the day, it takes up its place again (the back office, on the library's clock).

/** Only a reservation waiting in its title's queue may be held: 返却待ち, 順番待ち. */
const HOLDABLE: readonly ReservationState[] = ['awaiting-return', 'waiting'];

/** 保留: whether this reservation may be held, why not, and the last day a hold may run until. */
export function holdPermission(reservation: ReservationRow, profile: LibraryProfile, today: string): ReservationItem['actions']['hold'] {
  const refused = (reason: HoldRefusal) => ({ allowed: false, reason, earliest: null, latest: null });
  const { hold } = profile.reservations;
  if (!hold) return refused('not-offered');
  if (!HOLDABLE.includes(reservation.state)) return refused('not-waiting');
  if (reservation.origin === 'counter') return refused('counter-made');
  return { allowed: true, reason: null, earliest: addDays(today, 1), latest: addDays(today, hold.maxDays) };
}

/** 保留の解除: a held reservation may always be taken up again before its day. */
export function resumePermission(reservation: ReservationRow): ReservationItem['actions']['resume'] {
  return { allowed: reservation.heldUntil !== null };
}

/** The day asked for must come after today and no later than the library's limit. */
export function holdDayIssues(until: string, { earliest, latest }: { earliest: string; latest: string }): FieldIssue[] {
  if (until < earliest) return [{ path: 'until', code: 'hold_not_after_today', message: 'Choose a day after today' }];
  if (until > latest) return [{ path: 'until', code: 'hold_too_far', message: `Choose a day no later than ${latest}`, params: { latest } }];
  return [];
}

/** Whether a reservation is held on `today`: it is until the start of its day. */
export function isHeld(reservation: ReservationRow, today: string): boolean {
  return reservation.heldUntil !== null && today < reservation.heldUntil;
}

/** When the back office takes a held reservation up again: the start of its day, Tokyo time. */
export function resumeDue(heldUntil: string): number {
  return startOfTokyoDay(heldUntil);
}

/** The first of a queue a copy may go to: held reservations keep their places but are passed over. */
export function firstToSecure(queue: readonly ReservationRow[], today: string): ReservationRow | undefined {
  return queue.find((reservation) => !isHeld(reservation, today));
}
