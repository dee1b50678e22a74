import { normalizeCardNumber } from '../../src/api/contract/card-number';
import type { Account } from '../../src/api/contract/account';
import type { FieldIssue } from '../../src/api/contract/errors';
import type { ConfirmationRow, PatronRow } from '../db/schema';
import { confirmationExpiry, confirmationMail, confirmationState } from '../domain/account/confirmation';
import { isKanaName, matchesRegistration, normalizePhone } from '../domain/account/registration';
import { checkCardNumber, maskCardNumber } from '../domain/card-number';
import { contactMethodsOf } from '../domain/contact';
import { DomainError } from '../domain/errors';
import { afterSuccessfulLogin, refuseIfLocked } from '../domain/login';
import { nextMailId } from '../domain/mail';
import { hashPassword } from '../domain/password-hash';
import { checkPasswordPolicy, passwordForHashing } from '../domain/password-policy';
import { contactChangePermission } from '../domain/reservations/permissions';
import { isOpenReservation } from '../domain/reservation-states';
import { fromIso, toIso } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { refuseFailedAttempt } from './auth';
import { defineHandler } from './define-handler';

const emailOf = (patron: PatronRow, slot: 1 | 2) => (slot === 1 ? patron.email1 : patron.email2);

/** The newest link for an address that can still be opened, if any. */
function pendingEmail(library: Library, patron: PatronRow, slot: 1 | 2, now: number): ConfirmationRow | null {
  const open = library.db.tables.confirmations
    .where('patronId', patron.id)
    .filter((row) => row.kind === 'email' && row.slot === slot && confirmationState(row, now) === 'valid')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return open[0] ?? null;
}

function presentAccount(library: Library, patron: PatronRow, now: number): Account {
  const slots = ([1, 2] as const).slice(0, library.profile.contact.emailAddresses);
  return {
    name: patron.name,
    nameKana: patron.nameKana,
    cardNumberMasked: maskCardNumber(patron.cardNumber),
    phone: patron.phone,
    mobile: patron.mobile,
    emails: slots.map((slot) => {
      const pending = pendingEmail(library, patron, slot, now);
      return { slot, address: emailOf(patron, slot), pending: pending ? { address: pending.email, sentAt: pending.createdAt, expiresAt: pending.expiresAt } : null };
    }),
    contactMethod: patron.contactMethod,
    contactMethods: library.profile.contact.methods,
    registeredContactMethods: contactMethodsOf(patron, library.profile),
    passwordChangedAt: patron.passwordIssuedAt,
  };
}

/** Sends a confirmation link: the row that the link opens, and the mail that carries it. */
function sendConfirmation(library: Library, patron: PatronRow, row: Omit<ConfirmationRow, 'id' | 'createdAt' | 'expiresAt' | 'usedAt'>, now: number): ConfirmationRow {
  const { confirmations, mail } = library.db.tables;
  const sent = confirmations.insert({ ...row, id: crypto.randomUUID().replaceAll('-', ''), createdAt: toIso(now), expiresAt: toIso(confirmationExpiry(now)), usedAt: null });
  mail.insert(confirmationMail({ id: nextMailId(mail), patron, row: sent, libraryName: library.profile.name.ja }));
  return sent;
}

/** An address a link was sent to before, superseded by a newer request: its link no longer works. */
function withdrawPending(library: Library, patron: PatronRow, kind: ConfirmationRow['kind'], slot: 1 | 2 | null, now: number): void {
  for (const row of library.db.tables.confirmations.where('patronId', patron.id)) {
    if (row.kind === kind && row.slot === slot && row.usedAt === null) library.db.tables.confirmations.update(row.id, { expiresAt: toIso(Math.min(now, fromIso(row.expiresAt))) });
  }
}

export const accountHandlers = [
  defineHandler('getAccount', ({ library, patron, now }) => presentAccount(library, patron, now)),

  defineHandler('addEmail', ({ library, patron, body, now }) => {
    if (body.slot > library.profile.contact.emailAddresses) {
      throw DomainError.validation([{ path: 'slot', code: 'email_slot_not_offered', message: `This library keeps ${library.profile.contact.emailAddresses} address(es)` }]);
    }
    const other = emailOf(patron, body.slot === 1 ? 2 : 1);
    if (other !== null && other.toLowerCase() === body.address.toLowerCase()) {
      throw DomainError.validation([{ path: 'address', code: 'email_duplicate', message: 'This address is registered already' }]);
    }
    withdrawPending(library, patron, 'email', body.slot, now);
    sendConfirmation(library, patron, { kind: 'email', patronId: patron.id, email: body.address, slot: body.slot, passwordHash: null }, now);
    return presentAccount(library, patron, now);
  }),

  defineHandler('removeEmail', ({ library, patron, params, now }) => {
    const slot = Number(params.slot) as 1 | 2;
    if (slot > library.profile.contact.emailAddresses) throw new DomainError('NOT_FOUND', `No address ${slot}`);
    const method = slot === 1 ? 'email1' : 'email2';
    const usedByReservation = library.db.tables.reservations
      .where('patronId', patron.id)
      .some((reservation) => isOpenReservation(reservation) && reservation.contactMethod === method);
    if (emailOf(patron, slot) !== null && (patron.contactMethod === method || usedByReservation)) {
      throw new DomainError('CONFLICT', 'The address is the contact of the patron or of an open reservation', { reason: 'in-use' });
    }
    withdrawPending(library, patron, 'email', slot, now);
    const updated = library.db.tables.patrons.update(patron.id, slot === 1 ? { email1: null } : { email2: null });
    return presentAccount(library, updated, now);
  }),

  defineHandler('changeContact', ({ library, patron, body, now }) => {
    if (!contactMethodsOf(patron, library.profile).includes(body.contactMethod)) {
      const email = body.contactMethod === 'email1' || body.contactMethod === 'email2';
      throw DomainError.validation([
        email
          ? { path: 'contactMethod', code: 'email_not_registered', message: 'There is no such e-mail address: add one first' }
          : { path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' },
      ]);
    }
    const updated = library.db.tables.patrons.update(patron.id, { contactMethod: body.contactMethod });
    let reservationsUpdated = 0;
    if (body.applyToReservations) {
      for (const reservation of library.db.tables.reservations.where('patronId', patron.id)) {
        if (reservation.contactMethod === body.contactMethod || !contactChangePermission(reservation).allowed) continue;
        library.db.tables.reservations.update(reservation.id, { contactMethod: body.contactMethod });
        reservationsUpdated++;
      }
    }
    return { account: presentAccount(library, updated, now), reservationsUpdated };
  }),

  defineHandler('register', async ({ library, body, now }) => {
    const { profile } = library;
    const byEmail = profile.passwordRules.first === 'self-registration-email';
    if (profile.passwordRules.first !== 'self-registration' && !byEmail) {
      throw new DomainError('CONFLICT', 'This library issues passwords at the counter', { reason: 'not-offered' });
    }
    const cardNumber = normalizeCardNumber(body.cardNumber);
    const issues: FieldIssue[] = [];
    const cardIssue = checkCardNumber(cardNumber, profile);
    if (cardIssue) issues.push(cardIssue);
    if (!isKanaName(body.nameKana)) issues.push({ path: 'nameKana', code: 'kana_only', message: 'Enter the name in katakana' });
    if (normalizePhone(body.phone).length < 9) issues.push({ path: 'phone', code: 'invalid', message: 'Enter the phone number registered at the library' });
    if (byEmail && !body.email) issues.push({ path: 'email', code: 'required', message: 'Enter an e-mail address to receive the confirmation link' });
    if (issues.length > 0) throw DomainError.validation(issues);
    const policyIssue = checkPasswordPolicy(body.newPassword, profile.password);
    if (policyIssue) throw new DomainError('PASSWORD_POLICY_VIOLATION', policyIssue.message, { fields: [policyIssue] });

    const patron = library.db.tables.patrons.where('cardNumber', cardNumber)[0];
    if (!patron) throw new DomainError('INVALID_CREDENTIALS', 'The data does not match the registration', {});
    refuseIfLocked(patron, now);
    if (!matchesRegistration(patron, body)) refuseFailedAttempt(library, patron, now);

    const passwordHash = await hashPassword(passwordForHashing(body.newPassword, profile.password));
    if (!byEmail) {
      library.db.tables.patrons.update(patron.id, { ...afterSuccessfulLogin, passwordHash, passwordTemporary: false, passwordIssuedAt: toIso(now) });
      endSessions(library, patron);
      return { status: 'registered' as const, sentTo: null, expiresAt: null };
    }
    library.db.tables.patrons.update(patron.id, afterSuccessfulLogin);
    withdrawPending(library, patron, 'registration', null, now);
    const sent = sendConfirmation(library, patron, { kind: 'registration', patronId: patron.id, email: body.email!, slot: null, passwordHash }, now);
    return { status: 'confirmation-sent' as const, sentTo: sent.email, expiresAt: sent.expiresAt };
  }),

  defineHandler('confirm', ({ library, body, now }) => {
    const { confirmations, patrons } = library.db.tables;
    const row = confirmations.get(body.token);
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
    return { kind: row.kind, cardNumberMasked: maskCardNumber(patron.cardNumber), address: row.email };
  }),
];

/** A new password ends every session the patron had open. */
function endSessions(library: Library, patron: PatronRow): void {
  for (const session of library.db.tables.sessions.where('patronId', patron.id)) library.db.tables.sessions.delete(session.id);
}
