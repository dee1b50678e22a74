import type { Account } from '../../src/api/contract/account';
import type { PatronRow } from '../db/schema';
import { pendingEmail } from '../domain/account/confirmation';
import { maskCardNumber } from '../domain/card-number';
import { contactMethodsOf, emailOf } from '../domain/contact';
import type { Library } from '../runtime/library-host';
import { changeContact } from '../use-cases/account/contact';
import { addEmail, removeEmail } from '../use-cases/account/email';
import { confirm, register } from '../use-cases/account/registration';
import { defineHandler } from './define-handler';

function presentAccount(library: Library, patron: PatronRow, now: number): Account {
  const slots = ([1, 2] as const).slice(0, library.profile.contact.emailAddresses);
  return {
    name: patron.name,
    nameKana: patron.nameKana,
    cardNumberMasked: maskCardNumber(patron.cardNumber),
    phone: patron.phone,
    mobile: patron.mobile,
    emails: slots.map((slot) => {
      const pending = pendingEmail(library.db.tables.confirmations.where('patronId', patron.id), slot, now);
      return {
        slot,
        address: emailOf(patron, slot),
        pending: pending ? { address: pending.email, sentAt: pending.createdAt, expiresAt: pending.expiresAt } : null,
      };
    }),
    contactMethod: patron.contactMethod,
    contactMethods: library.profile.contact.methods,
    registeredContactMethods: contactMethodsOf(patron, library.profile),
    passwordChangedAt: patron.passwordIssuedAt,
  };
}

export const accountHandlers = [
  defineHandler('getAccount', ({ library, patron, now }) => presentAccount(library, patron, now)),

  defineHandler('addEmail', ({ library, patron, body, now }) => {
    addEmail(library, patron, body, now);
    return presentAccount(library, patron, now);
  }),

  defineHandler('removeEmail', ({ library, patron, params, now }) =>
    presentAccount(library, removeEmail(library, patron, Number(params.slot) as 1 | 2, now), now),
  ),

  defineHandler('changeContact', ({ library, patron, body, now }) => {
    const changed = changeContact(library, patron, body);
    return { account: presentAccount(library, changed.patron, now), reservationsUpdated: changed.reservationsUpdated };
  }),

  defineHandler('register', async ({ library, body, now }) => {
    const sent = await register(library, body, now);
    return sent
      ? { status: 'confirmation-sent' as const, sentTo: sent.email, expiresAt: sent.expiresAt }
      : { status: 'registered' as const, sentTo: null, expiresAt: null };
  }),

  defineHandler('confirm', ({ library, body, now }) => {
    const { confirmation, patron } = confirm(library, body.token, now);
    return { kind: confirmation.kind, cardNumberMasked: maskCardNumber(patron.cardNumber), address: confirmation.email };
  }),
];
