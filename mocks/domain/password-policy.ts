import type { FieldIssue } from '../../src/api/contract/errors';
import type { PasswordPolicy } from '../../src/api/contract/library';

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

/** What is hashed: a library whose passwords ignore case stores them in one case. */
export function passwordForHashing(password: string, policy: PasswordPolicy): string {
  return policy.caseSensitive ? password : password.toLowerCase();
}
