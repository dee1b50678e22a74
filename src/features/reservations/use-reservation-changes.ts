import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { RequestOf } from '../../api/contract/endpoints';
import { reservationsRefresh } from '../../api/queries/reservations';

type PlaceRequest = RequestOf<'placeReservations'>['body'];
export type ChangeRequest = RequestOf<'changeReservation'>['body'];

/** 予約する: idempotent by the request's id, so a retry after a failure never places twice. */
export function usePlaceReservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlaceRequest) => api.call('placeReservations', { body: request }),
    onSuccess: () => reservationsRefresh.placed(queryClient),
  });
}

/** 予約取消: the reservation becomes 取消申込 until the library approves it. */
export function useCancelReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => api.call('cancelReservation', { params: { reservationId } }),
    onSuccess: () => reservationsRefresh.cancelled(queryClient),
    onError: reservationsRefresh.refused(queryClient),
  });
}

/** 予約内容変更: the pickup branch, the contact method, or both. */
export function useChangeReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, change }: { reservationId: string; change: ChangeRequest }) =>
      api.call('changeReservation', { params: { reservationId }, body: change }),
    onSuccess: () => reservationsRefresh.changed(queryClient),
    onError: reservationsRefresh.refused(queryClient),
  });
}

/** 順番の変更: the order of an ordered reservation, or a new one made of normal reservations of a series. */
export function useOrderReservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationIds: string[]) => api.call('orderReservations', { body: { reservationIds } }),
    onSuccess: () => reservationsRefresh.changed(queryClient),
    onError: reservationsRefresh.refused(queryClient),
  });
}

/** 一括変更: one pickup branch or contact method for several reservations, each answered changed or not with the reason; idempotent by the request's id. */
export function useChangeReservations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RequestOf<'changeReservations'>['body']) => api.call('changeReservations', { body: request }),
    onSuccess: () => reservationsRefresh.changed(queryClient),
  });
}

/** 保留 until a day (or a new day for one held already). */
export function useHoldReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, until }: { reservationId: string; until: string }) =>
      api.call('holdReservation', { params: { reservationId }, body: { until } }),
    onSuccess: () => reservationsRefresh.changed(queryClient),
    onError: reservationsRefresh.refused(queryClient),
  });
}

/** 保留の解除: the reservation takes its place in the queue again now. */
export function useResumeReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => api.call('resumeReservation', { params: { reservationId } }),
    onSuccess: () => reservationsRefresh.changed(queryClient),
  });
}
