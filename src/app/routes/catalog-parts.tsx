import type { TitleListActions } from '../../features/catalog/title-list';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';

/** What a catalogue list offers for the titles ticked on it: 予約かごへ, clearing the ticks once they went in. */
export const addToCartActions: TitleListActions = (selectedIds, clearSelection) => (
  <AddToCartButton titleIds={selectedIds} onAdded={clearSelection} />
);
