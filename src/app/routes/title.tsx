import { useParams } from 'react-router';
import { TitleDetailView } from '../../features/catalog/title-detail';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';
import { useTitle } from '../../features/catalog/get-title';
import { SaveToShelf } from '../../features/shelves/save-to-shelf';

/** 資料詳細, with 予約かごへ from the cart feature and My本棚に保存 (any title, reservable or not) where the library offers My本棚. */
export function TitleRoute() {
  const { titleId = '' } = useParams();
  const title = useTitle(titleId).data;
  const draft = {
    titleId,
    saved: title && { title: title.title, volumeLabel: title.volumeLabel, author: title.author, materialType: title.materialType },
    notReservableReason: title?.notReservableReason,
  };
  return (
    <TitleDetailView
      key={titleId}
      titleId={titleId}
      reserveAction={<AddToCartButton titleIds={[titleId]} />}
      keepAction={<SaveToShelf drafts={[draft]} />}
    />
  );
}
