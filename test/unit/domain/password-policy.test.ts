import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, passwordForHashing } from '../../../mocks/domain/password-policy';
import { profiles } from '../../../mocks/profiles/profiles';

const codeOf = (password: string, id: keyof typeof profiles) => checkPasswordPolicy(password, profiles[id].password)?.code ?? null;

describe('password policies', () => {
  it('p000: exactly six half-width digits', () => {
    expect(codeOf('123456', 'p000')).toBeNull();
    expect(codeOf('12345', 'p000')).toBe('password_exact_length');
    expect(codeOf('1234567', 'p000')).toBe('password_exact_length');
    expect(codeOf('12345a', 'p000')).toBe('password_digits_only');
    expect(codeOf('１２３４５６', 'p000')).toBe('password_digits_only');
  });

  it('p001: 4–8 letters and digits, no symbols', () => {
    expect(codeOf('ab12', 'p001')).toBeNull();
    expect(codeOf('Ab12Cd34', 'p001')).toBeNull();
    expect(codeOf('ab1', 'p001')).toBe('password_length');
    expect(codeOf('ab12cd345', 'p001')).toBe('password_length');
    expect(codeOf('ab-12', 'p001')).toBe('password_alphanumeric_only');
  });

  it('p002: 6–8 letters and digits', () => {
    expect(codeOf('Hon2026', 'p002')).toBeNull();
    expect(codeOf('Hon20', 'p002')).toBe('password_length');
  });

  it('p004: 4–8 letters and digits, case-sensitive', () => {
    expect(codeOf('Shiori4', 'p004')).toBeNull();
    expect(passwordForHashing('Shiori4', profiles.p004.password)).toBe('Shiori4');
  });

  it('a library whose passwords ignore case hashes them in one case', () => {
    expect(passwordForHashing('AbC1', { ...profiles.p003.password, caseSensitive: false })).toBe('abc1');
  });

  it('asks for a password when none is typed', () => {
    expect(codeOf('', 'p003')).toBe('required');
  });
});
