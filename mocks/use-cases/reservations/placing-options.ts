import type { PlacingOptions } from '../../../src/api/contract/reservations';
import type { TitleRow } from '../../db/schema';
import { orderedPlacingRefusal } from '../../domain/reservations/placement';
import type { Library } from '../../runtime/library-host';

/** The titles of these ids the library has, each once, in the order given. */
export function knownTitles(library: Library, titleIds: readonly string[]): TitleRow[] {
  return [...new Set(titleIds)].flatMap((titleId) => {
    const title = library.db.tables.titles.get(titleId);
    return title ? [title] : [];
  });
}

/** What the placing form may offer for the titles ticked: one ordered reservation, or why not. */
export function placingOptions(library: Library, titleIds: readonly string[]): PlacingOptions {
  const reason = orderedPlacingRefusal(library.profile, knownTitles(library, titleIds));
  return { ordered: { allowed: reason === null, reason } };
}
