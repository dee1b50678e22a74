import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Cart } from '../../api/contract/cart';
import { guestCartQuery, patronCartQuery } from '../../api/queries/cart';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';
import { useCartOwner } from './cart-owner';
import { useGuestCart, useGuestCartIds } from './guest-cart-store';

/**
 * The cart on show, whoever owns it: the patron's from the server, or the browser's as the
 * library sees it. While the owner is unknown the cart is pending, or failed with the reason
 * (the library's rules or the session could not be read).
 */
export function useCart() {
  const owner = useCartOwner();
  const library = useLibraryInfo();
  const session = useSession();
  const maxItems = library.data?.cart.maxItems ?? 0;
  const guestIds = useGuestCartIds(owner.kind === 'guest' ? owner.libraryId : undefined);
  const patron = useQuery({ ...patronCartQuery(owner.kind === 'patron' ? owner.token : ''), enabled: owner.kind === 'patron' });
  const guest = useQuery({ ...guestCartQuery(guestIds), enabled: owner.kind === 'guest' && guestIds.length > 0 });
  // A title the library no longer knows is not in its answer: the browser lets it go too, so that
  // the menu's count (the browser's ids) says what the cart lists.
  const guestLibrary = owner.kind === 'guest' ? owner.libraryId : null;
  const answered = guest.isPlaceholderData ? undefined : guest.data;
  useEffect(() => {
    if (!guestLibrary || !answered) return;
    const known = new Set(answered.items.map((item) => item.titleId));
    const gone = guestIds.filter((id) => !known.has(id));
    if (gone.length > 0) useGuestCart.getState().remove(guestLibrary, gone);
  }, [guestLibrary, answered, guestIds]);

  if (owner.kind === 'unknown') {
    const failed = library.isError ? library : session.isError ? session : null;
    return {
      owner,
      cart: undefined,
      isPending: failed === null,
      error: failed?.error ?? null,
      refetch: () => void failed?.refetch(),
    };
  }
  const empty: Cart | undefined = owner.kind === 'guest' && guestIds.length === 0 ? { items: [], maxItems } : undefined;
  const query = owner.kind === 'patron' ? patron : guest;
  return {
    owner,
    cart: empty ?? query.data,
    isPending: !empty && query.isPending,
    error: empty ? null : query.error,
    refetch: () => void query.refetch(),
  };
}

/**
 * How many items the cart on show holds, for the menu: a browser cart's count is known from its
 * ids at once; a patron's comes with their cart. null while not known.
 */
export function useCartCount(): number | null {
  const owner = useCartOwner();
  const guestIds = useGuestCartIds(owner.kind === 'guest' ? owner.libraryId : undefined);
  const patron = useQuery({
    ...patronCartQuery(owner.kind === 'patron' ? owner.token : ''),
    enabled: owner.kind === 'patron',
    select: (cart) => cart.items.length,
  });
  if (owner.kind === 'guest') return guestIds.length;
  if (owner.kind === 'patron') return patron.data ?? null;
  return null;
}
