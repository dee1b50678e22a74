import { describe, expect, it } from 'vitest';
import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import { cardNumberRule, checkCardNumber, maskCardNumber } from '../../../mocks/domain/card-number';
import { profiles } from '../../../mocks/profiles/profiles';

describe('利用者番号', () => {
  it('reads full-width digits, hyphens and spaces as the plain number (０１２３４５６-７ is 01234567)', () => {
    expect(normalizeCardNumber('０１２３４５６-７')).toBe('01234567');
    expect(normalizeCardNumber('0123456－7')).toBe('01234567');
    expect(normalizeCardNumber(' 0123 4567 ')).toBe('01234567');
    expect(normalizeCardNumber('０１２３　４５６７')).toBe('01234567');
  });

  it('must have exactly the profile length of digits', () => {
    expect(checkCardNumber('01234567', profiles.p000)).toBeNull();
    expect(checkCardNumber('0123456', profiles.p000)?.code).toBe('card_number_format');
    expect(checkCardNumber('3000001', profiles.p003)).toBeNull();
    expect(checkCardNumber('100000001', profiles.p001)).toBeNull();
    expect(checkCardNumber('2000000001', profiles.p002)).toBeNull();
    expect(checkCardNumber('40000000a1', profiles.p004)?.code).toBe('card_number_format');
  });

  it('explains the expected form with the length and an example', () => {
    expect(checkCardNumber('12', profiles.p000)?.params).toEqual({ length: 8, example: '01234567' });
    expect(checkCardNumber('', profiles.p000)?.code).toBe('required');
  });

  it('is stated to the app as the pattern the library checks, so that a form refuses what the library would', () => {
    for (const profile of Object.values(profiles)) {
      const { pattern, typedExample } = cardNumberRule(profile);
      expect(new RegExp(pattern).test(typedExample), profile.id).toBe(checkCardNumber(typedExample, profile) === null);
      expect(new RegExp(pattern).test(`${typedExample}0`), profile.id).toBe(false);
    }
    expect(cardNumberRule(profiles.p000)).toMatchObject({ length: 8, pattern: '^\\d{8}$' });
  });

  it('is shown with only its last four digits', () => {
    expect(maskCardNumber('01234567')).toBe('****4567');
    expect(maskCardNumber('3000001')).toBe('***0001');
  });
});
