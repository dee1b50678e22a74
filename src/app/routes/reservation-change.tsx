import { useParams } from 'react-router';
import { ChangeReservation } from '../../features/reservations/change-reservation';

/**
 * 予約情報変更 of one reservation, inside the 予約状況 tab: a route module of its own, as the only
 * screen of 予約状況 with a form library (react-hook-form), which the list need not load.
 */
export function ReservationChangeRoute() {
  const { reservationId = '' } = useParams();
  return <ChangeReservation key={reservationId} reservationId={reservationId} />;
}
