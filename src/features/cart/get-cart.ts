import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';
import type { Cart } from '../../api/contract/cart';
import { useCartOwner } from './cart-owner';
import { useGuestCartIds } from './guest-cart-store';

/** The cart of the patron holding this session's token. */
export const patronCartQuery = (token: string) =>
  queryOptions({
    queryKey: ['me', 'cart', token],
    queryFn: () => api.call('getCart'),
  });

/** Shows a patron's cart as the library answered it, even if a read started earlier is still under way. */
export async function showPatronCart(queryClient: QueryClient, token: string, cart: Cart): Promise<void> {
  const { queryKey } = patronCartQuery(token);
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData(queryKey, cart);
  void queryClient.invalidateQueries({ queryKey: ['me', 'summary'] });
}

export const guestCartQuery = (titleIds: readonly string[]) =>
  queryOptions({
    queryKey: ['guest-cart', titleIds],
    queryFn: () => api.call('getGuestCart', { body: { titleIds: [...titleIds] } }),
    placeholderData: keepPreviousData,
  });

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
