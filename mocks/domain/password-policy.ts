import type { FieldIssue } from '../../src/api/contract/errors';
import type { LibraryInfo, PasswordPolicy } from '../../src/api/contract/library';
import type { PatronRow } from '../db/schema';

/** Whether a new password follows the library's policy; the first rule broken is reported. */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy, path = 'newPassword'): FieldIssue | null {
  const params = { min: policy.minLength, max: policy.maxLength };
  if (password.length === 0) return { path, code: 'required', message: 'Enter a password' };
  const allowed = policy.charset === 'digits' ? /^[0-9]+$/ : /^[0-9A-Za-z]+$/;
  if (!allowed.test(password)) {
    const code = policy.charset === 'digits' ? 'password_digits_only' : 'password_alphanumeric_only';
    return { path, code, message: `Use only half-width ${policy.charset === 'digits' ? 'digits' : 'letters and digits'}`, params };
  }
  if (password.length < policy.minLength || password.length > policy.maxLength) {
    const code = policy.minLength === policy.maxLength ? 'password_exact_length' : 'password_length';
    return { path, code, message: `Use ${policy.minLength}–${policy.maxLength} characters`, params };
  }
  return null;
}

/**
 * Whether a password change asks for the current password: always, except that a library may
 * replace a temporary one with only the new one twice (p000), the patron having just logged in with it.
 */
export function asksCurrentPassword(patron: Pick<PatronRow, 'passwordTemporary'>, profile: Pick<LibraryInfo, 'passwordRules'>): boolean {
  return !patron.passwordTemporary || profile.passwordRules.firstChangeAsksTemporary;
}

/** What is hashed: a library whose passwords ignore case stores them in one case. */
export function passwordForHashing(password: string, policy: PasswordPolicy): string {
  return policy.caseSensitive ? password : password.toLowerCase();
}
