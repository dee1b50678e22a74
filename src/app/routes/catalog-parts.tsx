import type { TitleListActions } from '../../features/catalog/title-list';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';
import { SaveToShelf } from '../../features/shelves/save-to-shelf';

/** What a catalogue list offers for the titles ticked on it: 予約かごへ, clearing the ticks once they went in; My本棚に保存 where the library offers it. */
export const addToCartActions: TitleListActions = (selectedIds, clearSelection) => (
  <>
    <AddToCartButton titleIds={selectedIds} onAdded={clearSelection} />
    <SaveToShelf drafts={selectedIds.map((titleId) => ({ titleId }))} onSaved={clearSelection} />
  </>
);
