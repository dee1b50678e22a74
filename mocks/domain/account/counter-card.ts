import type { PasswordPolicy } from '../../../src/api/contract/library';
import type { LibraryProfile } from '../../profiles/profile';

// 利用者登録 at the counter, as the seeds describe it: the patron shows who they are, gets a card,
// and — depending on the library — a temporary password on paper (p000, p003), one made of their
// birthday as MMDD that works half an hour later (p001), or none, to register online (p002, p004).

/** A counter-issued temporary password that the library's own policy accepts. */
function counterTemporaryPassword(policy: PasswordPolicy, random: () => number = Math.random): string {
  const length = Math.min(Math.max(policy.minLength, 6), policy.maxLength);
  // No letters that staff and patrons misread on a slip (l/1, o/0).
  const alphabet = policy.charset === 'digits' ? '0123456789' : 'abcdefghijkmnpqrstuvwxyz23456789';
  let password = '';
  for (let n = 0; n < length; n++) password += alphabet[Math.floor(random() * alphabet.length)];
  // An alphanumeric policy is satisfied by any mix; a slip reads better with at least one digit at the end.
  return policy.charset === 'digits' ? password : password.slice(0, -1) + String(Math.floor(random() * 8) + 2);
}

/** The first password the counter hands over, by the library's rule; null when the patron registers one online. */
export function firstPasswordAtCounter(profile: LibraryProfile, birthDate: string, random?: () => number): string | null {
  switch (profile.passwordRules.first) {
    case 'counter-temporary':
      return counterTemporaryPassword(profile.password, random);
    case 'birthdate-temporary':
      return birthDate.slice(5, 7) + birthDate.slice(8, 10);
    default:
      return null;
  }
}
