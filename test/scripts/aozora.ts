// Real Japanese bibliographic text for the search quality test and the search benchmark: Aozora
// Bunko's works as packaged in ../shared/data (see its README; credit 「青空文庫」 for anything shown
// or shipped from it). The folder sits beside the repository on CI and on this project's machines
// only: callers check `aozoraWorksExist` and skip (tests) or fall back (benchmark) without it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SearchDocument } from '../../mocks/domain/search/search-index';

/** Relative to the repository root, where npm scripts and vitest run (import.meta.url is no file URL under jsdom). */
export const aozoraWorksPath = resolve(process.cwd(), '../shared/data/aozora-works.json');

export const aozoraWorksExist = existsSync(aozoraWorksPath);

export type AozoraRole = '著者' | '翻訳者' | '校訂者' | '編者' | 'その他';

export interface AozoraAuthor {
  /** "姓 名" */
  name: string;
  reading: string;
  role: AozoraRole;
}

export interface AozoraWork {
  id: string;
  title: string;
  titleReading: string;
  subtitle: string | null;
  subtitleReading: string | null;
  ndc: string | null;
  orthography: string | null;
  sourceBook: string | null;
  publisher: string | null;
  firstEditionYear: number | null;
  authors: AozoraAuthor[];
}

export function loadAozoraWorks(): AozoraWork[] {
  return JSON.parse(readFileSync(aozoraWorksPath, 'utf8')) as AozoraWork[];
}

/** The work's author, as a catalogue names one: the first 著者, else (translated anthologies) whoever comes first. */
export function mainAuthor(work: AozoraWork): AozoraAuthor {
  const author = work.authors.find((person) => person.role === '著者') ?? work.authors[0];
  if (!author) throw new Error(`${work.id} has no author`);
  return author;
}

/** A work as the catalogue would hold it; Aozora has no ISBNs, and none are invented. */
export function aozoraSearchDocument(work: AozoraWork): SearchDocument {
  const author = mainAuthor(work);
  return {
    id: work.id,
    title: work.subtitle ? `${work.title} ${work.subtitle}` : work.title,
    titleReading: work.subtitleReading ? `${work.titleReading} ${work.subtitleReading}` : work.titleReading,
    volumeLabel: null,
    seriesTitle: null,
    author: author.name,
    authorReading: author.reading,
    publisher: work.publisher ?? '',
    isbn: null,
    year: typeof work.firstEditionYear === 'number' ? work.firstEditionYear : 0,
  };
}
