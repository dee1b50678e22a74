import { useParams } from 'react-router';
import { BulkChange } from '../../features/reservations/bulk-change';
import { CancelReservation } from '../../features/reservations/cancel-reservation';
import { HoldReservation } from '../../features/reservations/hold-reservation';
import { OrderReservations } from '../../features/reservations/order-reservations';
import { ReservationList } from '../../features/reservations/reservation-list';

/** The 予約状況 tab of マイページ: 予約確保一覧 and every reservation, with 予約取消 and 予約内容変更. */
export function MypageReservationsRoute() {
  return <ReservationList />;
}

/** 予約取消確認 of one reservation, inside the 予約状況 tab. */
export function ReservationCancelRoute() {
  const { reservationId = '' } = useParams();
  return <CancelReservation key={reservationId} reservationId={reservationId} />;
}

/** 順番の変更 / シリーズ予約の設定, starting from one reservation, inside the 予約状況 tab. */
export function ReservationOrderRoute() {
  const { reservationId = '' } = useParams();
  return <OrderReservations key={reservationId} reservationId={reservationId} />;
}

/** 一括変更 of several reservations, inside the 予約状況 tab. */
export function ReservationsBulkChangeRoute() {
  return <BulkChange />;
}

/** 保留 (or 保留の解除) of one reservation, inside the 予約状況 tab. */
export function ReservationHoldRoute() {
  const { reservationId = '' } = useParams();
  return <HoldReservation key={reservationId} reservationId={reservationId} />;
}
