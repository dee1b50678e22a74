import type { Random } from './random';

// Common Japanese family and given names with their readings, for the library's other patrons.
const familyNames: [string, string][] = [
  ['佐々木', 'ササキ'],
  ['渡辺', 'ワタナベ'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['橋本', 'ハシモト'],
  ['阿部', 'アベ'],
  ['石川', 'イシカワ'],
  ['山下', 'ヤマシタ'],
  ['中島', 'ナカジマ'],
  ['小川', 'オガワ'],
  ['前田', 'マエダ'],
  ['岡田', 'オカダ'],
  ['長谷川', 'ハセガワ'],
  ['藤田', 'フジタ'],
];

const givenNames: [string, string][] = [
  ['大輔', 'ダイスケ'],
  ['直美', 'ナオミ'],
  ['拓也', 'タクヤ'],
  ['陽子', 'ヨウコ'],
  ['蓮', 'レン'],
  ['結衣', 'ユイ'],
  ['悠真', 'ユウマ'],
  ['さくら', 'サクラ'],
  ['誠', 'マコト'],
  ['恵子', 'ケイコ'],
  ['翼', 'ツバサ'],
  ['真由美', 'マユミ'],
  ['亮', 'リョウ'],
  ['千尋', 'チヒロ'],
  ['茂', 'シゲル'],
  ['美穂', 'ミホ'],
  ['大和', 'ヤマト'],
  ['彩', 'アヤ'],
  ['健太', 'ケンタ'],
  ['智子', 'トモコ'],
];

export interface GeneratedPerson {
  name: string;
  nameKana: string;
  birthDate: string;
}

export function generatePerson(random: Random): GeneratedPerson {
  const [family, familyKana] = random.pick(familyNames);
  const [given, givenKana] = random.pick(givenNames);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return { name: `${family} ${given}`, nameKana: `${familyKana} ${givenKana}`, birthDate: `${random.int(1940, 2015)}-${month}-${day}` };
}
