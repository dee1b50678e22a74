import type { Table } from '../db/database';
import type { TitleRow } from '../db/schema';
import { SearchIndex, type SearchDocument, type SearchIndexSnapshot } from '../domain/search/search-index';

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

/** The records of a library's titles, to be indexed. */
export interface IndexRequest {
  library: string;
  documents: SearchDocument[];
}

/** Builds the index somewhere else (a Web Worker in the page) and answers it as a snapshot. */
export type IndexBuilder = (request: IndexRequest) => Promise<SearchIndexSnapshot>;

/**
 * The search index of one library's titles, kept in step with the titles table: any change to the
 * table (a reseed, another tab's writes) makes the next search rebuild it. `warm` has it built
 * elsewhere (in the page: a Web Worker, which keeps it in IndexedDB for the next visit), so that
 * neither the first page nor the first search waits for it on this thread; a search that comes
 * before it is back builds it here at once.
 */
export class CatalogueIndex {
  private built: { version: number; index: SearchIndex } | null = null;

  constructor(private readonly titles: Table<TitleRow>) {}

  get(): SearchIndex {
    const version = this.titles.version;
    if (this.built?.version === version) return this.built.index;
    const index = new SearchIndex(this.titles.all().map(toSearchDocument));
    this.built = { version, index };
    return index;
  }

  async warm(library: string, build: IndexBuilder): Promise<void> {
    const version = this.titles.version;
    if (this.built?.version === version) return;
    let snapshot: SearchIndexSnapshot;
    try {
      snapshot = await build({ library, documents: this.titles.all().map(toSearchDocument) });
    } catch {
      return; // (no worker, say) the first search builds it here, as it would have without warming
    }
    // A search built it meanwhile, or the titles changed: the next search builds what they are now.
    if (this.built?.version === version || this.titles.version !== version) return;
    this.built = { version, index: SearchIndex.fromSnapshot(snapshot) };
  }
}
