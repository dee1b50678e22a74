import { normalizeCardNumber } from '../../src/api/contract/card-number';
import type { LoginRequest, LoginResponse, SessionInfo } from '../../src/api/contract/auth';
import type { PatronRow, SessionRow } from '../db/schema';
import { checkCardNumber, maskCardNumber } from '../domain/card-number';
import { DomainError } from '../domain/errors';
import { afterFailedLogin, afterSuccessfulLogin, refuseIfLocked, refuseIfTemporaryNotYetValid } from '../domain/login';
import { hashPassword, verifyPassword } from '../domain/password-hash';
import { checkPasswordPolicy, passwordForHashing } from '../domain/password-policy';
import { sessionIdleExpiry } from '../domain/session';
import { toIso } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { defineHandler } from './define-handler';

function sessionInfo(library: Library, patron: PatronRow, session: SessionRow): SessionInfo {
  return {
    patron: { name: patron.name, nameKana: patron.nameKana, cardNumberMasked: maskCardNumber(patron.cardNumber) },
    mustChangePassword: patron.passwordTemporary,
    idleExpiresAt: toIso(sessionIdleExpiry(session, library.profile)),
  };
}

/** The same refusal whether the card or the password was wrong, so that neither can be probed. */
export const invalidCredentials = (keepChanges: boolean) =>
  new DomainError('INVALID_CREDENTIALS', 'The card number or the password is wrong', {}, keepChanges);

/**
 * A failed attempt on a card (a wrong password, or registration data that does not match): it is
 * counted, and the profile's n-th in a row locks the card for a while. The count is kept although
 * the request fails.
 */
export function refuseFailedAttempt(library: Library, patron: PatronRow, now: number): never {
  const counted = library.db.tables.patrons.update(patron.id, afterFailedLogin(patron, now, library.profile));
  if (counted.lockedUntil && counted.lockedUntil !== patron.lockedUntil) {
    throw new DomainError('ACCOUNT_LOCKED', 'Too many failed attempts; the card is locked for a while', { lockedUntil: counted.lockedUntil }, true);
  }
  throw invalidCredentials(true);
}

/** 利用者番号 and パスワード checked under the library's rules (format, lockout, a temporary password's waiting time); a new session. */
export async function logIn(library: Library, request: LoginRequest, now: number): Promise<LoginResponse> {
  const cardNumber = normalizeCardNumber(request.cardNumber);
  const formatIssue = checkCardNumber(cardNumber, library.profile);
  if (formatIssue) throw DomainError.validation([formatIssue]);
  if (request.password.length === 0) throw DomainError.validation([{ path: 'password', code: 'required', message: 'Enter the password' }]);

  const { patrons } = library.db.tables;
  const patron = patrons.where('cardNumber', cardNumber)[0];
  if (!patron) throw invalidCredentials(false);
  refuseIfLocked(patron, now);
  const matches = patron.passwordHash !== null && (await verifyPassword(passwordForHashing(request.password, library.profile.password), patron.passwordHash));
  if (!matches) refuseFailedAttempt(library, patron, now);
  refuseIfTemporaryNotYetValid(patron, now, library.profile);
  return openSession(library, patrons.update(patron.id, afterSuccessfulLogin), now);
}

/** A new session for a patron whose identity is settled (by their password, or by restoring a scenario they were signed in to). */
export function openSession(library: Library, patron: PatronRow, now: number): LoginResponse {
  const session = library.db.tables.sessions.insert({ id: crypto.randomUUID(), patronId: patron.id, createdAt: toIso(now), lastSeenAt: toIso(now) });
  return { token: session.id, session: sessionInfo(library, patron, session) };
}

export const authHandlers = [
  defineHandler('login', ({ body, library, now }) => logIn(library, body, now)),

  defineHandler('logout', ({ library, session }) => {
    library.db.tables.sessions.delete(session.id);
  }),

  defineHandler('getSession', ({ library, patron, session }) => sessionInfo(library, patron, session)),

  defineHandler('changePassword', async ({ body, library, patron, session, now }) => {
    const policy = library.profile.password;
    const matches = patron.passwordHash !== null && (await verifyPassword(passwordForHashing(body.currentPassword, policy), patron.passwordHash));
    if (!matches) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong', {
        fields: [{ path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' }],
      });
    }
    const issue = checkPasswordPolicy(body.newPassword, policy);
    if (issue) throw new DomainError('PASSWORD_POLICY_VIOLATION', issue.message, { fields: [issue] });
    if (body.newPassword === body.currentPassword) {
      throw new DomainError('PASSWORD_POLICY_VIOLATION', 'Choose a password other than the current one', {
        fields: [{ path: 'newPassword', code: 'password_unchanged', message: 'Choose a password other than the current one' }],
      });
    }
    const updated = library.db.tables.patrons.update(patron.id, {
      passwordHash: await hashPassword(passwordForHashing(body.newPassword, policy)),
      passwordTemporary: false,
      passwordIssuedAt: toIso(now),
    });
    // A new password ends every other session of the patron, wherever it was opened.
    for (const other of library.db.tables.sessions.where('patronId', patron.id)) {
      if (other.id !== session.id) library.db.tables.sessions.delete(other.id);
    }
    return sessionInfo(library, updated, session);
  }),
];
