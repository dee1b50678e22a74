import type { LibraryProfile } from '../profiles/profile';
import type { PatronRow } from '../db/schema';
import { DomainError } from './errors';
import { fromIso, MINUTE, toIso } from './time';

/**
 * A card number's failed attempts in a row and its lock. A patron's are in their row; a card number
 * the library does not know keeps the same count elsewhere, so that it locks as a known one does.
 */
export type CardLockout = Pick<PatronRow, 'failedLogins' | 'lockedUntil'>;

/** A card locked by repeated failures stays locked until the lock runs out; then it opens by itself. */
export function refuseIfLocked(card: CardLockout, now: number): void {
  if (card.lockedUntil && fromIso(card.lockedUntil) > now) {
    throw new DomainError('ACCOUNT_LOCKED', 'Too many failed attempts; the card is locked for a while', {
      lockedUntil: card.lockedUntil,
    });
  }
}

/** Count a failed attempt; the profile's n-th failure in a row locks the card. */
export function afterFailedLogin(card: CardLockout, now: number, profile: LibraryProfile): CardLockout {
  const lockExpired = card.lockedUntil !== null && fromIso(card.lockedUntil) <= now;
  const failedLogins = (lockExpired ? 0 : card.failedLogins) + 1;
  const { maxFailures, lockMinutes } = profile.lockout;
  return {
    failedLogins,
    lockedUntil: failedLogins >= maxFailures ? toIso(now + lockMinutes * MINUTE) : lockExpired ? null : card.lockedUntil,
  };
}

export const afterSuccessfulLogin: CardLockout = { failedLogins: 0, lockedUntil: null };

/**
 * How many failed logins one client (an address; the one browser in the page) may make in a
 * window before it must wait: enough for a patron who mistypes, too few to lock more than a few
 * cards (each takes the profile's lockout count) or to try one password on many.
 */
export const CLIENT_LOGIN_LIMIT = { failures: 10, windowMinutes: 15 } as const;

/** A client's failed logins still inside the window, oldest first. */
export function recentClientFailures(failures: readonly number[], now: number): number[] {
  return failures.filter((at) => at > now - CLIENT_LOGIN_LIMIT.windowMinutes * MINUTE);
}

/** A client that has failed too often waits until its oldest failure in the window leaves it. */
export function refuseIfClientLimited(recentFailures: readonly number[], now: number): void {
  const oldest = recentFailures[0];
  if (oldest === undefined || recentFailures.length < CLIENT_LOGIN_LIMIT.failures) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + CLIENT_LOGIN_LIMIT.windowMinutes * MINUTE - now) / 1000));
  throw new DomainError('RATE_LIMITED', 'Too many failed logins from this client; wait before trying again', { retryAfterSeconds });
}

/** p001: a temporary password works only from some minutes after the counter issued it. */
export function refuseIfTemporaryNotYetValid(patron: PatronRow, now: number, profile: LibraryProfile): void {
  const delay = profile.passwordRules.temporaryUsableAfterMinutes;
  if (!patron.passwordTemporary || delay === 0 || !patron.passwordIssuedAt) return;
  const validFrom = fromIso(patron.passwordIssuedAt) + delay * MINUTE;
  if (now < validFrom) {
    throw new DomainError('TEMPORARY_PASSWORD_NOT_YET_VALID', 'The temporary password cannot be used yet', {
      validFrom: toIso(validFrom),
    });
  }
}
