import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { useNotices } from '../../lib/notices';
import { useCartOwner } from './cart-owner';
import { patronCartQuery } from './get-cart';
import { useGuestCart } from './guest-cart-store';

/**
 * When a patron logs in with titles in the browser cart, they join the patron's own cart
 * (duplicates once). What does not fit stays named in a notice, never dropped silently; the
 * browser cart is emptied only once the library has answered.
 */
export function GuestCartMerge() {
  const owner = useCartOwner();
  const queryClient = useQueryClient();
  const push = useNotices((state) => state.push);
  const libraryId = owner.kind === 'patron' ? owner.libraryId : null;
  const guestIds = useGuestCart((state) => (libraryId ? state.byLibrary[libraryId] : undefined));
  const running = useRef(false);

  useEffect(() => {
    if (!libraryId || !guestIds?.length || running.current) return;
    running.current = true;
    api
      .call('addToCart', { body: { titleIds: guestIds } })
      .then((result) => {
        useGuestCart.getState().remove(libraryId, guestIds);
        queryClient.setQueryData(patronCartQuery.queryKey, result.cart);
        void queryClient.invalidateQueries({ queryKey: ['me', 'summary'] });
        const left = result.refused.filter((refusal) => refusal.reason !== 'already-in-cart');
        if (left.length > 0) {
          const titles = left.map((refusal) => `「${refusal.title ?? refusal.titleId}」`).join('');
          push({ id: 'cart-merge', key: 'cart.mergeRefused', values: { count: String(left.length), titles } });
        } else if (result.added.length > 0) {
          push({ id: 'cart-merge', key: 'cart.merged', values: { count: String(result.added.length) } });
        }
      })
      .catch(() => {
        // The browser cart stays as it was; a reload tries again.
        push({ id: 'cart-merge', key: 'cart.mergeFailed' });
      })
      .finally(() => {
        running.current = false;
      });
  }, [libraryId, guestIds, queryClient, push]);

  return null;
}
