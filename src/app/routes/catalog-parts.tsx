import type { CatalogLinks } from '../../features/catalog/catalog-links';
import type { TitleListActions } from '../../features/catalog/title-list';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';
import { paths } from '../paths';

/** The catalogue screens link through the app's route table. */
export const catalogLinks: CatalogLinks = {
  search: paths.search,
  advancedSearch: paths.advancedSearch,
  title: paths.title,
  newArrivals: paths.newArrivals,
  ranking: paths.ranking,
};

/** What a catalogue list offers for the titles ticked on it: 予約かごへ, clearing the ticks once they went in. */
export const addToCartActions: TitleListActions = (selectedIds, clearSelection) => (
  <AddToCartButton titleIds={selectedIds} cartHref={paths.cart()} onAdded={clearSelection} />
);
