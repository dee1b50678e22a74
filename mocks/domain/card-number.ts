import type { FieldIssue } from '../../src/api/contract/errors';
import type { LibraryProfile } from '../profiles/profile';

/** 利用者番号 must be the profile's number of half-width digits (after normalisation). */
export function checkCardNumber(cardNumber: string, profile: LibraryProfile): FieldIssue | null {
  const { length, typedExample } = profile.cardNumber;
  if (cardNumber.length === 0) return { path: 'cardNumber', code: 'required', message: 'Enter the card number' };
  if (new RegExp(`^\\d{${length}}$`).test(cardNumber)) return null;
  return {
    path: 'cardNumber',
    code: 'card_number_format',
    message: `A card number is ${length} digits, e.g. ${typedExample}`,
    params: { length, example: typedExample },
  };
}

/** Card numbers are shown with all but the last four digits hidden. */
export function maskCardNumber(cardNumber: string): string {
  return '*'.repeat(Math.max(0, cardNumber.length - 4)) + cardNumber.slice(-4);
}
