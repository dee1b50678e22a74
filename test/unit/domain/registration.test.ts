import { describe, expect, it } from 'vitest';
import { isKanaName, matchesRegistration, normalizeKanaName, normalizePhone } from '../../../mocks/domain/account/registration';
import { patronRow } from '../patron-row';

const patron = patronRow({ nameKana: 'キョウ ショウタ', birthDate: '1990-04-01', phone: '03-5555-1000', mobile: '090-0000-1000' });
const claim = { nameKana: 'キョウ ショウタ', birthDate: '1990-04-01', phone: '03-5555-1000' };

describe('氏名カナ as registered at the counter', () => {
  it('matches half-width katakana, hiragana, small or large ャュョ, with or without spaces', () => {
    for (const typed of ['キョウ ショウタ', 'ｷｮｳ ｼｮｳﾀ', 'きょう しょうた', 'キヨウシヨウタ', 'キョウ　ショウタ', 'キョウ・ショウタ']) {
      expect(normalizeKanaName(typed), typed).toBe(normalizeKanaName('キョウ ショウタ'));
    }
  });

  it('does not match another name, nor the same name with a long vowel added', () => {
    expect(normalizeKanaName('キョウ ショータ')).not.toBe(normalizeKanaName('キョウ ショウタ'));
    expect(normalizeKanaName('キヨ ショウタ')).not.toBe(normalizeKanaName('キョウ ショウタ'));
  });

  it('accepts only kana as a 氏名カナ', () => {
    expect(isKanaName('ヤマダ ハナコ')).toBe(true);
    expect(isKanaName('やまだ はなこ')).toBe(true);
    expect(isKanaName('ﾔﾏﾀﾞ ﾊﾅｺ')).toBe(true);
    expect(isKanaName('山田 花子')).toBe(false);
    expect(isKanaName('Yamada')).toBe(false);
    expect(isKanaName('  ')).toBe(false);
  });
});

describe('a registration claim', () => {
  it('matches with the home or the mobile number, hyphens and width aside', () => {
    expect(matchesRegistration(patron, claim)).toBe(true);
    expect(matchesRegistration(patron, { ...claim, phone: '09000001000' })).toBe(true);
    expect(matchesRegistration(patron, { ...claim, phone: '０３－５５５５－１０００' })).toBe(true);
    expect(normalizePhone('(03) 5555-1000')).toBe('0355551000');
  });

  it('fails on any one field that differs', () => {
    expect(matchesRegistration(patron, { ...claim, nameKana: 'キョウ ショウジ' })).toBe(false);
    expect(matchesRegistration(patron, { ...claim, birthDate: '1990-04-02' })).toBe(false);
    expect(matchesRegistration(patron, { ...claim, phone: '03-5555-1001' })).toBe(false);
    expect(matchesRegistration(patron, { ...claim, phone: '' })).toBe(false);
  });
});
