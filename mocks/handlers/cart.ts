import type { Cart } from '../../src/api/contract/cart';
import type { PatronRow } from '../db/schema';
import { planCartAddition } from '../domain/catalogue/cart';
import { cartItemReason } from '../domain/catalogue/reservability';
import { isOpenReservation } from '../domain/reservation-states';
import { toIso } from '../domain/time';
import type { Library } from '../runtime/library-host';
import { defineHandler } from './define-handler';
import { presentTitle } from './present-title';

/** The patron's cart, oldest first, each item with the reason this patron cannot reserve it, if any. */
function cartOf(library: Library, patron: PatronRow): Cart {
  const { cartItems, titles, loans, reservations } = library.db.tables;
  const borrowing = new Set(loans.where('patronId', patron.id).flatMap((loan) => (loan.returnedAt === null ? [loan.titleId] : [])));
  const reserved = new Set(reservations.where('patronId', patron.id).flatMap((row) => (isOpenReservation(row) ? [row.titleId] : [])));
  const items = cartItems
    .where('patronId', patron.id)
    .sort((a, b) => a.position - b.position)
    .flatMap((item) => {
      const title = titles.get(item.titleId);
      if (!title) return [];
      const summary = presentTitle(library, title);
      const holding = { borrowing: borrowing.has(title.id), reserved: reserved.has(title.id) };
      return [{ titleId: title.id, addedAt: item.addedAt, title: summary, notReservableReason: cartItemReason(summary.notReservableReason, holding, library.profile) }];
    });
  return { items, maxItems: library.profile.cart.maxItems };
}

export const cartHandlers = [
  defineHandler('getCart', ({ library, patron }) => cartOf(library, patron)),

  defineHandler('addToCart', ({ library, patron, body, now }) => {
    const { cartItems, titles } = library.db.tables;
    const current = cartItems.where('patronId', patron.id);
    const inCart = new Set(current.map((item) => item.titleId));
    const next = Math.max(0, ...current.map((item) => item.position + 1));
    const plan = planCartAddition({
      inCart,
      requested: body.titleIds,
      maxItems: library.profile.cart.maxItems,
      reasonOf: (titleId) => {
        const title = titles.get(titleId);
        return title ? presentTitle(library, title).notReservableReason : undefined;
      },
    });
    plan.added.forEach((titleId, n) =>
      cartItems.insert({ id: `${patron.id}:${titleId}`, patronId: patron.id, titleId, addedAt: toIso(now), position: next + n }),
    );
    return { cart: cartOf(library, patron), added: plan.added, refused: plan.refused };
  }),

  defineHandler('removeFromCart', ({ library, patron, body }) => {
    const { cartItems } = library.db.tables;
    const removing = new Set(body.titleIds);
    for (const item of cartItems.where('patronId', patron.id)) if (removing.has(item.titleId)) cartItems.delete(item.id);
    return cartOf(library, patron);
  }),
];
