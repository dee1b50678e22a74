import { describe, expect, it } from 'vitest';
import { normalizeIsbn, normalizeText, splitQueryTerms } from '../../../mocks/domain/search/normalize';

const same = (a: string, b: string) => expect(normalizeText(a)).toBe(normalizeText(b));

describe('the search normaliser', () => {
  it('folds full-width letters and digits to half-width: ＡＢＣ１２３ = ABC123', () => {
    same('ＡＢＣ１２３', 'ABC123');
  });

  it('folds half-width katakana to full-width, voiced ones included: ｶﾀｶﾅ = カタカナ, ｶﾞｯｺｳ = ガッコウ', () => {
    same('ｶﾀｶﾅ', 'カタカナ');
    same('ｶﾞｯｺｳ', 'ガッコウ');
  });

  it('reads hiragana and katakana as the same: なつめ = ナツメ', () => {
    same('なつめそうせき', 'ナツメソウセキ');
  });

  it('reads small kana as large ones: ちよつと finds チョット', () => {
    same('ちよつと', 'チョット');
    same('きやつと', 'キャット');
  });

  it('ignores the long-vowel mark and the middle dot: ハリーポッター = ハリー・ポッター = はりぽった', () => {
    same('ハリーポッター', 'ハリー・ポッター');
    same('ハリー・ポッター', 'はりぽった');
  });

  it('ignores spaces, full-width ones too, and punctuation: 「吾輩は 猫である。」 = 吾輩は猫である', () => {
    same('「吾輩は　猫 である。」', '吾輩は猫である');
  });

  it('folds upper to lower case: Tokyo = TOKYO', () => {
    same('Tokyo', 'TOKYO');
  });

  it('folds old and variant kanji to the forms in use: 龍 = 竜, 宮澤 = 宮沢, 髙橋 = 高橋, 𠮷田 = 吉田', () => {
    same('龍', '竜');
    same('宮澤賢治', '宮沢賢治');
    same('髙橋', '高橋');
    same('𠮷田', '吉田');
  });

  it('drops variation selectors: 葛飾区 written with an ideographic variation sequence = 葛飾区', () => {
    same('葛\u{E0100}飾区', '葛飾区');
    same('禰\uFE00豆子', '禰豆子');
  });

  it('leaves spelled-out long vowels and kanji numerals alone: とうきょう ≠ トーキョー', () => {
    expect(normalizeText('とうきょう')).not.toBe(normalizeText('トーキョー'));
    expect(normalizeText('三四郎')).not.toBe(normalizeText('3四郎'));
  });

  it('splits a query into words on any space, full-width included, and drops empty ones', () => {
    expect(splitQueryTerms(' 夏目　漱石  こころ ')).toEqual(['夏目', '漱石', 'こころ']);
    expect(splitQueryTerms('　・ ')).toEqual([]);
  });
});

describe('ISBN normalisation', () => {
  it('accepts an ISBN-13 with or without hyphens', () => {
    expect(normalizeIsbn('978-4-10-101001-4')).toBe('9784101010014');
    expect(normalizeIsbn('9784101010014')).toBe('9784101010014');
  });

  it('reads an ISBN-10 as the ISBN-13 it became: 4-10-101001-3 = 978-4-10-101001-4', () => {
    expect(normalizeIsbn('4-10-101001-3')).toBe('9784101010014');
    expect(normalizeIsbn('4003101014')).toBe('9784003101018');
  });

  it('accepts X as the check digit of an ISBN-10, in either case', () => {
    expect(normalizeIsbn('4-00-000008-X')).toBe('9784000000086');
    expect(normalizeIsbn('400000008x')).toBe('9784000000086');
  });

  it('accepts full-width digits and an "ISBN" label', () => {
    expect(normalizeIsbn('ISBN９７８－４－１０－１０１００１－４')).toBe('9784101010014');
  });

  it('refuses a wrong check digit and anything that is not an ISBN', () => {
    expect(normalizeIsbn('978-4-10-101001-5')).toBeNull();
    expect(normalizeIsbn('4-10-101001-9')).toBeNull();
    expect(normalizeIsbn('吾輩は猫である')).toBeNull();
    expect(normalizeIsbn('12345')).toBeNull();
  });
});
