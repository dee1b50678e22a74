// The simulated library's catalogue: Japanese titles composed from word lists that carry their own
// readings, each with 1–4 copies spread over the branches. Everything comes from one seeded PRNG,
// so the same options always give the same catalogue.

import { DAY, fromIso, HOUR, MINUTE, startOfTokyoDay, tokyoDate, toIso } from '../domain/time';
import type { BranchRow, CopyRow, MaterialType, TitleRow } from '../db/schema';
import * as W from './catalogue-words';
import type { Publisher, Topic, Word } from './catalogue-words';
import { createRandom, type Random } from './random';

export interface CatalogueOptions {
  titleCount: number;
  branches: readonly BranchRow[];
  seed: number;
  /** ISO 8601 with +09:00 offset: the seed's "today"; nothing is acquired after it. */
  now: string;
}

export interface Catalogue {
  titles: TitleRow[];
  copies: CopyRow[];
}

export function generateCatalogue(options: CatalogueOptions): Catalogue {
  const { titleCount, branches, seed, now } = options;
  if (!Number.isInteger(titleCount) || titleCount < 0) throw new Error(`titleCount must be a whole number, not ${titleCount}`);
  if (titleCount > 0 && branches.length === 0) throw new Error('A catalogue needs at least one branch to shelve its copies');
  const rng = createRandom(seed);
  const builder = new CatalogueBuilder(rng, fromIso(now), branches);
  for (const unit of planUnits(rng, titleCount)) builder.emit(unit);
  return { titles: builder.titles, copies: builder.copies };
}

// ================================================================ proportions

type MinorType = Exclude<MaterialType, 'book'>;

/** Share of titles per material type; books take the rest (about 80 %). */
const TYPE_SHARES: Readonly<Record<MinorType, number>> = { magazine: 0.06, cd: 0.05, dvd: 0.04, kamishibai: 0.03, etext: 0.02 };
const MINOR_TYPES = Object.keys(TYPE_SHARES) as MinorType[];
/** From this size on every material type appears, so that every search filter has something to find. */
const ALL_TYPES_FROM = 20;
const SERIES_SHARE = 0.12;
/** Acquisitions go back this many days: a day short of three years, so that time of day cannot cross it. */
const WINDOW_DAYS = 1094;
const RECENT_DAYS = 30;
/** About this many titles are new in the last 30 days: one well-filled 新着資料 list. */
const RECENT_TITLES = 60;
const MIN_YEAR = 1950;
const TOKYO_OFFSET = 9 * HOUR;

/** Weights of having 1, 2, 3 or 4 copies. */
type CopyWeights = readonly number[];
const COPIES = {
  popular: [35, 35, 20, 10],
  normal: [60, 28, 9, 3],
  few: [75, 25],
  magazine: [85, 15],
  av: [70, 30],
} as const satisfies Record<string, CopyWeights>;

type Shelf = '一般開架' | '児童開架' | '参考図書' | '視聴覚' | '雑誌架' | '紙芝居架' | '郷土資料';

// ================================================================ planning

type SeriesStyle = 'pair' | 'triple' | 'numbered';

/** Magazines come only as runs of issues (MagazineUnit). */
type SingleType = Exclude<MaterialType, 'magazine'>;

interface SingleUnit {
  kind: 'single';
  type: SingleType;
  recent: boolean;
}

interface SeriesUnit {
  kind: 'series';
  style: SeriesStyle;
  size: number;
  recent: boolean;
}

interface MagazinePlan {
  title: Word;
  core: Topic;
  publisher: Publisher;
  /** Months between issues. */
  step: number;
  issues: number;
  newestDaysAgo: number;
}

interface MagazineUnit {
  kind: 'magazine';
  plan: MagazinePlan;
}

type Unit = SingleUnit | SeriesUnit | MagazineUnit;

/**
 * Decides up front how many titles of each kind there are and how they group into series, so that
 * the proportions hold exactly and the recent acquisitions can be counted out.
 */
function planUnits(rng: Random, titleCount: number): Unit[] {
  const counts = typeCounts(titleCount);
  const magazines = planMagazines(rng, counts.magazine);
  const units: Unit[] = [...planBooks(rng, counts.book), ...magazines.map((plan): MagazineUnit => ({ kind: 'magazine', plan }))];
  for (const type of MINOR_TYPES) {
    if (type === 'magazine') continue;
    for (let n = 0; n < counts[type]; n++) units.push({ kind: 'single', type, recent: false });
  }
  shuffle(rng, units);
  // Each recent unit brings exactly one title into the last 30 days (see daysAgo and emitSeries).
  const recentMagazines = magazines.filter((plan) => plan.newestDaysAgo < RECENT_DAYS).length;
  const recentTarget = Math.min(RECENT_TITLES, Math.ceil(titleCount / 10));
  markRecent(rng, units, Math.max(0, recentTarget - recentMagazines));
  return units;
}

function typeCounts(titleCount: number): Record<MaterialType, number> {
  const counts: Record<MaterialType, number> = { book: 0, magazine: 0, cd: 0, dvd: 0, kamishibai: 0, etext: 0 };
  let minor = 0;
  for (const type of MINOR_TYPES) {
    const share = Math.round(titleCount * TYPE_SHARES[type]);
    counts[type] = titleCount >= ALL_TYPES_FROM ? Math.max(1, share) : share;
    minor += counts[type];
  }
  counts.book = titleCount - minor;
  return counts;
}

function planBooks(rng: Random, bookCount: number): Unit[] {
  const units: Unit[] = [];
  let seriesBudget = Math.round(bookCount * SERIES_SHARE);
  let singles = bookCount;
  while (seriesBudget >= 2) {
    const unit = seriesShape(rng, seriesBudget);
    units.push(unit);
    seriesBudget -= unit.size;
    singles -= unit.size;
  }
  for (let n = 0; n < singles; n++) units.push({ kind: 'single', type: 'book', recent: false });
  return units;
}

/** 上・下 and 上・中・下 sets are the most common; numbered series run to 3–12 volumes. */
function seriesShape(rng: Random, budget: number): SeriesUnit {
  const roll = rng.next();
  const size = roll < 0.4 ? 2 : roll < 0.55 ? 3 : rng.int(3, 12);
  const style: SeriesStyle = roll < 0.4 ? 'pair' : roll < 0.55 ? 'triple' : 'numbered';
  if (size <= budget) return { kind: 'series', style, size, recent: false };
  return budget >= 3
    ? { kind: 'series', style: 'numbered', size: budget, recent: false }
    : { kind: 'series', style: 'pair', size: 2, recent: false };
}

function planMagazines(rng: Random, issueCount: number): MagazinePlan[] {
  const names = magazineNames(rng);
  const plans: MagazinePlan[] = [];
  for (let left = issueCount; left > 0;) {
    // More magazines than names only happens for huge catalogues; then names repeat.
    const name = names[plans.length % names.length] as (typeof names)[number];
    const newestDaysAgo = newestIssueDaysAgo(rng, name.step);
    // Every back issue must fall inside the window: a month is at most 31 days, and the issue day
    // may move up to 3 days earlier (see monthsBefore).
    const fits = Math.floor((WINDOW_DAYS - newestDaysAgo - 3) / (31 * name.step)) + 1;
    // Two to three years of back issues are kept.
    const issues = Math.min(left, fits, rng.int(Math.ceil(24 / name.step), Math.ceil(36 / name.step)));
    plans.push({ ...name, publisher: rng.pick(W.PUBLISHERS.magazine), issues, newestDaysAgo });
    left -= issues;
  }
  return plans;
}

/**
 * Most subscriptions are current; a current magazine's newest issue came within its period (this
 * month for a monthly). The days avoid 27–33 so that, after monthsBefore moves the day up to three
 * days earlier, an issue is clearly inside or outside the last 30 days.
 */
function newestIssueDaysAgo(rng: Random, step: number): number {
  if (!rng.chance(0.55)) return rng.int(60, 700);
  return rng.chance(1 / step) ? rng.int(3, 26) : rng.int(34, 30 * step - 4);
}

/** Unique magazine names: each pass over the subjects gives every subject another frequency. */
function magazineNames(rng: Random): { title: Word; core: Topic; step: number }[] {
  const frequencies = W.MAGAZINE_FREQUENCIES;
  const cores = shuffle(rng, [...W.MAGAZINE_CORES]);
  const firstChoice = cores.map(() =>
    weightedIndex(
      rng,
      frequencies.map((frequency) => frequency.weight),
    ),
  );
  return frequencies.flatMap((_, pass) =>
    cores.map((core, index) => {
      const frequency = frequencies[((firstChoice[index] ?? 0) + pass) % frequencies.length] as W.MagazineFrequency;
      return { title: { w: `${frequency.w} ${core.w}`, r: `${frequency.r} ${core.r}` }, core, step: frequency.step };
    }),
  );
}

/** Picks exactly `wanted` of the non-magazine units (selection sampling) to be acquired this month. */
function markRecent(rng: Random, units: Unit[], wanted: number): void {
  let candidates = units.filter((unit) => unit.kind !== 'magazine').length;
  let needed = Math.min(wanted, candidates);
  for (const unit of units) {
    if (unit.kind === 'magazine') continue;
    unit.recent = rng.next() * candidates < needed;
    if (unit.recent) needed--;
    candidates--;
  }
}

// ================================================================ titles from words

/** What a title is, before it gets an id, a date and copies. */
interface Draft {
  title: Word;
  ndc: string;
  author: Word;
  publisher: Publisher;
}

const TO: Word = { w: 'と', r: 'ト' };
const NO: Word = { w: 'の', r: 'ノ' };
const HAJIMETE: Word = { w: 'はじめての', r: 'ハジメテノ' };
const KYODO: Word = { w: '郷土の', r: 'キョウドノ' };
const EDITORIAL: Word = { w: '編集部', r: 'ヘンシュウブ' };
const KANJI = /\p{Script=Han}/u;

function join(...parts: Word[]): Word {
  return { w: parts.map((part) => part.w).join(''), r: parts.map((part) => part.r).join('') };
}

function fill(template: Word, inner: Word): Word {
  return { w: template.w.replace('〜', inner.w), r: template.r.replace('〜', inner.r) };
}

function residue(template: Word): string {
  return template.w.replace('〜', '');
}

/** Parts that repeat each other (海辺の + 海, ピアノで聴く + ピアノ曲) make an awkward title. */
function clash(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  for (const char of a) if (KANJI.test(char) && b.includes(char)) return true;
  for (let i = 0; i + 1 < a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return a.includes(b) || b.includes(a);
}

/** A word that does not clash with `other`; after a few tries any word will do. */
function pickApart<T extends Word>(rng: Random, list: readonly T[], other: string, text: (item: T) => string = (item) => item.w): T {
  let item = rng.pick(list);
  for (let tries = 0; tries < 8 && clash(text(item), other); tries++) item = rng.pick(list);
  return item;
}

function withEnding(rng: Random, templates: readonly Word[], inner: Word): Word {
  return fill(pickApart(rng, templates, inner.w, residue), inner);
}

function modified(rng: Random, modifiers: readonly Word[], nouns: readonly Word[]): Word {
  const modifier = rng.pick(modifiers);
  return join(modifier, pickApart(rng, nouns, modifier.w));
}

function pair(rng: Random, list: readonly Word[], link: Word): Word {
  const first = rng.pick(list);
  return join(first, link, pickApart(rng, list, first.w));
}

/** 夏の庭, 図書館物語, 猫と手紙, 遠い島へ. */
function novelTitle(rng: Random): Word {
  const roll = rng.next();
  if (roll < 0.4) return modified(rng, W.NOVEL_MODIFIERS, W.NOVEL_NOUNS);
  if (roll < 0.6) return withEnding(rng, W.NOVEL_ENDINGS, rng.pick(W.NOVEL_NOUNS));
  if (roll < 0.75) return pair(rng, W.NOVEL_NOUNS, TO);
  return withEnding(rng, W.NOVEL_ENDINGS, modified(rng, W.NOVEL_MODIFIERS, W.NOVEL_NOUNS));
}

function essayTitle(rng: Random): Word {
  if (rng.chance(0.3)) return modified(rng, W.NOVEL_MODIFIERS, W.ESSAY_NOUNS);
  return withEnding(rng, W.ESSAY_TEMPLATES, rng.pick(W.ESSAY_NOUNS));
}

/** ねこのおさんぽ, ちいさなきつね, はじめてのおつかい. */
function childTitle(rng: Random): Word {
  const roll = rng.next();
  const character = rng.pick(W.CHILD_CHARACTERS);
  if (roll < 0.4) return join(character, NO, pickApart(rng, W.CHILD_THINGS, character.w));
  if (roll < 0.6) return join(pickApart(rng, W.CHILD_MODIFIERS, character.w), character);
  if (roll < 0.7) return join(HAJIMETE, rng.pick(W.CHILD_THINGS));
  if (roll < 0.8) return pair(rng, W.CHILD_CHARACTERS, TO);
  return withEnding(rng, W.CHILD_ENDINGS, character);
}

function childFictionTitle(rng: Random): Word {
  return rng.chance(0.7) ? withEnding(rng, W.CHILD_FICTION_TEMPLATES, rng.pick(W.CHILD_CHARACTERS)) : childTitle(rng);
}

/** 江戸時代の歴史, はじめての統計学, サッカー上達のコツ: the topic decides the NDC class. */
function topicTitle(rng: Random, topics: readonly Topic[], templates: readonly Word[]): { title: Word; ndc: string } {
  const topic = rng.pick(topics);
  return { title: withEnding(rng, templates, topic), ndc: topic.ndc };
}

function cookingTitle(rng: Random): { title: Word; ndc: string } {
  const dish = rng.pick(W.DISHES);
  const title = rng.chance(0.6) ? join(pickApart(rng, W.COOKING_MODIFIERS, dish.w), dish) : withEnding(rng, W.COOKING_ENDINGS, dish);
  return { title, ndc: dish.ndc };
}

function cdTitle(rng: Random): { title: Word; ndc: string } {
  const music = rng.pick(W.CD_GENRES);
  const base = rng.chance(0.7) ? join(pickApart(rng, W.CD_MODIFIERS, music.w), music) : music;
  return { title: withEnding(rng, W.CD_ENDINGS, base), ndc: music.ndc };
}

// ================================================================ authors

function japaneseName(rng: Random): Word {
  const family = rng.pick(W.SURNAMES);
  const given = rng.pick(W.GIVEN_NAMES);
  return { w: `${family.w} ${given.w}`, r: `${family.r} ${given.r}` };
}

/** A foreign author as Japanese catalogues write one (エミリー・ブラウン), with the NDC of the original language. */
function foreignName(rng: Random): Topic {
  if (rng.chance(0.15)) return rng.pick(W.FOREIGN_CLASSICS);
  const language = rng.pick(W.FOREIGN_NAMES);
  const given = rng.pick(language.given);
  const family = rng.pick(language.family);
  return { w: `${given.w}・${family.w}`, r: `${given.r} ${family.r}`, ndc: language.ndc };
}

/** Authors by field; writers come back, so about half of a field's works are by someone already in it. */
class Authors {
  private readonly japanesePools = new Map<string, Word[]>();
  private readonly foreignPools = new Map<string, Topic[]>();

  constructor(private readonly rng: Random) {}

  japanese(field: string): Word {
    return this.reuse(this.japanesePools, field, () => japaneseName(this.rng));
  }

  foreign(field: string): Topic {
    return this.reuse(this.foreignPools, field, () => foreignName(this.rng));
  }

  private reuse<T>(pools: Map<string, T[]>, field: string, create: () => T): T {
    let pool = pools.get(field);
    if (!pool) pools.set(field, (pool = []));
    if (pool.length > 0 && this.rng.chance(0.5)) return this.rng.pick(pool);
    const author = create();
    pool.push(author);
    return author;
  }
}

// ================================================================ kinds of material

type Numbering = 'kan' | 'plain' | 'either';

interface SeriesSupport {
  weight: number;
  styles: readonly SeriesStyle[];
  /** 第1巻 (kan) or 1 (plain). */
  numbering: Numbering;
}

interface BookGenre {
  weight: number;
  shelf: Shelf;
  copies: CopyWeights;
  referenceOnly: boolean;
  /** Non-fiction that now and then is kept for use in the library only (costly or rare books). */
  sometimesReference: boolean;
  series: SeriesSupport | null;
  draft: (rng: Random, authors: Authors) => Draft;
}

const ALL_STYLES: readonly SeriesStyle[] = ['pair', 'triple', 'numbered'];

function genre(weight: number, shelf: Shelf, draft: BookGenre['draft'], extra: Partial<BookGenre> = {}): BookGenre {
  return { weight, shelf, copies: COPIES.normal, referenceOnly: false, sometimesReference: false, series: null, draft, ...extra };
}

const BOOK_GENRES: readonly BookGenre[] = [
  genre(
    26,
    '一般開架',
    (rng, authors) => ({
      title: novelTitle(rng),
      ndc: '913.6',
      author: authors.japanese('novel'),
      publisher: rng.pick(W.PUBLISHERS.literary),
    }),
    {
      copies: COPIES.popular,
      series: { weight: 35, styles: ALL_STYLES, numbering: 'either' },
    },
  ),
  genre(
    7,
    '一般開架',
    (rng, authors) => {
      const author = authors.foreign('fiction');
      return { title: novelTitle(rng), ndc: author.ndc, author, publisher: rng.pick(W.PUBLISHERS.translation) };
    },
    { copies: COPIES.popular, series: { weight: 12, styles: ['pair', 'triple'], numbering: 'kan' } },
  ),
  genre(5, '一般開架', (rng, authors) => ({
    title: essayTitle(rng),
    ndc: '914.6',
    author: authors.japanese('essay'),
    publisher: rng.pick(W.PUBLISHERS.literary),
  })),
  genre(
    10,
    '児童開架',
    (rng, authors) => ({
      title: childTitle(rng),
      ndc: '726.6',
      author: rng.chance(0.2) ? authors.foreign('picture') : authors.japanese('picture'),
      publisher: rng.pick(W.PUBLISHERS.children),
    }),
    { copies: COPIES.popular },
  ),
  genre(
    6,
    '児童開架',
    (rng, authors) => ({
      title: childFictionTitle(rng),
      ndc: '913.6',
      author: authors.japanese('children'),
      publisher: rng.pick(W.PUBLISHERS.children),
    }),
    {
      copies: COPIES.popular,
      series: { weight: 28, styles: ['numbered'], numbering: 'plain' },
    },
  ),
  genre(6, '一般開架', nonfiction('history', W.HISTORY_TOPICS, W.HISTORY_TEMPLATES, W.PUBLISHERS.nonfiction), {
    sometimesReference: true,
    series: { weight: 12, styles: ['numbered'], numbering: 'kan' },
  }),
  genre(6, '一般開架', nonfiction('science', W.SCIENCE_TOPICS, W.SCIENCE_TEMPLATES, W.PUBLISHERS.nonfiction), {
    sometimesReference: true,
    series: { weight: 6, styles: ['numbered'], numbering: 'kan' },
  }),
  genre(14, '一般開架', nonfiction('study', W.STUDY_TOPICS, W.STUDY_TEMPLATES, W.PUBLISHERS.nonfiction), { sometimesReference: true }),
  genre(
    4,
    '一般開架',
    (rng, authors) => ({ ...cookingTitle(rng), author: authors.japanese('cooking'), publisher: rng.pick(W.PUBLISHERS.practical) }),
    {
      copies: COPIES.popular,
    },
  ),
  genre(3, '一般開架', nonfiction('sports', W.SPORTS, W.SPORTS_TEMPLATES, W.PUBLISHERS.practical)),
  genre(3, '一般開架', nonfiction('travel', W.TRAVEL_PLACES, W.TRAVEL_TEMPLATES, W.PUBLISHERS.practical), { sometimesReference: true }),
  genre(
    1,
    '郷土資料',
    (rng, authors) => ({
      title: withEnding(rng, W.LOCAL_ENDINGS, join(KYODO, rng.pick(W.LOCAL_SUBJECTS))),
      ndc: '291',
      author: authors.japanese('local'),
      publisher: rng.pick(W.PUBLISHERS.local),
    }),
    { copies: COPIES.few, referenceOnly: true },
  ),
  genre(
    0.8,
    '参考図書',
    (rng) => {
      const publisher = rng.pick(W.PUBLISHERS.reference);
      return {
        title: join(rng.pick(W.ENCYCLOPEDIA_PREFIXES), rng.pick(W.ENCYCLOPEDIA_KINDS)),
        ndc: '031',
        author: join(publisher, EDITORIAL),
        publisher,
      };
    },
    { copies: COPIES.few, referenceOnly: true, series: { weight: 5, styles: ['numbered'], numbering: 'kan' } },
  ),
  genre(
    1.4,
    '参考図書',
    (rng, authors) => {
      const kind = rng.pick(W.DICTIONARY_KINDS);
      return {
        title: join(rng.pick(W.DICTIONARY_PREFIXES), kind),
        ndc: kind.ndc,
        author: authors.japanese('dictionary'),
        publisher: rng.pick(W.PUBLISHERS.reference),
      };
    },
    { copies: COPIES.few, referenceOnly: true },
  ),
];

const BOOK_WEIGHTS = BOOK_GENRES.map((candidate) => candidate.weight);

function nonfiction(
  field: string,
  topics: readonly Topic[],
  templates: readonly Word[],
  publishers: readonly Publisher[],
): BookGenre['draft'] {
  return (rng, authors) => ({ ...topicTitle(rng, topics, templates), author: authors.japanese(field), publisher: rng.pick(publishers) });
}

/** One title that stands alone (any kind but a magazine issue), with how it is shelved. */
interface Item {
  draft: Draft;
  shelf: Shelf;
  copies: CopyWeights;
  referenceOnly: boolean;
}

function kamishibai(rng: Random, authors: Authors): Item {
  const title = rng.chance(0.15) ? rng.pick(W.FOLK_TALES) : childTitle(rng);
  const draft = { title, ndc: '779.8', author: authors.japanese('kamishibai'), publisher: rng.pick(W.PUBLISHERS.kamishibai) };
  return { draft, shelf: '紙芝居架', copies: COPIES.few, referenceOnly: false };
}

function cd(rng: Random, authors: Authors): Item {
  const author = rng.chance(0.5) ? rng.pick(W.ENSEMBLES) : authors.japanese('music');
  return {
    draft: { ...cdTitle(rng), author, publisher: rng.pick(W.PUBLISHERS.music) },
    shelf: '視聴覚',
    copies: COPIES.av,
    referenceOnly: false,
  };
}

/** Japanese films, animation, and documentaries (classed by subject). */
function dvd(rng: Random, authors: Authors): Item {
  const roll = rng.next();
  const film =
    roll < 0.55
      ? { title: novelTitle(rng), ndc: '778.21' }
      : roll < 0.75
        ? { title: childTitle(rng), ndc: '778.77' }
        : topicTitle(rng, rng.chance(0.5) ? W.HISTORY_TOPICS : W.SCIENCE_TOPICS, W.DOCUMENTARY_TEMPLATES);
  return {
    draft: { ...film, author: authors.japanese('film'), publisher: rng.pick(W.PUBLISHERS.video) },
    shelf: '視聴覚',
    copies: COPIES.av,
    referenceOnly: false,
  };
}

/** Mostly out-of-copyright classics, as in a public library's electronic collection. */
function etext(rng: Random, authors: Authors): Item {
  const author = rng.chance(0.65) ? rng.pick(W.CLASSIC_AUTHORS) : authors.japanese('novel');
  const work = rng.chance(0.7) ? { title: novelTitle(rng), ndc: '913.6' } : { title: essayTitle(rng), ndc: '914.6' };
  return { draft: { ...work, author, publisher: rng.pick(W.PUBLISHERS.etext) }, shelf: '一般開架', copies: [], referenceOnly: false };
}

function book(rng: Random, authors: Authors): Item {
  const chosen = BOOK_GENRES[weightedIndex(rng, BOOK_WEIGHTS)] as BookGenre;
  const draft = chosen.draft(rng, authors);
  if (chosen.sometimesReference && rng.chance(0.02)) return { draft, shelf: '参考図書', copies: COPIES.few, referenceOnly: true };
  return { draft, shelf: chosen.shelf, copies: chosen.copies, referenceOnly: chosen.referenceOnly };
}

const ITEMS: Readonly<Record<SingleType, (rng: Random, authors: Authors) => Item>> = { book, cd, dvd, kamishibai, etext };

function volumeLabels(rng: Random, unit: SeriesUnit, numbering: Numbering): string[] {
  if (unit.style === 'pair') return ['上', '下'];
  if (unit.style === 'triple') return ['上', '中', '下'];
  const kan = numbering === 'kan' || (numbering === 'either' && rng.chance(0.5));
  return Array.from({ length: unit.size }, (_, index) => (kan ? `第${index + 1}巻` : String(index + 1)));
}

// ================================================================ building rows

/** A title's place in a series or a magazine's run of issues. */
interface Volume {
  seriesId: string;
  number: number;
  label: string;
  latestIssue: boolean;
}

interface TitleFacts {
  materialType: MaterialType;
  year: number;
  isbn: string | null;
  referenceOnly: boolean;
  acquiredAt: number;
  volume: Volume | null;
}

class CatalogueBuilder {
  readonly titles: TitleRow[] = [];
  readonly copies: CopyRow[] = [];
  private readonly authors: Authors;
  private readonly clock: AcquisitionClock;
  private readonly isbns: IsbnAllocator;
  private readonly branches: BranchPicker;
  private seriesCount = 0;

  constructor(
    private readonly rng: Random,
    now: number,
    branches: readonly BranchRow[],
  ) {
    this.authors = new Authors(rng);
    this.clock = new AcquisitionClock(rng, now);
    this.isbns = new IsbnAllocator(rng);
    this.branches = new BranchPicker(rng, branches);
  }

  emit(unit: Unit): void {
    if (unit.kind === 'single') this.emitSingle(unit);
    else if (unit.kind === 'series') this.emitSeries(unit);
    else this.emitMagazine(unit.plan);
  }

  private emitSingle(unit: SingleUnit): void {
    const item = ITEMS[unit.type](this.rng, this.authors);
    const acquiredAt = this.clock.acquiredAt(this.clock.daysAgo(unit.recent));
    const row = this.addTitle(item.draft, {
      materialType: unit.type,
      year: publicationYear(this.rng, yearOf(acquiredAt)),
      isbn: unit.type === 'book' || unit.type === 'kamishibai' ? this.isbns.next(item.draft.publisher) : null,
      referenceOnly: item.referenceOnly,
      acquiredAt,
      volume: null,
    });
    // E-texts are read online: they have no physical copy.
    if (unit.type === 'etext') return;
    const av = unit.type === 'cd' || unit.type === 'dvd';
    this.addCopies(row.id, this.branches.pick(copyCount(this.rng, item.copies), av), item.shelf);
  }

  /** Volumes are consecutive rows; a set stays together on the same branches' shelves. */
  private emitSeries(unit: SeriesUnit): void {
    const { genre: chosen, series } = seriesGenre(this.rng, unit.style);
    const draft = chosen.draft(this.rng, this.authors);
    const seriesId = this.nextSeriesId();
    const labels = volumeLabels(this.rng, unit, series.numbering);
    const lastDaysAgo = this.clock.daysAgo(unit.recent);
    // A recent series is one whose newest volume just came in; the earlier ones came before this month.
    const spacing = unit.recent ? this.rng.int(31, 90) : unit.style === 'numbered' ? this.rng.int(7, 90) : this.rng.int(0, 3);
    const branchIds = this.branches.pick(copyCount(this.rng, chosen.copies), false);
    let year = 0;
    labels.forEach((label, index) => {
      const acquiredAt = this.clock.acquiredAt(Math.min(WINDOW_DAYS, lastDaysAgo + (labels.length - 1 - index) * spacing));
      year = index === 0 ? publicationYear(this.rng, yearOf(acquiredAt)) : Math.min(yearOf(acquiredAt), year + this.rng.int(0, 1));
      const row = this.addTitle(draft, {
        materialType: 'book',
        year,
        isbn: this.isbns.next(draft.publisher),
        referenceOnly: chosen.referenceOnly,
        acquiredAt,
        volume: { seriesId, number: index + 1, label, latestIssue: false },
      });
      this.addCopies(row.id, branchIds, chosen.shelf);
    });
  }

  /** Back issues oldest first; the magazine is taken at the same branches throughout. */
  private emitMagazine(plan: MagazinePlan): void {
    const seriesId = this.nextSeriesId();
    const draft: Draft = { title: plan.title, ndc: plan.core.ndc, author: join(plan.core, EDITORIAL), publisher: plan.publisher };
    const newest = this.clock.acquiredAt(plan.newestDaysAgo);
    const branchIds = this.branches.pick(copyCount(this.rng, COPIES.magazine), false);
    for (let number = 1; number <= plan.issues; number++) {
      const acquiredAt = monthsBefore(newest, (plan.issues - number) * plan.step);
      const row = this.addTitle(draft, {
        materialType: 'magazine',
        year: yearOf(acquiredAt),
        isbn: null,
        referenceOnly: false,
        acquiredAt,
        volume: { seriesId, number, label: issueLabel(acquiredAt), latestIssue: number === plan.issues },
      });
      this.addCopies(row.id, branchIds, '雑誌架');
    }
  }

  private addTitle(draft: Draft, facts: TitleFacts): TitleRow {
    const id = `T${String(this.titles.length + 1).padStart(6, '0')}`;
    const { volume } = facts;
    // Spelled out field by field: built with object spreads, generation took twice as long.
    const row: TitleRow = {
      id,
      title: draft.title.w,
      titleReading: draft.title.r,
      volumeLabel: volume ? volume.label : null,
      seriesId: volume ? volume.seriesId : null,
      seriesTitle: volume ? draft.title.w : null,
      volumeNumber: volume ? volume.number : null,
      author: draft.author.w,
      authorReading: draft.author.r,
      publisher: draft.publisher.w,
      year: facts.year,
      isbn: facts.isbn,
      ndc: draft.ndc,
      materialType: facts.materialType,
      referenceOnly: facts.referenceOnly,
      latestIssue: volume ? volume.latestIssue : false,
      etextUrl: facts.materialType === 'etext' ? `https://example.org/etext/${id}` : null,
      acquiredAt: toIso(facts.acquiredAt),
    };
    this.titles.push(row);
    return row;
  }

  /** 資料コード: ten digits, 1 followed by a running number, as printed on the barcode label. */
  private addCopies(titleId: string, branchIds: readonly string[], shelf: Shelf): void {
    for (const branchId of branchIds) {
      const id = `1${String(this.copies.length + 1).padStart(9, '0')}`;
      this.copies.push({ id, titleId, branchId, status: 'on-shelf', shelf });
    }
  }

  private nextSeriesId(): string {
    return `S${String(++this.seriesCount).padStart(6, '0')}`;
  }
}

interface SeriesGenre {
  genre: BookGenre;
  series: SeriesSupport;
}

const SERIES_GENRES: readonly SeriesGenre[] = BOOK_GENRES.flatMap((candidate) =>
  candidate.series ? [{ genre: candidate, series: candidate.series }] : [],
);

function seriesGenre(rng: Random, style: SeriesStyle): SeriesGenre {
  const candidates = SERIES_GENRES.filter((candidate) => candidate.series.styles.includes(style));
  return candidates[
    weightedIndex(
      rng,
      candidates.map((candidate) => candidate.series.weight),
    )
  ] as SeriesGenre;
}

// ================================================================ time

/** When titles were catalogued: during opening hours, within three years before now, never after it. */
class AcquisitionClock {
  private readonly today: number;

  constructor(
    private readonly rng: Random,
    private readonly now: number,
  ) {
    this.today = startOfTokyoDay(tokyoDate(now));
  }

  /** Day 30 is skipped: depending on the time of day it would fall on either side of "the last 30 days". */
  daysAgo(recent: boolean): number {
    return recent ? this.rng.int(0, RECENT_DAYS - 1) : this.rng.int(RECENT_DAYS + 1, WINDOW_DAYS);
  }

  acquiredAt(daysAgo: number): number {
    const at = this.today - daysAgo * DAY + this.rng.int(9 * 60, 18 * 60 - 1) * MINUTE;
    // Later today has not happened yet: such an item came in yesterday.
    return at > this.now ? at - DAY : at;
  }
}

function tokyoParts(ms: number): Date {
  return new Date(ms + TOKYO_OFFSET);
}

function yearOf(ms: number): number {
  return tokyoParts(ms).getUTCFullYear();
}

/** The same time `months` months earlier, on a day no later than the 28th so that every month has it. */
function monthsBefore(ms: number, months: number): number {
  const t = tokyoParts(ms);
  return (
    Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - months, Math.min(t.getUTCDate(), 28), t.getUTCHours(), t.getUTCMinutes()) - TOKYO_OFFSET
  );
}

/** Magazines are dated ahead: the issue that arrives in November is the December issue. */
function issueLabel(ms: number): string {
  const t = tokyoParts(ms);
  const issue = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
  return `${issue.getUTCFullYear()}年${issue.getUTCMonth() + 1}月号`;
}

/** Most acquisitions are new publications; the rest are older works, fewer the older they are. */
function publicationYear(rng: Random, acquiredYear: number): number {
  if (rng.chance(0.45)) return Math.max(MIN_YEAR, acquiredYear - rng.int(0, 1));
  return acquiredYear - Math.floor((acquiredYear - MIN_YEAR + 1) * rng.next() ** 2);
}

// ================================================================ copies, ISBNs, helpers

function copyCount(rng: Random, weights: CopyWeights): number {
  return weights.length === 0 ? 0 : weightedIndex(rng, weights) + 1;
}

interface WeightedBranch {
  id: string;
  weight: number;
  handlesAv: boolean;
}

/** Spreads a title's copies over different branches, the central library and full libraries first. */
class BranchPicker {
  private readonly everywhere: readonly WeightedBranch[];
  private readonly audioVisual: readonly WeightedBranch[];

  constructor(
    private readonly rng: Random,
    branches: readonly BranchRow[],
  ) {
    const central = Math.min(...branches.map((branch) => branch.sortOrder));
    this.everywhere = branches.map((branch) => ({
      id: branch.id,
      // A community reading room holds far fewer books than a library, the central library the most.
      weight: (branch.kind === 'library' ? 3 : 1) + (branch.sortOrder === central ? 2 : 0),
      handlesAv: branch.handlesAv,
    }));
    const av = this.everywhere.filter((branch) => branch.handlesAv);
    this.audioVisual = av.length > 0 ? av : this.everywhere;
  }

  pick(count: number, audioVisual: boolean): string[] {
    const all = audioVisual ? this.audioVisual : this.everywhere;
    const ids: string[] = [];
    let pool = [...all];
    for (let n = 0; n < count; n++) {
      if (pool.length === 0) pool = [...all];
      const index = weightedIndex(
        this.rng,
        pool.map((branch) => branch.weight),
      );
      ids.push((pool[index] as WeightedBranch).id);
      pool.splice(index, 1);
    }
    return ids;
  }
}

/** Steps coprime with 10, so that stepping through a publisher's number range never repeats. */
const ISBN_STEPS = [1, 3, 7, 9, 11, 13] as const;

/** Gives each publisher's books distinct ISBN-13s in that publisher's 978-4-<code> range. */
class IsbnAllocator {
  private readonly ranges = new Map<string, { start: number; step: number; used: number }>();

  constructor(private readonly rng: Random) {}

  next(publisher: Publisher): string {
    const code = publisher.isbnCode;
    if (code === null) throw new Error(`${publisher.w} has no ISBN registrant code`);
    const capacity = 10 ** (8 - code.length);
    let range = this.ranges.get(code);
    if (!range) this.ranges.set(code, (range = { start: this.rng.int(0, capacity / 2 - 1), step: this.rng.pick(ISBN_STEPS), used: 0 }));
    if (range.used >= capacity) throw new Error(`The ISBN range 978-4-${code} is used up`);
    const item = (range.start + range.used * range.step) % capacity;
    range.used++;
    const body = `9784${code}${String(item).padStart(8 - code.length, '0')}`;
    return body + isbnCheckDigit(body);
  }
}

function isbnCheckDigit(twelveDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function weightedIndex(rng: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
