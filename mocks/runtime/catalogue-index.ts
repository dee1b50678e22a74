import type { Table } from '../db/database';
import type { TitleRow } from '../db/schema';
import { SearchIndex, type SearchDocument } from '../domain/search/search-index';

function toSearchDocument(title: TitleRow): SearchDocument {
  return {
    id: title.id,
    title: title.title,
    titleReading: title.titleReading,
    volumeLabel: title.volumeLabel,
    seriesTitle: title.seriesTitle,
    author: title.author,
    authorReading: title.authorReading,
    publisher: title.publisher,
    isbn: title.isbn,
    year: title.year,
  };
}

/**
 * The search index of one library's titles, kept in step with the titles table: any change to the
 * table (a reseed, another tab's writes) makes the next search rebuild it. `warm` builds it in
 * slices between other work, so that neither the first page nor the first search waits for it.
 */
interface Build {
  version: number;
  index: SearchIndex;
  rows: TitleRow[];
  next: number;
}

/**
 * The search index of one library's titles, kept in step with the titles table: any change to the
 * table (a reseed, another tab's writes) makes the next search rebuild it. `warm` builds it in
 * slices between other work, so that neither the first page nor the first search waits for all of
 * it; a search that comes while it warms finishes the build at once.
 */
export class CatalogueIndex {
  private built: { version: number; index: SearchIndex } | null = null;
  private building: Build | null = null;

  constructor(private readonly titles: Table<TitleRow>) {}

  get(): SearchIndex {
    const version = this.titles.version;
    if (this.built?.version === version) return this.built.index;
    const build = this.building?.version === version ? this.building : this.start();
    this.addSlice(build, Infinity);
    return this.finish(build);
  }

  async warm(pause: () => Promise<void>, slice = 1000): Promise<void> {
    if (this.built?.version === this.titles.version) return;
    const build = this.start();
    while (build.next < build.rows.length) {
      await pause();
      if (this.building !== build || build.version !== this.titles.version) return;
      this.addSlice(build, slice);
    }
    await pause();
    if (this.building !== build || build.version !== this.titles.version) return;
    build.index.prepare();
    this.finish(build);
  }

  private start(): Build {
    this.building = { version: this.titles.version, index: new SearchIndex(), rows: this.titles.all(), next: 0 };
    return this.building;
  }

  private addSlice(build: Build, count: number): void {
    const end = Math.min(build.next + count, build.rows.length);
    for (let n = build.next; n < end; n++) build.index.add(toSearchDocument(build.rows[n] as TitleRow));
    build.next = end;
  }

  private finish(build: Build): SearchIndex {
    if (this.building === build) this.building = null;
    this.built = { version: build.version, index: build.index };
    return build.index;
  }
}
