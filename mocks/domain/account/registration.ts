import type { PatronRow } from '../../db/schema';

// 新規パスワード登録 / 再発行 (p002, p004): the patron proves who they are with what the counter
// registered — 氏名カナ, 生年月日, 電話番号 — typed the way people type them. The seeds: the name
// in katakana, small ャュョ matching large ヤユヨ, full and half width alike.

const SMALL_TO_LARGE: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ッ: 'ツ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};

/**
 * 氏名カナ as compared: half-width katakana and full-width letters folded by NFKC, hiragana turned
 * into katakana, small kana into large ones, and spaces (half, full) and 中黒 dropped.
 */
export function normalizeKanaName(text: string): string {
  return [...text.normalize('NFKC')]
    .map((char) => {
      const code = char.charCodeAt(0);
      const katakana = code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : char;
      return SMALL_TO_LARGE[katakana] ?? katakana;
    })
    .join('')
    .replace(/[\s・･]/g, '');
}

/** Whether the typed name is katakana (or hiragana) only, as the form asks, once spaces are set aside. */
export function isKanaName(text: string): boolean {
  return /^[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f\s・･ー]+$/.test(text.normalize('NFKC')) && text.trim().length > 0;
}

/** A phone number as compared: digits only, full width folded. */
export function normalizePhone(text: string): string {
  return text.normalize('NFKC').replace(/\D/g, '');
}

export interface RegistrationClaim {
  nameKana: string;
  birthDate: string;
  phone: string;
}

/** Whether the claim matches the patron as registered; the phone may be the home or the mobile number. */
export function matchesRegistration(patron: PatronRow, claim: RegistrationClaim): boolean {
  const phones = [patron.phone, patron.mobile].filter((phone): phone is string => phone !== null).map(normalizePhone);
  return (
    normalizeKanaName(claim.nameKana) === normalizeKanaName(patron.nameKana) &&
    claim.birthDate === patron.birthDate &&
    normalizePhone(claim.phone).length > 0 &&
    phones.includes(normalizePhone(claim.phone))
  );
}
