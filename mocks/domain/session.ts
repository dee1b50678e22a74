import type { SessionRow } from '../db/schema';
import type { LibraryProfile } from '../profiles/profile';
import { fromIso, MINUTE, toIso } from './time';

/** A session ends after the profile's idle minutes without a request. */
export function sessionIdleExpiry(session: SessionRow, profile: LibraryProfile): number {
  return fromIso(session.lastSeenAt) + profile.session.idleMinutes * MINUTE;
}

export function isSessionExpired(session: SessionRow, now: number, profile: LibraryProfile): boolean {
  return now >= sessionIdleExpiry(session, profile);
}

export function touchSession(session: SessionRow, now: number): SessionRow {
  return { ...session, lastSeenAt: toIso(now) };
}
