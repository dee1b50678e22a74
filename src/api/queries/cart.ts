import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Cart } from '../contract/cart';
import { api } from '../client/api';
import { patronKey } from './patron';
import { refreshSummary } from './summary';

/** Every patron cart read in this session (one per token). */
export const patronCartKey = [...patronKey, 'cart'] as const;

/** The cart of the patron holding this session's token. */
export const patronCartQuery = (token: string) =>
  queryOptions({
    queryKey: [...patronCartKey, token],
    queryFn: () => api.call('getCart'),
  });

/** Shows a patron's cart as the library answered it, even if a read started earlier is still under way; マイページ's count follows. */
export async function showPatronCart(queryClient: QueryClient, token: string, cart: Cart): Promise<void> {
  const { queryKey } = patronCartQuery(token);
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData(queryKey, cart);
  void refreshSummary(queryClient);
}

/** A cart kept in the browser before login, as the library sees the ids it holds. */
export const guestCartQuery = (titleIds: readonly string[]) =>
  queryOptions({
    queryKey: ['guest-cart', titleIds],
    queryFn: () => api.call('getGuestCart', { body: { titleIds: [...titleIds] } }),
    placeholderData: keepPreviousData,
  });
