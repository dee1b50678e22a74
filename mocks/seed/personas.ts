import type { LocalizedText } from '../../src/api/contract/common';
import type { ProfileId } from '../../src/api/contract/library';
import type { LibraryProfile } from '../profiles/profile';
import { firstPasswordAtCounter } from '../domain/account/counter-card';

/** The situation a demo patron is seeded in. */
export type Situation = 'reader' | 'holder' | 'near-limit' | 'quiet' | 'newcomer' | 'newcomer-just-issued';

/** A demo patron: who to log in as to show a situation. Passwords here are the seed's, never stored readable. */
export interface Persona {
  situation: Situation;
  cardNumber: string;
  /** null: the patron has a card but has not registered a password yet (self-registration libraries). */
  password: string | null;
  temporary: boolean;
  name: string;
  nameKana: string;
  birthDate: string;
  description: LocalizedText;
}

/** One password per library for the demo patrons who have chosen their own, valid under its policy. */
const demoPasswords: Record<ProfileId, string> = {
  p000: '246810',
  p001: 'book01',
  p002: 'Hon2026',
  p003: 'yomu2026',
  p004: 'Shiori4',
};

/** Counter-issued temporary passwords (p001's is the birth date as MMDD, by its rule). */
const temporaryPasswords: Partial<Record<ProfileId, string>> = { p000: '112233', p003: 'kari01' };

const cardBases: Record<ProfileId, string> = {
  p000: '01234567',
  p001: '100000001',
  p002: '2000000001',
  p003: '3000001',
  p004: '4000000001',
};

/** The n-th card number of a library, counting from its first demo card. */
export function cardNumberAt(profileId: ProfileId, n: number): string {
  const base = cardBases[profileId];
  return String(Number(base) + n).padStart(base.length, '0');
}

const descriptions: Record<Situation, LocalizedText> = {
  reader: {
    ja: '5冊借りている（1冊は延滞、1冊は他の人が予約中、1冊は延長済み）',
    en: 'Has five loans: one overdue, one reserved by others, one already renewed',
  },
  holder: {
    ja: 'さまざまな状態の予約がある（利用可能・配送中・順番待ち・取消など）',
    en: 'Has reservations in many states: ready, in transit, waiting, cancelled…',
  },
  'near-limit': { ja: '予約があと1点で上限', en: 'One reservation short of the limit' },
  quiet: { ja: '貸出も予約もない', en: 'No loans and no reservations' },
  newcomer: { ja: '窓口で仮パスワードを発行されたばかり', en: 'Was just given a temporary password at the counter' },
  'newcomer-just-issued': {
    ja: '仮パスワード発行から30分たっていない（まだ使えない）',
    en: 'Temporary password issued less than 30 minutes ago (not usable yet)',
  },
};

const unregistered: LocalizedText = {
  ja: 'カードはあるがパスワード未登録（自分で登録する）',
  en: 'Has a card but no password yet (registers it online)',
};

interface Person {
  name: string;
  nameKana: string;
  birthDate: string;
}

const people: Record<Situation, Person> = {
  reader: { name: '山田 花子', nameKana: 'ヤマダ ハナコ', birthDate: '1985-06-12' },
  holder: { name: '佐藤 健一', nameKana: 'サトウ ケンイチ', birthDate: '1978-09-30' },
  'near-limit': { name: '鈴木 美咲', nameKana: 'スズキ ミサキ', birthDate: '1992-02-03' },
  quiet: { name: '高橋 翔', nameKana: 'タカハシ ショウ', birthDate: '2001-11-18' },
  newcomer: { name: '田中 由紀', nameKana: 'タナカ ユキ', birthDate: '1990-04-15' },
  'newcomer-just-issued': { name: '伊藤 涼子', nameKana: 'イトウ リョウコ', birthDate: '1968-12-24' },
};

/** The temporary password of a newcomer under the library's first-password rule (a fixed one where the counter makes it up); null when it has none. */
function firstPassword(profile: LibraryProfile, person: Person): string | null {
  if (profile.passwordRules.first === 'counter-temporary') return temporaryPasswords[profile.id] ?? null;
  return firstPasswordAtCounter(profile, person.birthDate);
}

export function personasOf(profile: LibraryProfile): Persona[] {
  const situations: Situation[] = ['reader', 'holder', 'near-limit', 'quiet', 'newcomer'];
  if (profile.passwordRules.temporaryUsableAfterMinutes > 0) situations.push('newcomer-just-issued');
  return situations.map((situation, n) => {
    const person = people[situation];
    const isNew = situation === 'newcomer' || situation === 'newcomer-just-issued';
    const password = isNew ? firstPassword(profile, person) : demoPasswords[profile.id];
    return {
      situation,
      cardNumber: cardNumberAt(profile.id, n),
      password,
      temporary: isNew && password !== null,
      ...person,
      description: isNew && password === null ? unregistered : descriptions[situation],
    };
  });
}
