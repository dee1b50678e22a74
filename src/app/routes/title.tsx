import { useParams } from 'react-router';
import { TitleDetailView } from '../../features/catalog/title-detail';
import { AddToCartButton } from '../../features/cart/add-to-cart-button';

/** 資料詳細, with 予約かごへ from the cart feature. */
export function TitleRoute() {
  const { titleId = '' } = useParams();
  return <TitleDetailView key={titleId} titleId={titleId} reserveAction={<AddToCartButton titleIds={[titleId]} />} />;
}
