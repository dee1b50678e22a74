import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import type { LoginRequest } from '../../../src/api/contract/auth';
import type { PatronRow } from '../../db/schema';
import { checkCardNumber } from '../../domain/card-number';
import { DomainError } from '../../domain/errors';
import { afterFailedLogin, afterSuccessfulLogin, refuseIfLocked, refuseIfTemporaryNotYetValid } from '../../domain/login';
import { verifyPassword } from '../../domain/password-hash';
import { passwordForHashing } from '../../domain/password-policy';
import type { Library } from '../../runtime/library-host';
import { openSession, type SignedIn } from './sessions';

/** The same refusal whether the card or the password was wrong, so that neither can be probed. */
const invalidCredentials = (keepChanges: boolean) =>
  new DomainError('INVALID_CREDENTIALS', 'The card number or the password is wrong', {}, keepChanges);

/**
 * A failed attempt on a card (a wrong password, or registration data that does not match): it is
 * counted, and the profile's n-th in a row locks the card for a while. The count is kept although
 * the request fails.
 */
export function refuseFailedAttempt(library: Library, patron: PatronRow, now: number): never {
  const counted = library.db.tables.patrons.update(patron.id, afterFailedLogin(patron, now, library.profile));
  if (counted.lockedUntil && counted.lockedUntil !== patron.lockedUntil) {
    throw new DomainError(
      'ACCOUNT_LOCKED',
      'Too many failed attempts; the card is locked for a while',
      { lockedUntil: counted.lockedUntil },
      true,
    );
  }
  throw invalidCredentials(true);
}

/** 利用者番号 and パスワード checked under the library's rules (format, lockout, a temporary password's waiting time); a new session. */
export async function logIn(library: Library, request: LoginRequest, now: number): Promise<SignedIn> {
  const cardNumber = normalizeCardNumber(request.cardNumber);
  const formatIssue = checkCardNumber(cardNumber, library.profile);
  if (formatIssue) throw DomainError.validation([formatIssue]);
  if (request.password.length === 0) throw DomainError.validation([{ path: 'password', code: 'required', message: 'Enter the password' }]);

  const { patrons } = library.db.tables;
  const patron = patrons.where('cardNumber', cardNumber)[0];
  if (!patron) throw invalidCredentials(false);
  refuseIfLocked(patron, now);
  const matches =
    patron.passwordHash !== null &&
    (await verifyPassword(passwordForHashing(request.password, library.profile.password), patron.passwordHash));
  if (!matches) refuseFailedAttempt(library, patron, now);
  refuseIfTemporaryNotYetValid(patron, now, library.profile);
  return openSession(library, patrons.update(patron.id, afterSuccessfulLogin), now);
}
