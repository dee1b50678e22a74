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
  addedAt: DateTime,
  title: TitleSummary,
  notReservableReason: CartItemReason.nullable().describe('null: this patron may reserve the item'),
});
export type CartItem = z.infer<typeof CartItem>;

export const Cart = z.object({
  items: z.array(CartItem).describe('Oldest first'),
  maxItems: z.number().int().positive(),
});
export type Cart = z.infer<typeof Cart>;

export const CartTitleIds = z.object({
  titleIds: z.array(z.string().min(1).max(40)).min(1).max(100),
});

/** Why a title was not put in the cart. Nothing is dropped silently: every refused id comes back. */
export const CartRefusal = z.enum([...NotReservableReason.options, 'cart-full', 'already-in-cart', 'not-found']);
export type CartRefusal = z.infer<typeof CartRefusal>;

export const AddToCartResult = z.object({
  cart: Cart,
  added: z.array(z.string()).describe('Title ids added, in the order given'),
  refused: z.array(z.object({ titleId: z.string(), reason: CartRefusal })),
});
export type AddToCartResult = z.infer<typeof AddToCartResult>;
