import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface GuestCartState {
  /** Title ids per library (each library has its own catalogue), oldest first. */
  byLibrary: Record<string, string[]>;
  replace: (libraryId: string, titleIds: string[]) => void;
  remove: (libraryId: string, titleIds: readonly string[]) => void;
}

/**
 * The cart of a patron who has not logged in: only ids, kept in localStorage so that it survives
 * a reload. What may go in is decided by the library (addToGuestCart); this store just keeps the
 * answer until login merges it into the patron's own cart.
 */
export const useGuestCart = create<GuestCartState>()(
  persist(
    (set) => ({
      byLibrary: {},
      replace: (libraryId, titleIds) => set((state) => ({ byLibrary: { ...state.byLibrary, [libraryId]: titleIds } })),
      remove: (libraryId, titleIds) =>
        set((state) => ({
          byLibrary: { ...state.byLibrary, [libraryId]: (state.byLibrary[libraryId] ?? []).filter((id) => !titleIds.includes(id)) },
        })),
    }),
    { name: 'shiori.cart', version: 1 },
  ),
);

// Another tab of this browser changed the cart: take its ids, so that the menu's count and the cart
// here show what is stored, and an addition here does not write over what the other tab put in.
window.addEventListener('storage', (event) => {
  if (event.key === useGuestCart.persist.getOptions().name) void useGuestCart.persist.rehydrate();
});

const none: string[] = [];

export function useGuestCartIds(libraryId: string | undefined): string[] {
  return useGuestCart((state) => (libraryId ? (state.byLibrary[libraryId] ?? none) : none));
}
