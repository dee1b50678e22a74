// The one normaliser of catalogue search: records are indexed and queries are matched through the
// same function, so that whatever a patron types folds onto what the catalogue records.
//
// normalizeText applies, in this order:
//  1. NFKC: full-width ASCII → half-width (ＡＢＣ → ABC, ０１２ → 012), half-width katakana →
//     full-width (ｶﾀｶﾅ → カタカナ, ｶﾞ → ガ), compatibility characters → their plain forms (① → 1, ㈱ → (株)).
//  2. The variant table below: a few old and variant kanji → the forms in use today (龍 → 竜).
//  3. Lower case (ABC → abc).
//  4. Katakana → hiragana (カタカナ → かたかな, ヴ → ゔ, ヽヾ → ゝゞ).
//  5. Small kana → large kana (ぁぃぅぇぉっゃゅょゎゕゖ → あいうえおつやゆよわかけ; ㇰ… → く…), so that
//     ちよつと (typed without small kana) finds チョット.
//  6. Dropped: the long-vowel mark ー (ｰ becomes ー in step 1), every space (full-width too), every
//     punctuation mark and symbol (・ ･ - － 「」『』（）！？。、 ♪ …), control and format characters,
//     variation selectors (葛󠄀 → 葛), and voicing marks left on their own (゛ ゜). ハリー・ポッター and
//     ハリーポッター both become はりぽつた (small ッ → つ, step 5).
//
// What it does not fold: long vowels spelled out (とうきょう ≠ トーキョー), kanji numerals (三 ≠ 3),
// and kanji to readings (a reading is matched only because records carry it as its own field).

/**
 * Old and variant kanji folded to the forms in use today (旧字体・異体字 → 新字体). Deliberately small:
 * the forms patrons meet in authors' names and in older titles. 齊 folds to 斉 and 齋 to 斎, as in
 * the official tables: 齊藤 finds 斉藤, 齋藤 finds 斎藤.
 */
const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  龍: '竜',
  鷗: '鴎',
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  '𠮷': '吉',
  嶋: '島',
  澤: '沢',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斉',
  國: '国',
  學: '学',
  櫻: '桜',
  濱: '浜',
  廣: '広',
  眞: '真',
  與: '与',
  圓: '円',
  實: '実',
  藝: '芸',
  會: '会',
  鐵: '鉄',
  壽: '寿',
  榮: '栄',
  惠: '恵',
  德: '徳',
  澁: '渋',
  萬: '万',
  驛: '駅',
  繪: '絵',
  關: '関',
  亞: '亜',
  來: '来',
  燈: '灯',
  樂: '楽',
  氣: '気',
  聲: '声',
  讀: '読',
  譯: '訳',
  發: '発',
  變: '変',
  傳: '伝',
  舊: '旧',
  獨: '独',
  戰: '戦',
  體: '体',
  黑: '黒',
  淸: '清',
  靑: '青',
  兒: '児',
  辯: '弁',
  辨: '弁',
};

/** Small kana (after katakana → hiragana) and the small katakana of Ainu → their large hiragana. */
const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
  ㇰ: 'く',
  ㇱ: 'し',
  ㇲ: 'す',
  ㇳ: 'と',
  ㇴ: 'ぬ',
  ㇵ: 'は',
  ㇶ: 'ひ',
  ㇷ: 'ふ',
  ㇸ: 'へ',
  ㇹ: 'ほ',
  ㇺ: 'む',
  ㇻ: 'ら',
  ㇼ: 'り',
  ㇽ: 'る',
  ㇾ: 'れ',
  ㇿ: 'ろ',
};

/**
 * Spaces, punctuation, symbols, control/format characters, and variation selectors, which only pick
 * a glyph: 葛󠄀 (葛 with an ideographic variation selector, as some catalogues record names) is 葛 to
 * anyone typing it. Checked on NFKC output only.
 */
const DROPPED = /[\p{Z}\p{P}\p{S}\p{C}\p{Variation_Selector}]/u;
const LONG_VOWEL = 0x30fc;
const COMBINING_VOICING = [0x3099, 0x309a];
const DROP = 0;
const KEEP = 0xffff;

/**
 * What becomes of each UTF-16 code unit after NFKC and lower-casing: DROP, KEEP, or the code unit it
 * becomes. Built on first use (about 65,000 small regular-expression tests, a few milliseconds).
 */
let unitTable: Uint16Array | null = null;

function table(): Uint16Array {
  if (unitTable) return unitTable;
  const t = new Uint16Array(0x10000).fill(KEEP);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue; // surrogates: kept, pairs are handled by code point
    if (DROPPED.test(String.fromCharCode(unit))) t[unit] = DROP;
  }
  t[LONG_VOWEL] = DROP;
  for (const unit of COMBINING_VOICING) t[unit] = DROP;
  // Katakana → hiragana: ァ (30A1) … ヶ (30F6) sit 0x60 above ぁ … ゖ; ヽヾ → ゝゞ.
  for (let unit = 0x30a1; unit <= 0x30f6; unit++) t[unit] = unit - 0x60;
  t[0x30fd] = 0x309d;
  t[0x30fe] = 0x309e;
  for (const [small, large] of Object.entries(SMALL_TO_LARGE)) {
    const unit = small.charCodeAt(0);
    t[unit] = large.charCodeAt(0);
    if (unit >= 0x3041 && unit <= 0x3096) t[unit + 0x60] = large.charCodeAt(0); // the katakana twin
  }
  for (const [variant, current] of Object.entries(KANJI_VARIANTS)) {
    if (variant.length === 1 && current.length === 1) t[variant.charCodeAt(0)] = current.charCodeAt(0);
  }
  unitTable = t;
  return t;
}

/** Variants outside the Basic Multilingual Plane (𠮷), looked up by code point. */
const ASTRAL_VARIANTS: ReadonlyMap<number, string> = new Map(
  Object.entries(KANJI_VARIANTS)
    .filter(([variant]) => variant.length > 1)
    .map(([variant, current]) => [variant.codePointAt(0) as number, current]),
);

/** The searchable form of any text: see the rules at the top of this file. */
export function normalizeText(text: string): string {
  const t = table();
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  let start = 0; // s[start, i) is copied unchanged when a change is met: most text needs few changes
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        const variant = ASTRAL_VARIANTS.get(point);
        const pair = s.slice(i, i + 2);
        const replacement = variant ?? (DROPPED.test(pair) ? '' : null);
        if (replacement !== null) {
          out += s.slice(start, i) + replacement;
          start = i + 2;
        }
        i++;
        continue;
      }
    }
    const mapped = t[unit] as number;
    if (mapped === KEEP) continue;
    out += s.slice(start, i);
    if (mapped !== DROP) out += String.fromCharCode(mapped);
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

/** A query's terms: split on spaces (ASCII, full-width, any other), each normalised, empty ones dropped. */
export function splitQueryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const part of query.split(/\s+/)) {
    const term = normalizeText(part);
    if (term.length > 0) terms.push(term);
  }
  return terms;
}

// ================================================================ ISBN

function isbn13CheckDigit(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbn10IsValid(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (ten[i] === 'X' ? 10 : Number(ten[i])) * (10 - i);
  return sum % 11 === 0;
}

/**
 * The ISBN-13 digits of an ISBN typed as ISBN-10 or ISBN-13, with or without hyphens, spaces or
 * full-width digits, an optional "ISBN" label, and X (or x) as an ISBN-10 check digit. An ISBN-10 is
 * converted with the 978 prefix and a recomputed check digit. Null for anything else, including a
 * wrong check digit: such a string is not an ISBN.
 */
export function normalizeIsbn(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .replace(/^\s*isbn(?:-?1[03])?\s*:?/i, '')
    .replace(/[\s\-‐‑‒–—―−]/g, '')
    .toUpperCase();
  if (/^97[89]\d{10}$/.test(compact)) return isbn13CheckDigit(compact) === compact[12] ? compact : null;
  if (/^\d{9}[\dX]$/.test(compact) && isbn10IsValid(compact)) {
    const twelve = `978${compact.slice(0, 9)}`;
    return twelve + isbn13CheckDigit(twelve);
  }
  return null;
}
