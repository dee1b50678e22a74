import * as z from 'zod';
import { DateTime } from './common';
import { NotReservableReason, TitleSummary } from './catalogue';

/**
 * Why an item in the cart cannot be reserved by this patron: a reason that holds for everyone
 * (禁帯出, …), or one of theirs where the library refuses it (p001): they already borrow it, or
 * already reserved it.
 */
export const CartItemReason = z.enum([...NotReservableReason.options, 'on-loan-to-you', 'reserved-by-you']);
export type CartItemReason = z.infer<typeof CartItemReason>;

export const CartItem = z.object({
  titleId: z.string(),
  addedAt: z.nullable(DateTime).describe('null in a cart kept in the browser'),
  title: TitleSummary,
  notReservableReason: CartItemReason.nullable().describe('null: this patron may reserve the item'),
  pickupBranchIds: z
    .array(z.string())
    .describe(
      "受取館: the branches this item may be collected at, in the library's order (CD and DVD only where the branch hands them out)",
    ),
});
export type CartItem = z.infer<typeof CartItem>;

export const Cart = z.object({
  items: z.array(CartItem).describe('Oldest first'),
  maxItems: z.number().int().positive(),
});
export type Cart = z.infer<typeof Cart>;

const titleIds = z.array(z.string().min(1).max(40)).max(100);

export const CartTitleIds = z.object({ titleIds: titleIds.min(1) });

/**
 * A cart kept in the browser before login: the ids it holds. The library answers what the cart
 * is (title rows, reasons, the maximum) so that the browser only stores ids.
 */
export const GuestCart = z.object({ titleIds: titleIds.describe('The ids held, oldest first') });

export const AddToGuestCart = z.object({
  inCart: titleIds.describe('The ids the browser cart holds now, oldest first'),
  titleIds: titleIds.min(1).describe('The ids to put in'),
});

/**
 * Why a title was not put in the cart. Nothing is dropped silently: every refused id comes back.
 * Where the library refuses a patron's own loans and reservations (p001), a patron's cart refuses
 * them as they go in, with the reason the cart would show.
 */
export const CartRefusal = z.enum([...CartItemReason.options, 'cart-full', 'already-in-cart', 'not-found']);
export type CartRefusal = z.infer<typeof CartRefusal>;

export const AddToCartResult = z.object({
  cart: Cart,
  added: z.array(z.string()).describe('Title ids added, in the order given'),
  refused: z.array(
    z.object({
      titleId: z.string(),
      title: z.string().nullable().describe('The title, so a message can name it; null for an unknown id'),
      reason: CartRefusal,
    }),
  ),
});
export type AddToCartResult = z.infer<typeof AddToCartResult>;
