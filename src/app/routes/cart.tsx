import { useNavigate } from 'react-router';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { useCartOwner } from '../../features/cart/cart-owner';
import { CartList } from '../../features/cart/cart-list';
import { ReservationLimitsLine } from '../../features/library/reservation-limits';
import { ReserveAction } from '../../features/reservations/reserve-action';
import { paths } from '../../lib/paths';
import type { ReserveNavigationState } from './reserve';

/**
 * 予約する in the cart's toolbar (and 順番を指定する where the library orders from the cart, p004):
 * the ticked titles go to the placing form, which comes back here.
 */
function useReserveAction(cartPath: string) {
  const owner = useCartOwner();
  const navigate = useNavigate();
  const inOrder = useLibraryInfo().data?.reservations.ordered === 'ordered';
  const state: ReserveNavigationState = { from: cartPath };
  return (selectedIds: string[]) => (
    <ReserveAction
      selectedCount={selectedIds.length}
      loggedIn={owner.kind === 'patron'}
      onReserve={() => navigate(paths.reserve(selectedIds), { state })}
      onReserveInOrder={inOrder ? () => navigate(paths.reserve(selectedIds, { mode: 'ordered' }), { state }) : undefined}
    />
  );
}

/** 予約かご for anyone: the browser's cart before login, the patron's own after. */
export function CartRoute() {
  const label = useLibraryLabel();
  const reserveAction = useReserveAction(paths.cart());
  return (
    <>
      <PageTitle>{label('nav.cart', 'nav.cart')}</PageTitle>
      <ReservationLimitsLine />
      <CartList actions={reserveAction} />
    </>
  );
}

/** The 予約かご tab of マイページ: the same list, below the page's summary and tabs. */
export function MypageCartRoute() {
  const label = useLibraryLabel();
  const reserveAction = useReserveAction(paths.mypageCart());
  return (
    <>
      <h2 className="visually-hidden">{label('nav.cart', 'mypage:tab.cart')}</h2>
      <ReservationLimitsLine />
      <CartList itemHeading="h3" actions={reserveAction} />
    </>
  );
}
