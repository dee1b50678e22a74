import { describe, expect, it } from 'vitest';
import type { BranchRow, MaterialType, TitleRow } from '../../../mocks/db/schema';
import { generateCatalogue, type Catalogue, type CatalogueOptions } from '../../../mocks/seed/catalogue';

const branches: readonly BranchRow[] = [
  { id: 'chuo', name: '中央図書館', nameEn: 'Central Library', kind: 'library', handlesAv: true, sortOrder: 0 },
  { id: 'kita', name: '北図書館', nameEn: 'North Library', kind: 'library', handlesAv: true, sortOrder: 1 },
  { id: 'minami', name: '南図書館', nameEn: 'South Library', kind: 'library', handlesAv: true, sortOrder: 2 },
  { id: 'bunshitsu', name: '川辺分室', nameEn: 'Riverside Branch Room', kind: 'facility', handlesAv: false, sortOrder: 3 },
];

const NOW = '2026-11-24T10:00:00+09:00';
const DAY = 24 * 60 * 60 * 1000;
const MATERIAL_TYPES: readonly MaterialType[] = ['book', 'magazine', 'cd', 'dvd', 'kamishibai', 'etext'];
/** Katakana words (with ー and small kana) separated by single spaces. */
const READING = /^[\u30A1-\u30FA\u30FC]+( [\u30A1-\u30FA\u30FC]+)*$/;

function options(overrides: Partial<CatalogueOptions> = {}): CatalogueOptions {
  return { titleCount: 2000, branches, seed: 42, now: NOW, ...overrides };
}

const catalogue: Catalogue = generateCatalogue(options());
const { titles, copies } = catalogue;

function isbn13CheckDigit(isbn: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(isbn[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k) ?? [];
    group.push(item);
    groups.set(k, group);
  }
  return groups;
}

const copiesByTitle = groupBy(copies, (copy) => copy.titleId);

describe('generateCatalogue', () => {
  it('gives the same catalogue for the same options and another for another seed', () => {
    const first = generateCatalogue(options({ titleCount: 500 }));
    const second = generateCatalogue(options({ titleCount: 500 }));
    expect(second).toEqual(first);
    expect(generateCatalogue(options({ titleCount: 500, seed: 43 }))).not.toEqual(first);
  });

  it('makes exactly titleCount titles with ids in order', () => {
    expect(titles).toHaveLength(2000);
    titles.forEach((title, index) => expect(title.id).toBe(`T${String(index + 1).padStart(6, '0')}`));
    expect(generateCatalogue(options({ titleCount: 0 }))).toEqual({ titles: [], copies: [] });
    expect(generateCatalogue(options({ titleCount: 7 })).titles).toHaveLength(7);
  });

  it('has every material type in roughly the intended proportions', () => {
    for (const titleCount of [200, 201, 2000]) {
      const types = new Set(generateCatalogue(options({ titleCount })).titles.map((title) => title.materialType));
      expect([...types].sort()).toEqual([...MATERIAL_TYPES].sort());
    }
    const share = (type: MaterialType) => titles.filter((title) => title.materialType === type).length / titles.length;
    expect(share('book')).toBeCloseTo(0.8, 1);
    expect(share('magazine')).toBeCloseTo(0.06, 2);
    expect(share('etext')).toBeCloseTo(0.02, 2);
  });

  it('gives books and kamishibai valid, unique ISBN-13s and nothing else an ISBN', () => {
    const isbns: string[] = [];
    for (const title of titles) {
      if (title.materialType === 'book' || title.materialType === 'kamishibai') {
        expect(title.isbn).toMatch(/^9784\d{9}$/);
        const isbn = title.isbn as string;
        expect(Number(isbn[12])).toBe(isbn13CheckDigit(isbn));
        isbns.push(isbn);
      } else {
        expect(title.isbn).toBeNull();
      }
    }
    expect(new Set(isbns).size).toBe(isbns.length);
  });

  it('keeps series volumes consecutive, numbered 1..n and sharing their series data', () => {
    const series = groupBy(titles, (title) => title.seriesId);
    expect(series.size).toBeGreaterThan(10);
    for (const [seriesId, volumes] of series) {
      expect(seriesId).toMatch(/^S\d{6}$/);
      const first = titles.indexOf(volumes[0] as TitleRow);
      volumes.forEach((volume, index) => {
        expect(titles[first + index]).toBe(volume);
        expect(volume.volumeNumber).toBe(index + 1);
        expect(volume.volumeLabel).toBeTruthy();
        expect(volume.title).toBe(volume.seriesTitle);
        expect([volume.seriesTitle, volume.author, volume.publisher]).toEqual([
          volumes[0]?.seriesTitle,
          volumes[0]?.author,
          volumes[0]?.publisher,
        ]);
      });
      const labels = volumes.map((volume) => volume.volumeLabel).join(',');
      if (volumes[0]?.materialType === 'book') expect(labels).toMatch(/^(上,下|上,中,下|第1巻(,第\d+巻)+|1(,\d+)+)$/);
    }
    for (const single of titles.filter((title) => title.seriesId === null)) {
      expect([single.seriesTitle, single.volumeNumber, single.volumeLabel]).toEqual([null, null, null]);
    }
    const books = titles.filter((title) => title.materialType === 'book');
    expect(books.filter((book) => book.seriesId !== null).length / books.length).toBeCloseTo(0.12, 1);
  });

  it('marks only the newest issue of each magazine as the latest issue', () => {
    const magazines = groupBy(
      titles.filter((title) => title.materialType === 'magazine'),
      (title) => title.seriesId,
    );
    expect(magazines.size).toBeGreaterThan(0);
    for (const issues of magazines.values()) {
      expect(issues.map((issue) => issue.latestIssue)).toEqual(issues.map((_, index) => index === issues.length - 1));
      for (const issue of issues) expect(issue.volumeLabel).toMatch(/^\d{4}年\d{1,2}月号$/);
      expect(issues[0]?.title).toMatch(/^(月刊|季刊|隔月刊) \S+$/);
    }
    expect(titles.filter((title) => title.materialType !== 'magazine').every((title) => !title.latestIssue)).toBe(true);
  });

  it('gives e-texts a URL and no copies, and every other title 1–4 copies on the shelf', () => {
    for (const title of titles) {
      const own = copiesByTitle.get(title.id) ?? [];
      if (title.materialType === 'etext') {
        expect(title.etextUrl).toBe(`https://example.org/etext/${title.id}`);
        expect(own).toHaveLength(0);
      } else {
        expect(title.etextUrl).toBeNull();
        expect(own.length).toBeGreaterThanOrEqual(1);
        expect(own.length).toBeLessThanOrEqual(4);
      }
    }
    expect(copies.every((copy) => copy.status === 'on-shelf')).toBe(true);
    expect(copies.every((copy) => /^\d{10}$/.test(copy.id))).toBe(true);
    expect(new Set(copies.map((copy) => copy.id)).size).toBe(copies.length);
  });

  it('shelves copies at the given branches, CDs and DVDs only where AV is handled', () => {
    const branchIds = new Set(branches.map((branch) => branch.id));
    const avBranchIds = new Set(branches.filter((branch) => branch.handlesAv).map((branch) => branch.id));
    const byId = new Map(titles.map((title) => [title.id, title]));
    for (const copy of copies) {
      expect(branchIds.has(copy.branchId)).toBe(true);
      const type = byId.get(copy.titleId)?.materialType;
      if (type === 'cd' || type === 'dvd') {
        expect(avBranchIds.has(copy.branchId)).toBe(true);
        expect(copy.shelf).toBe('視聴覚');
      }
    }
    expect(new Set(copies.map((copy) => copy.branchId))).toEqual(branchIds);
  });

  it('puts AV copies anywhere when no branch handles AV', () => {
    const noAv = branches.map((branch) => ({ ...branch, handlesAv: false }));
    const result = generateCatalogue(options({ titleCount: 300, branches: noAv }));
    const av = new Set(
      result.titles.filter((title) => title.materialType === 'cd' || title.materialType === 'dvd').map((title) => title.id),
    );
    expect(result.copies.some((copy) => av.has(copy.titleId))).toBe(true);
  });

  it('writes readings in katakana only and names as 姓 名', () => {
    for (const title of titles) {
      expect(title.titleReading).toMatch(READING);
      expect(title.authorReading).toMatch(READING);
      // A Japanese name and its reading have the same number of parts.
      if (title.author.includes(' ')) expect(title.authorReading.split(' ')).toHaveLength(title.author.split(' ').length);
      // The reading of a title has as many words as the title.
      expect(title.titleReading.split(' ')).toHaveLength(title.title.split(' ').length);
    }
    expect(titles.some((title) => title.author.includes('・'))).toBe(true);
  });

  it('keeps every string trimmed and non-empty', () => {
    const strings = [...titles, ...copies].flatMap((row) =>
      Object.values(row).filter((value): value is string => typeof value === 'string'),
    );
    expect(strings.filter((value) => value === '' || value !== value.trim())).toEqual([]);
    expect(strings.filter((value) => value.includes('  ') || value.includes('〜') || value.includes('_'))).toEqual([]);
  });

  it('marks dictionaries, encyclopaedias and local materials 禁帯出, about 3 % in all', () => {
    for (const title of titles) {
      const dictionary = /^(03|8\d3)/.test(title.ndc) && title.materialType === 'book';
      const local = title.ndc.startsWith('29') && title.title.includes('郷土');
      if (dictionary || local) expect(title.referenceOnly).toBe(true);
      if (title.materialType !== 'book') expect(title.referenceOnly).toBe(false);
    }
    const share = titles.filter((title) => title.referenceOnly).length / titles.length;
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.05);
  });

  it('acquires within three years up to now, some of it in the last 30 days', () => {
    const now = Date.parse(NOW);
    for (const title of titles) {
      expect(title.acquiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      const at = Date.parse(title.acquiredAt);
      expect(at).toBeLessThanOrEqual(now);
      expect(at).toBeGreaterThanOrEqual(Date.parse('2023-11-24T10:00:00+09:00'));
      expect(title.year).toBeGreaterThanOrEqual(1950);
      expect(title.year).toBeLessThanOrEqual(Number(title.acquiredAt.slice(0, 4)));
    }
    const recent = titles.filter((title) => Date.parse(title.acquiredAt) > now - 30 * DAY);
    expect(recent.length).toBeGreaterThan(20);
    expect(recent.length).toBeLessThan(120);
  });

  it('generates the default 20 000-title catalogue', () => {
    const big = generateCatalogue(options({ titleCount: 20_000, seed: 20_261_124 }));
    expect(big.titles).toHaveLength(20_000);
    const recent = big.titles.filter((title) => Date.parse(title.acquiredAt) > Date.parse(NOW) - 30 * DAY);
    expect(recent.length).toBeGreaterThanOrEqual(50);
    expect(recent.length).toBeLessThanOrEqual(70);
  });
});
