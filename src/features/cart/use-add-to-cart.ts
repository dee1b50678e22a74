import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { AddToCartResult } from '../../api/contract/cart';
import { guestCartQuery, showPatronCart } from '../../api/queries/cart';
import { useCartOwner } from './cart-owner';
import { useGuestCart } from './guest-cart-store';

/** The cart is not known yet (the library's rules or the session are still being read); the UI waits for it. */
const notReady = () => new Error('The cart is not ready yet');

/**
 * One browser-cart addition at a time: each is checked by the library against what the cart holds
 * then, so two buttons pressed in quick succession cannot each fill the same free place, nor the
 * second answer overwrite the first.
 */
let guestAdditions: Promise<unknown> = Promise.resolve();

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = guestAdditions.then(work);
  guestAdditions = turn.catch(() => undefined);
  return turn;
}

async function addToGuestCart(queryClient: QueryClient, libraryId: string, titleIds: string[]): Promise<AddToCartResult> {
  const inCart = useGuestCart.getState().byLibrary[libraryId] ?? [];
  const result = await api.call('addToGuestCart', { body: { inCart, titleIds } });
  // What the patron took out while the library was answering stays out.
  const now = useGuestCart.getState().byLibrary[libraryId] ?? [];
  const gone = new Set(inCart.filter((id) => !now.includes(id)));
  const cart = { ...result.cart, items: result.cart.items.filter((item) => !gone.has(item.titleId)) };
  const ids = cart.items.map((item) => item.titleId);
  queryClient.setQueryData(guestCartQuery(ids).queryKey, cart);
  useGuestCart.getState().replace(libraryId, ids);
  return { ...result, cart };
}

/**
 * Put titles in the cart on show. The library decides what goes in and names each refusal (full,
 * already there, cannot be reserved); a browser cart stores the ids it answered with. A failed
 * request changes nothing.
 */
export function useAddToCart() {
  const queryClient = useQueryClient();
  const owner = useCartOwner();
  const mutation = useMutation({
    mutationFn: async (titleIds: string[]): Promise<AddToCartResult> => {
      if (owner.kind === 'unknown') throw notReady();
      if (owner.kind === 'guest') return inTurn(() => addToGuestCart(queryClient, owner.libraryId, titleIds));
      const result = await api.call('addToCart', { body: { titleIds } });
      await showPatronCart(queryClient, owner.token, result.cart);
      return result;
    },
  });
  return { ...mutation, ready: owner.kind !== 'unknown' };
}

/**
 * Take titles out of the cart on show. A patron's cart changes only once the library has answered
 * (a failure leaves it as it was); a browser cart needs nobody's answer, so its rows go at once.
 */
export function useRemoveFromCart() {
  const queryClient = useQueryClient();
  const owner = useCartOwner();
  return useMutation({
    mutationFn: async (titleIds: string[]): Promise<void> => {
      if (owner.kind === 'unknown') throw notReady();
      if (owner.kind === 'patron') {
        await showPatronCart(queryClient, owner.token, await api.call('removeFromCart', { body: { titleIds } }));
        return;
      }
      const held = useGuestCart.getState().byLibrary[owner.libraryId] ?? [];
      const kept = held.filter((id) => !titleIds.includes(id));
      const shown = queryClient.getQueryData(guestCartQuery(held).queryKey);
      if (shown) {
        queryClient.setQueryData(guestCartQuery(kept).queryKey, {
          ...shown,
          items: shown.items.filter((item) => kept.includes(item.titleId)),
        });
      }
      useGuestCart.getState().remove(owner.libraryId, titleIds);
    },
  });
}
