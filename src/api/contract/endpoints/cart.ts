import { define, patronErrors } from '../endpoint';
import { AddToCartResult, AddToGuestCart, Cart, CartTitleIds, GuestCart } from '../cart';

/** 予約かご, a guest's and a patron's. */
export const cartEndpoints = {
  getGuestCart: define({
    method: 'POST',
    path: '/guest-cart',
    summary:
      'A cart kept in the browser before login, as the library sees it: title rows, reasons and the maximum; unknown ids are left out',
    auth: 'public',
    body: GuestCart,
    response: Cart,
    errors: ['VALIDATION_FAILED'],
    idempotency: 'safe',
  }),
  addToGuestCart: define({
    method: 'POST',
    path: '/guest-cart/items',
    summary: "Put titles in a browser cart under the same rules as a patron's: answers the new cart and every refusal with its reason",
    auth: 'public',
    body: AddToGuestCart,
    response: AddToCartResult,
    errors: ['VALIDATION_FAILED'],
  }),
  getCart: define({
    method: 'GET',
    path: '/me/cart',
    summary: "予約かご: the patron's cart, with the reason for any item they cannot reserve",
    auth: 'patron',
    response: Cart,
    errors: patronErrors,
  }),
  addToCart: define({
    method: 'POST',
    path: '/me/cart/items',
    summary:
      'Put titles in the cart (also merges a browser cart at login); what does not fit or cannot be reserved comes back with its reason',
    auth: 'patron',
    body: CartTitleIds,
    response: AddToCartResult,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
  }),
  removeFromCart: define({
    method: 'POST',
    path: '/me/cart/remove',
    summary: 'Take titles out of the cart; ids not in it are ignored',
    auth: 'patron',
    body: CartTitleIds,
    response: Cart,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
  }),
};
