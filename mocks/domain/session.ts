import type { SessionRow } from '../db/schema';
import type { LibraryProfile } from '../profiles/profile';
import { fromIso, HOUR, MINUTE, toIso } from './time';

/** However busy, a session ends this long after its login: a token that leaks does not live for ever. */
const SESSION_LIFETIME_HOURS = 12;

/**
 * When a session ends: after the profile's idle minutes without a request, and at the latest
 * `SESSION_LIFETIME_HOURS` after it opened.
 */
export function sessionExpiry(session: SessionRow, profile: LibraryProfile): number {
  const idle = fromIso(session.lastSeenAt) + profile.session.idleMinutes * MINUTE;
  return Math.min(idle, fromIso(session.createdAt) + SESSION_LIFETIME_HOURS * HOUR);
}

export function isSessionExpired(session: SessionRow, now: number, profile: LibraryProfile): boolean {
  return now >= sessionExpiry(session, profile);
}

export function touchSession(session: SessionRow, now: number): SessionRow {
  return { ...session, lastSeenAt: toIso(now) };
}

/**
 * Whether a request should store its session's new last-seen time. It moves in whole minutes, so
 * that a patron reading page after page does not make the library write at every request: idle
 * time is counted to the minute.
 */
export function isTouchDue(session: SessionRow, now: number): boolean {
  return now - fromIso(session.lastSeenAt) >= MINUTE;
}
