import { define, patronErrors } from '../endpoint';
import {
  ChangeReservationRequest,
  OrderReservationsRequest,
  OrderedReservation,
  PlaceReservationsRequest,
  PlacementResult,
  PlacingOptions,
  PlacingOptionsQuery,
  ReservationItem,
  ReservationList,
  ReservationParams,
} from '../reservations';

/** A patron's reservations: the list, cancelling, changing, ordering, placing. */
export const reservationsEndpoints = {
  getReservations: define({
    method: 'GET',
    path: '/me/reservations',
    summary: "予約状況: the patron's reservations with their state, queue place, dates and what may be done with each (and why not)",
    auth: 'patron',
    response: ReservationList,
    errors: patronErrors,
  }),
  cancelReservation: define({
    method: 'POST',
    path: '/me/reservations/:reservationId/cancel',
    summary: '予約取消: becomes 取消申込 (still counted against the limit) until the library approves it a few minutes later',
    auth: 'patron',
    params: ReservationParams,
    response: ReservationItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT'],
  }),
  changeReservation: define({
    method: 'PATCH',
    path: '/me/reservations/:reservationId',
    summary: '予約内容変更: the pickup branch and/or the contact method, where the row allows it',
    auth: 'patron',
    params: ReservationParams,
    body: ChangeReservationRequest,
    response: ReservationItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
  }),
  orderReservations: define({
    method: 'PUT',
    path: '/me/reservations/order',
    summary:
      '順番の変更: sets the order of an ordered reservation (シリーズ予約 / 順番指定), or makes one of normal reservations of a series; setting the same order again changes nothing',
    auth: 'patron',
    body: OrderReservationsRequest,
    response: OrderedReservation,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
    idempotency: 'safe',
  }),
  getPlacingOptions: define({
    method: 'GET',
    path: '/me/placing-options',
    summary:
      'What the placing form may offer for the titles ticked: whether they may be one ordered reservation (シリーズ予約: volumes of one series), and why not',
    auth: 'patron',
    query: PlacingOptionsQuery,
    response: PlacingOptions,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
  }),
  placeReservations: define({
    method: 'POST',
    path: '/me/reservations',
    summary: 'Reserve titles (from the cart): each is placed as 予約申込 or refused with its reason; idempotent by requestId',
    auth: 'patron',
    body: PlaceReservationsRequest,
    response: PlacementResult,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'keyed',
  }),
};
