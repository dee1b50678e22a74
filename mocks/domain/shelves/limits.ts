import type { LibraryProfile } from '../../profiles/profile';

/** これから読みたい本 and お気に入り: every patron has them, and they can be neither renamed nor deleted. */
export const BUILT_IN_SHELVES = ['want-to-read', 'favourites'] as const;
export type BuiltInShelf = (typeof BUILT_IN_SHELVES)[number];

export const isBuiltInShelf = (shelfId: string): shelfId is BuiltInShelf => (BUILT_IN_SHELVES as readonly string[]).includes(shelfId);

/** Whether a patron holding `ownShelves` shelves of their own may make another: the library's number counts the two every patron has. */
export function shelfCreation(profile: LibraryProfile, ownShelves: number): { allowed: boolean; reason: 'shelf-limit' | null } {
  const allowed = BUILT_IN_SHELVES.length + ownShelves < profile.shelves.maxShelves;
  return { allowed, reason: allowed ? null : 'shelf-limit' };
}

/** How many more titles a shelf holding `items` may take. */
export function shelfRoom(profile: LibraryProfile, items: number): number {
  return Math.max(0, profile.shelves.maxItemsPerShelf - items);
}
