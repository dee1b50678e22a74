import { useLibraryInfo } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';
import { ReadingGoalsPage } from '../../features/shelves/reading-goals';
import { ShelvesPage } from '../../features/shelves/shelves-page';
import type { ShelfCartAction } from '../../features/shelves/shelf-view';
import { useErrorMessage } from '../../lib/error-message';

/** From a shelf, the ticked titles go into the cart, whose answer explains each refusal (the library's rules). */
const toCart: ShelfCartAction = (titleIds, clearSelection) => <AddToCartButton titleIds={titleIds} onAdded={clearSelection} />;

/** マイページ's My本棚 tab: the shelves, 貸出履歴 and the data to take away, as the library offers them. */
export function MypageShelvesRoute() {
  const errorMessage = useErrorMessage();
  const library = useLibraryInfo();
  if (!library.data)
    return library.isError ? <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} /> : <Loading />;
  return <ShelvesPage features={library.data.features} cartAction={toCart} />;
}

/** マイページ's 読書マラソン tab. */
export function MypageReadingRoute() {
  return <ReadingGoalsPage />;
}
