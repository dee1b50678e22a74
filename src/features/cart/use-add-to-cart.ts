import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { AddToCartResult } from '../../api/contract/cart';
import { useCartOwner } from './cart-owner';
import { guestCartQuery, patronCartQuery } from './get-cart';
import { useGuestCart } from './guest-cart-store';

/**
 * Put titles in the cart on show. The library decides what goes in and names each refusal (full,
 * already there, cannot be reserved); a browser cart stores the ids it answered with. A failed
 * request changes nothing.
 */
export function useAddToCart() {
  const queryClient = useQueryClient();
  const owner = useCartOwner();
  return useMutation({
    mutationFn: async (titleIds: string[]): Promise<AddToCartResult> => {
      if (owner.kind === 'patron') return api.call('addToCart', { body: { titleIds } });
      if (owner.kind === 'unknown') throw new Error('The cart is not ready yet');
      const inCart = useGuestCart.getState().byLibrary[owner.libraryId] ?? [];
      const result = await api.call('addToGuestCart', { body: { inCart, titleIds } });
      const ids = result.cart.items.map((item) => item.titleId);
      queryClient.setQueryData(guestCartQuery(ids).queryKey, result.cart);
      useGuestCart.getState().replace(owner.libraryId, ids);
      return result;
    },
    onSuccess: (result) => {
      if (owner.kind !== 'patron') return;
      queryClient.setQueryData(patronCartQuery.queryKey, result.cart);
      void queryClient.invalidateQueries({ queryKey: ['me', 'summary'] });
    },
  });
}

/** Take titles out of the cart on show. */
export function useRemoveFromCart() {
  const queryClient = useQueryClient();
  const owner = useCartOwner();
  return useMutation({
    mutationFn: async (titleIds: string[]) => {
      if (owner.kind === 'patron') {
        queryClient.setQueryData(patronCartQuery.queryKey, await api.call('removeFromCart', { body: { titleIds } }));
        void queryClient.invalidateQueries({ queryKey: ['me', 'summary'] });
      } else if (owner.kind === 'guest') {
        useGuestCart.getState().remove(owner.libraryId, titleIds);
      }
    },
  });
}
