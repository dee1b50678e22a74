import type { ContactMethod } from '../../src/api/contract/common';
import type { PatronRow } from '../db/schema';
import type { LibraryProfile } from '../profiles/profile';

/** 連絡方法 a patron may choose: what the library offers, and only what the patron has registered. */
export function contactMethodsOf(patron: PatronRow, profile: LibraryProfile): ContactMethod[] {
  const registered: Record<ContactMethod, string | null> = {
    email1: patron.email1,
    email2: patron.email2,
    phone: patron.phone,
    mobile: patron.mobile,
  };
  return profile.contact.methods.filter((method) => registered[method] !== null && registered[method] !== '');
}

/** The address registered in an e-mail slot (メールアドレス1 / 2), if any. */
export const emailOf = (patron: PatronRow, slot: 1 | 2) => (slot === 1 ? patron.email1 : patron.email2);
