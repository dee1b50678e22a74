import { useEffect, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { AddToCartResult } from '../../api/contract/cart';
import { showPatronCart } from '../../api/queries/cart';
import { useNotices, type Notice } from '../../lib/notices';
import { useCartOwner } from './cart-owner';
import { useGuestCart } from './guest-cart-store';

/** What the patron is told once the library has merged the browser cart into theirs. */
function mergeNotice(result: AddToCartResult): Notice | null {
  // A title already in the patron's cart is there once: nothing was lost.
  const refused = result.refused.filter((refusal) => refusal.reason !== 'already-in-cart');
  const added = String(result.added.length);
  if (refused.length > 0) {
    return {
      id: 'cart-merge',
      tone: 'info',
      key: result.added.length > 0 ? 'cart:mergeRefused' : 'cart:mergeNone',
      values: { added, refused: String(refused.length) },
      details: refused.map((refusal) => ({
        key: `cart:refused.${refusal.reason}`,
        values: { title: refusal.title ?? refusal.titleId, max: String(result.cart.maxItems) },
      })),
    };
  }
  if (result.added.length > 0) return { id: 'cart-merge', tone: 'success', key: 'cart:merged', values: { count: added } };
  return { id: 'cart-merge', tone: 'info', key: 'cart:mergedAlready' };
}

/**
 * When a patron logs in with titles in the browser cart, they join the patron's own cart
 * (duplicates once). What does not fit or cannot be reserved is named in a notice with its
 * reason, never dropped silently; the browser cart is emptied only once the library has answered,
 * and a failure leaves it as it was for the next try. Mounted once, in the app's layout.
 */
export function GuestCartMerge() {
  const owner = useCartOwner();
  const queryClient = useQueryClient();
  const push = useNotices((state) => state.push);
  const patron = owner.kind === 'patron' ? owner : null;
  const libraryId = patron?.libraryId ?? null;
  const token = patron?.token ?? null;
  const guestIds = useGuestCart((state) => (libraryId ? state.byLibrary[libraryId] : undefined));
  const running = useRef(false);
  const { mutate } = useMutation({
    mutationFn: (request: { libraryId: string; token: string; titleIds: string[] }) =>
      api.call('addToCart', { body: { titleIds: request.titleIds } }),
    onSuccess: async (result, { libraryId: library, token: session, titleIds }) => {
      useGuestCart.getState().remove(library, titleIds);
      await showPatronCart(queryClient, session, result.cart);
      const notice = mergeNotice(result);
      if (notice) push(notice);
    },
    // The browser cart stays as it was; the next login or a reload tries again.
    onError: () => push({ id: 'cart-merge', tone: 'error', key: 'cart:mergeFailed' }),
    onSettled: () => {
      running.current = false;
    },
  });

  useEffect(() => {
    if (!libraryId || !token || !guestIds?.length || running.current) return;
    running.current = true;
    mutate({ libraryId, token, titleIds: guestIds });
  }, [libraryId, token, guestIds, mutate]);

  return null;
}
