import { useMemo, useState } from 'react';
import type { CartItem } from '../../api/contract/cart';

/**
 * Which items of the cart are ticked. Held apart from the list so that whoever places the
 * reservations (予約する) can own it: pass it to CartList and read it in the next step.
 */
export function useCartSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  return useMemo(
    () => ({
      selected,
      toggle: (titleId: string) =>
        setSelected((previous) => {
          const next = new Set(previous);
          if (!next.delete(titleId)) next.add(titleId);
          return next;
        }),
      selectOnly: (titleIds: readonly string[]) => setSelected(new Set(titleIds)),
      deselect: (titleIds: readonly string[]) => setSelected((previous) => new Set([...previous].filter((id) => !titleIds.includes(id)))),
      clear: () => setSelected(new Set()),
    }),
    [selected],
  );
}

export type CartSelection = ReturnType<typeof useCartSelection>;

/** The ticked items that are still in the cart, in the cart's order. */
export function selectedItems(selection: CartSelection, items: readonly CartItem[]): CartItem[] {
  return items.filter((item) => selection.selected.has(item.titleId));
}
