import type { ChangePasswordRequest } from '../../../src/api/contract/auth';
import type { PatronRow, SessionRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { refuseIfLocked } from '../../domain/login';
import { hashPassword, verifyPassword } from '../../domain/password-hash';
import { asksCurrentPassword, checkPasswordPolicy, passwordForHashing } from '../../domain/password-policy';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { refuseFailedAttempt } from '../auth/login';
import { endSessions } from '../auth/sessions';

/**
 * パスワード変更 under the profile's policy; the patron's other sessions end, this one goes on. A
 * wrong current password counts towards the card's lockout, as a failed login does, so that a
 * session left open is no way to guess the password. Where the library replaces a temporary
 * password with the new one alone (p000), the session opened with it stands for it.
 */
export async function changePassword(
  library: Library,
  patron: PatronRow,
  session: SessionRow,
  change: ChangePasswordRequest,
  now: number,
): Promise<PatronRow> {
  const policy = library.profile.password;
  refuseIfLocked(patron, now);
  const asksCurrent = asksCurrentPassword(patron, library.profile);
  if (asksCurrent && change.currentPassword === undefined) {
    throw DomainError.validation([{ path: 'currentPassword', code: 'required', message: 'Enter the current password' }]);
  }
  const matches =
    !asksCurrent ||
    (patron.passwordHash !== null && (await verifyPassword(passwordForHashing(change.currentPassword ?? '', policy), patron.passwordHash)));
  if (!matches) {
    refuseFailedAttempt(
      library,
      { cardNumber: patron.cardNumber, patron },
      now,
      () =>
        new DomainError(
          'INVALID_CREDENTIALS',
          'The current password is wrong',
          { fields: [{ path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' }] },
          true,
        ),
    );
  }
  const issue = checkPasswordPolicy(change.newPassword, policy);
  if (issue) throw new DomainError('PASSWORD_POLICY_VIOLATION', issue.message, { fields: [issue] });
  const unchanged = asksCurrent
    ? change.newPassword === change.currentPassword
    : patron.passwordHash !== null && (await verifyPassword(passwordForHashing(change.newPassword, policy), patron.passwordHash));
  if (unchanged) {
    throw new DomainError('PASSWORD_POLICY_VIOLATION', 'Choose a password other than the current one', {
      fields: [{ path: 'newPassword', code: 'password_unchanged', message: 'Choose a password other than the current one' }],
    });
  }
  const updated = library.db.tables.patrons.update(patron.id, {
    passwordHash: await hashPassword(passwordForHashing(change.newPassword, policy), library.hashIterations),
    passwordTemporary: false,
    passwordIssuedAt: toIso(now),
  });
  endSessions(library, patron, session);
  return updated;
}
