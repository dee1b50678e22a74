import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import type { LoginRequest } from '../../../src/api/contract/auth';
import type { PatronRow } from '../../db/schema';
import { checkCardNumber } from '../../domain/card-number';
import { DomainError } from '../../domain/errors';
import {
  afterFailedLogin,
  afterSuccessfulLogin,
  refuseIfClientLimited,
  refuseIfLocked,
  refuseIfTemporaryNotYetValid,
  type CardLockout,
} from '../../domain/login';
import { hashNeedsUpgrade, hashPassword, unmatchableHash, verifyPassword } from '../../domain/password-hash';
import { checkPasswordPolicy, passwordForHashing } from '../../domain/password-policy';
import type { Library } from '../../runtime/library-host';
import { openSession, purgeExpiredSessions, type SignedIn } from './sessions';

/** The same refusal whether the card or the password was wrong, so that neither can be probed. */
const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The card number or the password is wrong', {}, true);

/** A card number as an attempt meets it: the patron it names, if any, and its count of failures. */
export interface AttemptedCard {
  cardNumber: string;
  patron: PatronRow | undefined;
}

export function attemptedCard(library: Library, cardNumber: string): AttemptedCard {
  return { cardNumber, patron: library.db.tables.patrons.where('cardNumber', cardNumber)[0] };
}

/** A known card's count lives in its patron row; an unknown one's in memory, under the same rule. */
export function lockoutOf(library: Library, card: AttemptedCard): CardLockout {
  return card.patron ?? library.loginAttempts.unknownCard(card.cardNumber);
}

/**
 * A failed attempt on a card (a wrong password, or registration data that does not match), known
 * to the library or not: it is counted, and the profile's n-th in a row locks the card for a while.
 * The count is kept although the request fails with `refusal` (or ACCOUNT_LOCKED when it locked).
 */
export function refuseFailedAttempt(library: Library, card: AttemptedCard, now: number, refusal = invalidCredentials): never {
  const before = lockoutOf(library, card);
  const counted = afterFailedLogin(before, now, library.profile);
  if (card.patron) library.db.tables.patrons.update(card.patron.id, counted);
  else library.loginAttempts.setUnknownCard(card.cardNumber, counted);
  if (counted.lockedUntil && counted.lockedUntil !== before.lockedUntil) {
    throw new DomainError(
      'ACCOUNT_LOCKED',
      'Too many failed attempts; the card is locked for a while',
      { lockedUntil: counted.lockedUntil },
      true,
    );
  }
  throw refusal();
}

/** The patron whose card and password match; any other attempt counted and refused. */
async function matchingPatron(library: Library, card: AttemptedCard, password: string, now: number): Promise<PatronRow> {
  refuseIfLocked(lockoutOf(library, card), now);
  const stored = card.patron?.passwordHash ?? unmatchableHash(library.hashIterations);
  const matches = await verifyPassword(passwordForHashing(password, library.profile.password), stored);
  if (!matches || !card.patron) refuseFailedAttempt(library, card, now);
  return card.patron;
}

/**
 * What a successful login writes to the patron: the lockout cleared, and the password's hash made
 * again where it was made at a lower cost than the library's now (`hashNeedsUpgrade`): the login is
 * the only moment the password is at hand.
 */
async function signedInPatron(library: Library, patron: PatronRow, password: string): Promise<Partial<PatronRow>> {
  if (patron.passwordHash === null || !hashNeedsUpgrade(patron.passwordHash, library.hashIterations)) return afterSuccessfulLogin;
  const passwordHash = await hashPassword(passwordForHashing(password, library.profile.password), library.hashIterations);
  return { ...afterSuccessfulLogin, passwordHash };
}

/**
 * 利用者番号 and パスワード checked under the library's rules (the card's form, and the password's
 * where the library's login page states it, before any lookup; the client's rate, lockout, a
 * temporary password's waiting time); a new session. An unknown card, or one without a password,
 * costs the same hashing and locks the same way as a known one, so that neither the answer nor
 * its timing tells which cards exist. `client` names who asks (an address), for the rate limit.
 */
export async function logIn(library: Library, request: LoginRequest, now: number, client: string): Promise<SignedIn> {
  const cardNumber = normalizeCardNumber(request.cardNumber);
  const formatIssue = checkCardNumber(cardNumber, library.profile);
  if (formatIssue) throw DomainError.validation([formatIssue]);
  if (request.password.length === 0) throw DomainError.validation([{ path: 'password', code: 'required', message: 'Enter the password' }]);
  if (library.profile.checksPasswordFormAtLogin) {
    const passwordIssue = checkPasswordPolicy(request.password, library.profile.password, 'password');
    if (passwordIssue) throw DomainError.validation([passwordIssue]);
  }
  refuseIfClientLimited(library.loginAttempts.clientFailures(client, now), now);

  const patron = await matchingPatron(library, attemptedCard(library, cardNumber), request.password, now).catch((refusal: unknown) => {
    library.loginAttempts.addClientFailure(client, now);
    throw refusal;
  });
  refuseIfTemporaryNotYetValid(patron, now, library.profile);
  const signedIn = await signedInPatron(library, patron, request.password);
  purgeExpiredSessions(library, now);
  return openSession(library, library.db.tables.patrons.update(patron.id, signedIn), now);
}
