import type { FieldIssue } from '../../src/api/contract/errors';
import type { LibraryInfo } from '../../src/api/contract/library';
import type { LibraryProfile } from '../profiles/profile';

/** 利用者番号 is the profile's number of half-width digits (after normalisation). */
function cardNumberPattern(profile: LibraryProfile): string {
  return `^\\d{${profile.cardNumber.length}}$`;
}

/** The card number's rule as GET /library states it, so that a form checks what the library checks. */
export function cardNumberRule(profile: LibraryProfile): LibraryInfo['cardNumber'] {
  return { ...profile.cardNumber, pattern: cardNumberPattern(profile) };
}

/** 利用者番号 must match that pattern (after normalisation); the issue names the length and an example. */
export function checkCardNumber(cardNumber: string, profile: LibraryProfile): FieldIssue | null {
  const { length, typedExample } = profile.cardNumber;
  if (cardNumber.length === 0) return { path: 'cardNumber', code: 'required', message: 'Enter the card number' };
  if (new RegExp(cardNumberPattern(profile)).test(cardNumber)) return null;
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

/**
 * What the card's barcode encodes, as the library prints it: NW-7 (Codabar) wraps the number in
 * start and stop characters (A…A, as Japanese library cards commonly do); CODE39 and CODE128
 * carry the number alone.
 */
export function cardBarcodeValue(cardNumber: string, profile: LibraryProfile): string {
  return profile.cardNumber.barcode === 'codabar' ? `A${cardNumber}A` : cardNumber;
}
