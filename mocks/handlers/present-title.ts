import type { TitleSummary } from '../../src/api/contract/catalogue';
import type { TitleRow } from '../db/schema';
import type { Library } from '../runtime/library-host';
import { titleStanding } from '../use-cases/catalogue/title-standing';

/** A title as a list row of the contract: its record, availability and whether anyone may reserve it. */
export function presentTitle(library: Library, title: TitleRow): TitleSummary {
  return {
    id: title.id,
    title: title.title,
    titleReading: title.titleReading,
    volumeLabel: title.volumeLabel,
    seriesId: title.seriesId,
    seriesTitle: title.seriesTitle,
    volumeNumber: title.volumeNumber,
    author: title.author,
    authorReading: title.authorReading,
    publisher: title.publisher,
    year: title.year,
    isbn: title.isbn,
    ndc: title.ndc,
    materialType: title.materialType,
    acquiredAt: title.acquiredAt,
    ...titleStanding(library, title),
  };
}

/** The rows of the given titles, in the order given; ids of no title are left out. */
export function presentTitles(library: Library, ids: readonly string[]): TitleSummary[] {
  return ids.flatMap((id) => {
    const title = library.db.tables.titles.get(id);
    return title ? [presentTitle(library, title)] : [];
  });
}

/**
 * How a loan, reservation or notice names its title: the record's title and volume, or the title's
 * id (and no volume) when the record is gone, so that a row is never left without a name.
 */
export function titleOf(
  library: Library,
  titleId: string,
): { title: string; volumeLabel: string | null; materialType: TitleRow['materialType'] } {
  const title = library.db.tables.titles.get(titleId);
  return { title: title?.title ?? titleId, volumeLabel: title?.volumeLabel ?? null, materialType: title?.materialType ?? 'book' };
}
