import type { LibraryInfo } from '../../api/contract/library';

/** 新規パスワード登録 (p002) or パスワード新規登録・再発行 confirmed by an e-mail link (p004). */
export type RegistrationMode = 'self-registration' | 'self-registration-email';

/** How this library lets patrons set a password online; null where the counter issues every password. */
export function registrationMode(library: LibraryInfo): RegistrationMode | null {
  const { first } = library.passwordRules;
  return first === 'self-registration' || first === 'self-registration-email' ? first : null;
}
