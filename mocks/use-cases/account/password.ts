import type { ChangePasswordRequest } from '../../../src/api/contract/auth';
import type { PatronRow, SessionRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { hashPassword, verifyPassword } from '../../domain/password-hash';
import { checkPasswordPolicy, passwordForHashing } from '../../domain/password-policy';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { endSessions } from '../auth/sessions';

/** パスワード変更 under the profile's policy; the patron's other sessions end, this one goes on. */
export async function changePassword(
  library: Library,
  patron: PatronRow,
  session: SessionRow,
  change: ChangePasswordRequest,
  now: number,
): Promise<PatronRow> {
  const policy = library.profile.password;
  const matches =
    patron.passwordHash !== null && (await verifyPassword(passwordForHashing(change.currentPassword, policy), patron.passwordHash));
  if (!matches) {
    throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong', {
      fields: [{ path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' }],
    });
  }
  const issue = checkPasswordPolicy(change.newPassword, policy);
  if (issue) throw new DomainError('PASSWORD_POLICY_VIOLATION', issue.message, { fields: [issue] });
  if (change.newPassword === change.currentPassword) {
    throw new DomainError('PASSWORD_POLICY_VIOLATION', 'Choose a password other than the current one', {
      fields: [{ path: 'newPassword', code: 'password_unchanged', message: 'Choose a password other than the current one' }],
    });
  }
  const updated = library.db.tables.patrons.update(patron.id, {
    passwordHash: await hashPassword(passwordForHashing(change.newPassword, policy)),
    passwordTemporary: false,
    passwordIssuedAt: toIso(now),
  });
  endSessions(library, patron, session);
  return updated;
}
