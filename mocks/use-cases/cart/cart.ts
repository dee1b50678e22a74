import type { PatronRow } from '../../db/schema';
import { planCartAddition } from '../../domain/catalogue/cart';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { titleStanding } from '../catalogue/title-standing';

/** The same rule for a patron's cart and a browser's: order kept, every refusal named. */
export function planCart(library: Library, inCart: readonly string[], requested: readonly string[]) {
  const { titles } = library.db.tables;
  const plan = planCartAddition({
    inCart: new Set(inCart),
    requested,
    maxItems: library.profile.cart.maxItems,
    reasonOf: (titleId) => {
      const title = titles.get(titleId);
      return title ? titleStanding(library, title).notReservableReason : undefined;
    },
  });
  return { added: plan.added, refused: plan.refused.map((refusal) => ({ ...refusal, title: titles.get(refusal.titleId)?.title ?? null })) };
}

/** 予約かごに入れる: what fits is added after what the patron's cart holds; the rest is named with its reason. */
export function addToCart(library: Library, patron: PatronRow, titleIds: readonly string[], now: number) {
  const { cartItems } = library.db.tables;
  const current = cartItems.where('patronId', patron.id);
  const plan = planCart(
    library,
    current.map((item) => item.titleId),
    titleIds,
  );
  const next = Math.max(0, ...current.map((item) => item.position + 1));
  plan.added.forEach((titleId, n) =>
    cartItems.insert({ id: `${patron.id}:${titleId}`, patronId: patron.id, titleId, addedAt: toIso(now), position: next + n }),
  );
  return plan;
}

export function removeFromCart(library: Library, patron: PatronRow, titleIds: readonly string[]): void {
  const { cartItems } = library.db.tables;
  const removing = new Set(titleIds);
  for (const item of cartItems.where('patronId', patron.id)) if (removing.has(item.titleId)) cartItems.delete(item.id);
}
