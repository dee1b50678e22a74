import type { PatronRow } from '../../db/schema';
import { planCartAddition } from '../../domain/catalogue/cart';
import { cartItemReason, type PatronHolding } from '../../domain/catalogue/reservability';
import { isOpenReservation } from '../../domain/reservation-states';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { titleStanding } from '../catalogue/title-standing';

/** A browser's cart belongs to nobody yet: nothing is theirs. */
export const holdsNothing = (): PatronHolding => ({ borrowing: false, reserved: false });

/** What a patron already borrows or has reserved, for the reasons p001 gives in the cart. */
export function holdingsOf(library: Library, patron: PatronRow): (titleId: string) => PatronHolding {
  const { loans, reservations } = library.db.tables;
  const borrowing = new Set(loans.where('patronId', patron.id).flatMap((loan) => (loan.returnedAt === null ? [loan.titleId] : [])));
  const reserved = new Set(reservations.where('patronId', patron.id).flatMap((row) => (isOpenReservation(row) ? [row.titleId] : [])));
  return (titleId) => ({ borrowing: borrowing.has(titleId), reserved: reserved.has(titleId) });
}

/**
 * The same rule for a patron's cart and a browser's: order kept, every refusal named, and what the
 * library refuses this patron (p001: their own loans and reservations) refused as it goes in.
 */
export function planCart(
  library: Library,
  inCart: readonly string[],
  requested: readonly string[],
  holdingOf: (titleId: string) => PatronHolding = holdsNothing,
) {
  const { titles } = library.db.tables;
  const plan = planCartAddition({
    inCart: new Set(inCart),
    requested,
    maxItems: library.profile.cart.maxItems,
    reasonOf: (titleId) => {
      const title = titles.get(titleId);
      return title ? cartItemReason(titleStanding(library, title).notReservableReason, holdingOf(titleId), library.profile) : undefined;
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
    holdingsOf(library, patron),
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
