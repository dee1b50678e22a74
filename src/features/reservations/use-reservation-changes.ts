import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { isApiError } from '../../api/client/api-error';
import type { RequestOf } from '../../api/contract/endpoints';

type PlaceRequest = RequestOf<'placeReservations'>['body'];
export type ChangeRequest = RequestOf<'changeReservation'>['body'];

/**
 * Whatever the patron's reservations touch — the list, the cart the placed titles left, the
 * counts of マイページ — is read again once the library has answered.
 */
const refreshPatron = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ['me'] });

/** CONFLICT: the reservation moved on meanwhile (secured, cancelled); the list learns why it may no longer be changed. */
const refreshOnConflict = (queryClient: QueryClient) => (error: unknown) => {
  if (isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: ['me', 'reservations'] });
};

/** 予約する: idempotent by the request's id, so a retry after a failure never places twice. */
export function usePlaceReservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlaceRequest) => api.call('placeReservations', { body: request }),
    onSuccess: () => refreshPatron(queryClient),
  });
}

/** 予約取消: the reservation becomes 取消申込 until the library approves it. */
export function useCancelReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => api.call('cancelReservation', { params: { reservationId } }),
    onSuccess: () => refreshPatron(queryClient),
    onError: refreshOnConflict(queryClient),
  });
}

/** 予約内容変更: the pickup branch, the contact method, or both. */
export function useChangeReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, change }: { reservationId: string; change: ChangeRequest }) =>
      api.call('changeReservation', { params: { reservationId }, body: change }),
    onSuccess: () => refreshPatron(queryClient),
    onError: refreshOnConflict(queryClient),
  });
}

/** 順番の変更: the order of an ordered reservation, or a new one made of normal reservations of a series. */
export function useOrderReservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationIds: string[]) => api.call('orderReservations', { body: { reservationIds } }),
    onSuccess: () => refreshPatron(queryClient),
    onError: refreshOnConflict(queryClient),
  });
}
