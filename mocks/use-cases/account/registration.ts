import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import type { RegisterRequest } from '../../../src/api/contract/account';
import type { FieldIssue } from '../../../src/api/contract/errors';
import type { ConfirmationRow, PatronRow } from '../../db/schema';
import { confirmationState } from '../../domain/account/confirmation';
import { isKanaName, matchesRegistration, normalizePhone } from '../../domain/account/registration';
import { checkCardNumber } from '../../domain/card-number';
import { DomainError } from '../../domain/errors';
import { afterSuccessfulLogin, refuseIfLocked } from '../../domain/login';
import { hashPassword } from '../../domain/password-hash';
import { checkPasswordPolicy, passwordForHashing } from '../../domain/password-policy';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { attemptedCard, lockoutOf, refuseFailedAttempt } from '../auth/login';
import { endSessions } from '../auth/sessions';
import { sendConfirmation, withdrawPending } from './confirmations';

/**
 * 利用登録 online (p002, p004): the data must match the registration the counter made (failures
 * count as failed logins); the password is registered at once, or (p004) once the link mailed to
 * the patron is opened. Answers the link sent, or null when the password was registered at once.
 */
export async function register(library: Library, request: RegisterRequest, now: number): Promise<ConfirmationRow | null> {
  const { profile } = library;
  const byEmail = profile.passwordRules.first === 'self-registration-email';
  if (profile.passwordRules.first !== 'self-registration' && !byEmail) {
    throw new DomainError('CONFLICT', 'This library issues passwords at the counter', { reason: 'not-offered' });
  }
  const cardNumber = normalizeCardNumber(request.cardNumber);
  const issues: FieldIssue[] = [];
  const cardIssue = checkCardNumber(cardNumber, profile);
  if (cardIssue) issues.push(cardIssue);
  if (!isKanaName(request.nameKana)) issues.push({ path: 'nameKana', code: 'kana_only', message: 'Enter the name in katakana' });
  if (normalizePhone(request.phone).length < 9)
    issues.push({ path: 'phone', code: 'invalid', message: 'Enter the phone number registered at the library' });
  if (byEmail && !request.email)
    issues.push({ path: 'email', code: 'required', message: 'Enter an e-mail address to receive the confirmation link' });
  if (issues.length > 0) throw DomainError.validation(issues);
  const policyIssue = checkPasswordPolicy(request.newPassword, profile.password);
  if (policyIssue) throw new DomainError('PASSWORD_POLICY_VIOLATION', policyIssue.message, { fields: [policyIssue] });

  const card = attemptedCard(library, cardNumber);
  refuseIfLocked(lockoutOf(library, card), now);
  const { patron } = card;
  if (!patron || !matchesRegistration(patron, request)) refuseFailedAttempt(library, card, now);

  const passwordHash = await hashPassword(passwordForHashing(request.newPassword, profile.password), library.hashIterations);
  if (!byEmail) {
    library.db.tables.patrons.update(patron.id, {
      ...afterSuccessfulLogin,
      passwordHash,
      passwordTemporary: false,
      passwordIssuedAt: toIso(now),
    });
    endSessions(library, patron);
    return null;
  }
  library.db.tables.patrons.update(patron.id, afterSuccessfulLogin);
  withdrawPending(library, patron, 'registration', null, now);
  return sendConfirmation(
    library,
    patron,
    { kind: 'registration', patronId: patron.id, email: request.email!, slot: null, passwordHash },
    now,
  );
}

export interface Confirmed {
  confirmation: ConfirmationRow;
  patron: PatronRow;
}

/** A confirmation link opened: the new address is used from now on, or the self-registered password is (ending other sessions). */
export function confirm(library: Library, token: string, now: number): Confirmed {
  const { confirmations, patrons } = library.db.tables;
  const row = confirmations.get(token);
  const patron = row ? patrons.get(row.patronId) : undefined;
  if (!row || !patron) throw new DomainError('NOT_FOUND', 'No such confirmation link');
  const state = confirmationState(row, now);
  if (state !== 'valid') throw new DomainError('CONFLICT', `The link is ${state}`, { reason: state });
  confirmations.update(row.id, { usedAt: toIso(now) });
  if (row.kind === 'email') {
    patrons.update(patron.id, row.slot === 2 ? { email2: row.email } : { email1: row.email });
  } else {
    patrons.update(patron.id, {
      passwordHash: row.passwordHash,
      passwordTemporary: false,
      passwordIssuedAt: toIso(now),
      ...(patron.email1 === null ? { email1: row.email } : {}),
    });
    endSessions(library, patron);
  }
  return { confirmation: row, patron };
}
