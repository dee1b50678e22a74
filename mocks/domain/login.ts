import type { LibraryProfile } from '../profiles/profile';
import type { PatronRow } from '../db/schema';
import { DomainError } from './errors';
import { fromIso, MINUTE, toIso } from './time';

/** A card locked by repeated failures stays locked until the lock runs out; then it opens by itself. */
export function refuseIfLocked(patron: PatronRow, now: number): void {
  if (patron.lockedUntil && fromIso(patron.lockedUntil) > now) {
    throw new DomainError('ACCOUNT_LOCKED', 'Too many failed attempts; the card is locked for a while', {
      lockedUntil: patron.lockedUntil,
    });
  }
}

/** Count a failed attempt; the profile's n-th failure in a row locks the card. */
export function afterFailedLogin(patron: PatronRow, now: number, profile: LibraryProfile): Pick<PatronRow, 'failedLogins' | 'lockedUntil'> {
  const lockExpired = patron.lockedUntil !== null && fromIso(patron.lockedUntil) <= now;
  const failedLogins = (lockExpired ? 0 : patron.failedLogins) + 1;
  const { maxFailures, lockMinutes } = profile.lockout;
  return {
    failedLogins,
    lockedUntil: failedLogins >= maxFailures ? toIso(now + lockMinutes * MINUTE) : lockExpired ? null : patron.lockedUntil,
  };
}

export const afterSuccessfulLogin: Pick<PatronRow, 'failedLogins' | 'lockedUntil'> = { failedLogins: 0, lockedUntil: null };

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
