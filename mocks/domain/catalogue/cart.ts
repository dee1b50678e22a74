import type { CartItemReason, CartRefusal } from '../../../src/api/contract/cart';

export interface CartAdditionPlan {
  added: string[];
  refused: { titleId: string; reason: CartRefusal }[];
}

/**
 * Which of the requested titles go into the cart, in the order asked, and why the others do not:
 * already there, unknown, not reservable (by anyone, or, p001, by this patron: their own loan or
 * reservation), or no room left (the cart holds `maxItems`).
 * A title asked for twice is added once.
 */
export function planCartAddition(options: {
  inCart: ReadonlySet<string>;
  requested: readonly string[];
  maxItems: number;
  /** undefined: no such title. */
  reasonOf: (titleId: string) => CartItemReason | null | undefined;
}): CartAdditionPlan {
  const { inCart, requested, maxItems, reasonOf } = options;
  const plan: CartAdditionPlan = { added: [], refused: [] };
  const seen = new Set<string>();
  for (const titleId of requested) {
    if (seen.has(titleId)) continue;
    seen.add(titleId);
    const reason = reasonOf(titleId);
    if (inCart.has(titleId)) plan.refused.push({ titleId, reason: 'already-in-cart' });
    else if (reason === undefined) plan.refused.push({ titleId, reason: 'not-found' });
    else if (reason !== null) plan.refused.push({ titleId, reason });
    else if (inCart.size + plan.added.length >= maxItems) plan.refused.push({ titleId, reason: 'cart-full' });
    else plan.added.push(titleId);
  }
  return plan;
}
