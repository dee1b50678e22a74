import type { PatronRow, ShelfItemRow, ShelfRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { BUILT_IN_SHELVES, isBuiltInShelf, shelfCreation, shelfRoom, type BuiltInShelf } from '../../domain/shelves/limits';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { makeOncePerKey } from '../keyed-request';

export function requireShelves(library: Library): void {
  if (!library.profile.features.shelves) throw new DomainError('CONFLICT', 'This library offers no My本棚', { reason: 'not-offered' });
}

/** A patron's shelf: one of the two every patron has, or one of their own. */
export type PatronShelf = { id: BuiltInShelf; own: null } | { id: string; own: ShelfRow };

/** The patron's shelves in the order My本棚 lists them: the two every patron has, then their own, oldest first. */
export function shelvesOf(library: Library, patron: PatronRow): PatronShelf[] {
  const own = library.db.tables.shelves
    .where('patronId', patron.id)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return [...BUILT_IN_SHELVES.map((id) => ({ id, own: null })), ...own.map((row) => ({ id: row.id, own: row }))];
}

/** A shelf of this patron's, or NOT_FOUND (another patron's shelf is not found either). */
export function shelfOf(library: Library, patron: PatronRow, shelfId: string): PatronShelf {
  if (isBuiltInShelf(shelfId)) return { id: shelfId, own: null };
  const row = library.db.tables.shelves.get(shelfId);
  if (!row || row.patronId !== patron.id) throw new DomainError('NOT_FOUND', `No shelf ${shelfId}`);
  return { id: row.id, own: row };
}

/** The titles on a shelf, newest first. */
export function itemsOn(library: Library, patron: PatronRow, shelfId: string): ShelfItemRow[] {
  return library.db.tables.shelfItems
    .where('patronId', patron.id)
    .filter((item) => item.shelfId === shelfId)
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : a.id < b.id ? 1 : -1));
}

const itemId = (patron: PatronRow, shelfId: string, titleId: string) => `${patron.id}:${shelfId}:${titleId}`;

function ownShelfOf(library: Library, patron: PatronRow, shelfId: string): ShelfRow {
  const shelf = shelfOf(library, patron, shelfId);
  if (!shelf.own)
    throw new DomainError('CONFLICT', 'これから読みたい本 and お気に入り cannot be renamed or deleted', { reason: 'not-offered' });
  return shelf.own;
}

/** A shelf of the patron's own, within the library's number of shelves; done once per requestId. */
export function createShelf(library: Library, patron: PatronRow, name: string, requestId: string, now: number): ShelfRow {
  requireShelves(library);
  const shelves = library.db.tables.shelves;
  return makeOncePerKey(
    library,
    patron,
    'shelf',
    requestId,
    { name },
    () => {
      const decision = shelfCreation(library.profile, shelves.where('patronId', patron.id).length);
      if (!decision.allowed) throw new DomainError('CONFLICT', 'The library’s number of shelves is reached', { reason: 'shelf-limit' });
      return shelves.insert({ id: `${patron.id}-${requestId}`, patronId: patron.id, name, createdAt: toIso(now) });
    },
    (id) => shelves.get(id),
  );
}

export function renameShelf(library: Library, patron: PatronRow, shelfId: string, name: string): ShelfRow {
  requireShelves(library);
  return library.db.tables.shelves.update(ownShelfOf(library, patron, shelfId).id, { name });
}

/** Deletes a shelf of the patron's own with every title on it. */
export function deleteShelf(library: Library, patron: PatronRow, shelfId: string): void {
  requireShelves(library);
  const shelf = ownShelfOf(library, patron, shelfId);
  for (const item of itemsOn(library, patron, shelf.id)) library.db.tables.shelfItems.delete(item.id);
  library.db.tables.shelves.delete(shelf.id);
}

export interface ShelfAddition {
  added: string[];
  refused: { titleId: string; reason: 'shelf-full' | 'already-on-shelf' | 'not-found' }[];
}

/** Puts titles on a shelf in the order given, each once, saving what the catalogue says of it, while the shelf has room. */
export function addToShelf(library: Library, patron: PatronRow, shelfId: string, titleIds: readonly string[], now: number): ShelfAddition {
  requireShelves(library);
  const shelf = shelfOf(library, patron, shelfId);
  let room = shelfRoom(library.profile, itemsOn(library, patron, shelf.id).length);
  const result: ShelfAddition = { added: [], refused: [] };
  // Titles put on together keep the order given: each a millisecond after the one before.
  let at = now;
  for (const titleId of new Set(titleIds)) {
    const title = library.db.tables.titles.get(titleId);
    const id = itemId(patron, shelf.id, titleId);
    if (!title) result.refused.push({ titleId, reason: 'not-found' });
    else if (library.db.tables.shelfItems.get(id)) result.refused.push({ titleId, reason: 'already-on-shelf' });
    else if (room === 0) result.refused.push({ titleId, reason: 'shelf-full' });
    else {
      library.db.tables.shelfItems.insert({
        id,
        patronId: patron.id,
        shelfId: shelf.id,
        titleId,
        title: title.title,
        volumeLabel: title.volumeLabel,
        author: title.author,
        materialType: title.materialType,
        note: '',
        addedAt: toIso(at++),
      });
      room -= 1;
      result.added.push(titleId);
    }
  }
  return result;
}

function itemOf(library: Library, patron: PatronRow, shelfId: string, titleId: string): ShelfItemRow {
  const shelf = shelfOf(library, patron, shelfId);
  const item = library.db.tables.shelfItems.get(itemId(patron, shelf.id, titleId));
  if (!item) throw new DomainError('NOT_FOUND', `${titleId} is not on shelf ${shelfId}`);
  return item;
}

/** A new note, and/or a move to another of the patron's shelves (which must have room and not hold the title yet). */
export function changeShelfItem(
  library: Library,
  patron: PatronRow,
  shelfId: string,
  titleId: string,
  change: { note?: string; shelfId?: string },
): ShelfItemRow {
  requireShelves(library);
  let item = itemOf(library, patron, shelfId, titleId);
  const items = library.db.tables.shelfItems;
  if (change.note !== undefined) item = items.update(item.id, { note: change.note });
  if (change.shelfId !== undefined && change.shelfId !== item.shelfId) {
    const target = shelfOf(library, patron, change.shelfId);
    const id = itemId(patron, target.id, titleId);
    if (items.get(id)) throw new DomainError('CONFLICT', 'The title is on that shelf already', { reason: 'already-on-shelf' });
    if (shelfRoom(library.profile, itemsOn(library, patron, target.id).length) === 0)
      throw new DomainError('CONFLICT', 'That shelf is full', { reason: 'shelf-full' });
    items.delete(item.id);
    item = items.insert({ ...item, id, shelfId: target.id });
  }
  return item;
}

export function removeFromShelf(library: Library, patron: PatronRow, shelfId: string, titleId: string): void {
  requireShelves(library);
  library.db.tables.shelfItems.delete(itemOf(library, patron, shelfId, titleId).id);
}
