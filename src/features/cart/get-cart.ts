import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { useLibraryInfo } from '../../api/queries/library-info';
import type { Cart } from '../../api/contract/cart';
import { useCartOwner } from './cart-owner';
import { useGuestCartIds } from './guest-cart-store';

export const patronCartQuery = queryOptions({
  queryKey: ['me', 'cart'],
  queryFn: () => api.call('getCart'),
});

export const guestCartQuery = (titleIds: readonly string[]) =>
  queryOptions({
    queryKey: ['guest-cart', titleIds],
    queryFn: () => api.call('getGuestCart', { body: { titleIds: [...titleIds] } }),
    placeholderData: keepPreviousData,
  });

/**
 * The cart on show, whoever owns it: the patron's from the server, or the browser's as the
 * library sees it. `titleIds` is known at once for a browser cart, before its rows arrive.
 */
export function useCart() {
  const owner = useCartOwner();
  const maxItems = useLibraryInfo().data?.cart.maxItems ?? 0;
  const guestIds = useGuestCartIds(owner.kind === 'guest' ? owner.libraryId : undefined);
  const patron = useQuery({ ...patronCartQuery, enabled: owner.kind === 'patron' });
  const guest = useQuery({ ...guestCartQuery(guestIds), enabled: owner.kind === 'guest' && guestIds.length > 0 });
  const empty: Cart | undefined = owner.kind === 'guest' && guestIds.length === 0 ? { items: [], maxItems } : undefined;
  const query = owner.kind === 'patron' ? patron : guest;
  return {
    owner,
    cart: empty ?? query.data,
    isPending: owner.kind === 'unknown' || (!empty && query.isPending),
    error: empty ? null : query.error,
    refetch: () => void query.refetch(),
  };
}
