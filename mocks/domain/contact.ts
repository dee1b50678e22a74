import type { ContactMethod } from '../../src/api/contract/common';
import type { PatronRow } from '../db/schema';
import type { LibraryProfile } from '../profiles/profile';

type EmailSlot = 1 | 2;

/**
 * The e-mail addresses (メールアドレス1 / 2) a contact method sends to: one, both — seed 003:
 * 「2つとも選択した場合は、同じメールが2つのアドレスに届きます」 — or none for a phone.
 */
const EMAIL_SLOTS: Record<ContactMethod, readonly EmailSlot[]> = {
  email1: [1],
  email2: [2],
  'email-both': [1, 2],
  phone: [],
  mobile: [],
};

export const emailSlotsOf = (method: ContactMethod): readonly EmailSlot[] => EMAIL_SLOTS[method];

/** 連絡方法 a patron may choose: what the library offers, and only what the patron has registered. */
export function contactMethodsOf(patron: PatronRow, profile: LibraryProfile): ContactMethod[] {
  const filled = (value: string | null) => value !== null && value !== '';
  const registered = (method: ContactMethod) => {
    if (method === 'phone') return filled(patron.phone);
    if (method === 'mobile') return filled(patron.mobile);
    return EMAIL_SLOTS[method].every((slot) => filled(emailOf(patron, slot)));
  };
  return profile.contact.methods.filter(registered);
}

/** The address registered in an e-mail slot (メールアドレス1 / 2), if any. */
export const emailOf = (patron: PatronRow, slot: EmailSlot) => (slot === 1 ? patron.email1 : patron.email2);

/** The addresses a notice by this contact method goes to: the same mail to each (none for a phone). */
export function noticeAddresses(patron: PatronRow, contactMethod: ContactMethod): string[] {
  return EMAIL_SLOTS[contactMethod].map((slot) => emailOf(patron, slot)).filter((address): address is string => !!address);
}
