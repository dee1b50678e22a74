import type { Cart } from '../../src/api/contract/cart';
import type { PatronRow } from '../db/schema';
import { cartItemReason, type PatronHolding } from '../domain/catalogue/reservability';
import { pickupBranchesFor } from '../domain/reservations/permissions';
import type { Library } from '../runtime/library-host';
import { addToCart, holdingsOf, holdsNothing, planCart, removeFromCart } from '../use-cases/cart/cart';
import { defineHandler } from './define-handler';
import { presentTitle } from './present-title';

interface HeldItem {
  titleId: string;
  addedAt: string | null;
}

/** A cart as the contract shows it: each item's title row and the reason it cannot be reserved, if any. */
function presentCart(library: Library, held: readonly HeldItem[], holdingOf: (titleId: string) => PatronHolding): Cart {
  const items = held.flatMap(({ titleId, addedAt }) => {
    const title = library.db.tables.titles.get(titleId);
    if (!title) return [];
    const summary = presentTitle(library, title);
    const notReservableReason = cartItemReason(summary.notReservableReason, holdingOf(titleId), library.profile);
    return [
      { titleId, addedAt, title: summary, notReservableReason, pickupBranchIds: pickupBranchesFor(summary.materialType, library.profile) },
    ];
  });
  return { items, maxItems: library.profile.cart.maxItems };
}

function heldByPatron(library: Library, patron: PatronRow): HeldItem[] {
  return library.db.tables.cartItems
    .where('patronId', patron.id)
    .sort((a, b) => a.position - b.position)
    .map(({ titleId, addedAt }) => ({ titleId, addedAt }));
}

const patronCart = (library: Library, patron: PatronRow) =>
  presentCart(library, heldByPatron(library, patron), holdingsOf(library, patron));

/** Ids of a browser cart that name a title, each once. */
const knownIds = (library: Library, ids: readonly string[]) => [...new Set(ids)].filter((id) => library.db.tables.titles.get(id));

export const cartHandlers = [
  defineHandler('getCart', ({ library, patron }) => patronCart(library, patron)),

  defineHandler('addToCart', ({ library, patron, body, now }) => {
    const plan = addToCart(library, patron, body.titleIds, now);
    return { cart: patronCart(library, patron), ...plan };
  }),

  defineHandler('removeFromCart', ({ library, patron, body }) => {
    removeFromCart(library, patron, body.titleIds);
    return patronCart(library, patron);
  }),

  defineHandler('getGuestCart', ({ library, body }) =>
    presentCart(
      library,
      knownIds(library, body.titleIds).map((titleId) => ({ titleId, addedAt: null })),
      holdsNothing,
    ),
  ),

  defineHandler('addToGuestCart', ({ library, body }) => {
    const inCart = knownIds(library, body.inCart);
    const plan = planCart(library, inCart, body.titleIds);
    const held = [...inCart, ...plan.added].map((titleId) => ({ titleId, addedAt: null }));
    return { cart: presentCart(library, held, holdsNothing), ...plan };
  }),
];
