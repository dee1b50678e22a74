import type { CreatePatronRequest } from '../../../src/api/contract/simulation';
import type { FieldIssue } from '../../../src/api/contract/errors';
import { firstPasswordAtCounter } from '../../domain/account/counter-card';
import { isKanaName } from '../../domain/account/registration';
import { DomainError } from '../../domain/errors';
import { hashPassword } from '../../domain/password-hash';
import { passwordForHashing } from '../../domain/password-policy';
import { MINUTE, toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { cardNumberAt } from '../../seed/personas';
import { COUNTER_PATRONS_KEY, counterPatronsOf } from './demo-patrons';

export interface RegisteredAtCounter {
  cardNumber: string;
  /** When a first password that must wait (p001) can be used. */
  usableFrom: number | null;
}

/** 利用登録 at the counter: a new card, and the first password the library's rule gives (none where patrons register online). */
export async function registerAtCounter(library: Library, request: CreatePatronRequest, now: number): Promise<RegisteredAtCounter> {
  const { profile } = library;
  const issues: FieldIssue[] = [];
  if (!isKanaName(request.nameKana)) issues.push({ path: 'nameKana', code: 'kana_only', message: 'Write the name in katakana' });
  if (!request.email && !request.phone)
    issues.push({ path: 'phone', code: 'contact_required', message: 'Give an e-mail address or a phone number' });
  if (request.email && profile.contact.emailAddresses === 0)
    issues.push({ path: 'email', code: 'email_not_offered', message: 'This library does not contact patrons by e-mail' });
  if (request.birthDate > toIso(now).slice(0, 10))
    issues.push({ path: 'birthDate', code: 'in_future', message: 'The birth date is in the future' });
  if (issues.length > 0) throw DomainError.validation(issues);

  const { patrons, meta } = library.db.tables;
  const created = counterPatronsOf(library);
  let n = 100 + created.length;
  while (patrons.where('cardNumber', cardNumberAt(profile.id, n)).length > 0) n++;
  const cardNumber = cardNumberAt(profile.id, n);
  const password = firstPasswordAtCounter(profile, request.birthDate);
  const at = toIso(now);
  patrons.insert({
    id: `C${String(created.length + 1).padStart(5, '0')}`,
    cardNumber,
    name: request.name,
    nameKana: request.nameKana,
    birthDate: request.birthDate,
    phone: request.phone || null,
    mobile: null,
    email1: request.email || null,
    email2: null,
    contactMethod: request.email ? 'email1' : 'phone',
    passwordHash: password === null ? null : await hashPassword(passwordForHashing(password, profile.password), library.hashIterations),
    passwordTemporary: password !== null,
    passwordIssuedAt: password === null ? null : at,
    failedLogins: 0,
    lockedUntil: null,
    registeredAt: at,
    homeBranchId: profile.branches[0]!.id,
    loanHistorySince: null,
  });
  meta.put({ key: COUNTER_PATRONS_KEY, value: [...created, { cardNumber, password, createdAt: at }] });
  const delay = profile.passwordRules.temporaryUsableAfterMinutes;
  return { cardNumber, usableFrom: password !== null && delay > 0 ? now + delay * MINUTE : null };
}
