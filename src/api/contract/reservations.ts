import * as z from 'zod';
import { ContactMethod } from './common';
import { NotReservableReason } from './catalogue';

/**
 * Why a title was not reserved when the patron placed reservations: nobody may reserve it, they
 * have it reserved already (or borrowed, p001), the pickup branch cannot hand it out (AV at a
 * related facility), or the limit is reached (予約可能点数を越えています), in total or for its type.
 */
export const PlacementRefusal = z.enum([...NotReservableReason.options, 'reserved-by-you', 'on-loan-to-you', 'pickup-not-possible', 'limit-exceeded', 'not-found']);
export type PlacementRefusal = z.infer<typeof PlacementRefusal>;

export const PlaceReservationsRequest = z.object({
  requestId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe('Chosen by the client once per placing; a retried or double-sent request with the same id places nothing twice'),
  titleIds: z.array(z.string().min(1).max(40)).min(1).max(100).describe('In the order the patron wants them (the order of an ordered reservation)'),
  pickupBranchId: z.string().min(1).max(40).describe('受取館'),
  contactMethod: ContactMethod.describe('連絡方法: one the library offers and the patron has registered'),
  mode: z.enum(['normal', 'ordered']).describe('通常予約, or an ordered reservation where the library offers one (シリーズ予約 p003, 順番を指定する p004)'),
});
export type PlaceReservationsRequest = z.infer<typeof PlaceReservationsRequest>;

export const PlacementResult = z.object({
  placed: z
    .array(z.object({ titleId: z.string(), title: z.string(), reservationId: z.string() }))
    .describe('以下のタイトルについて予約を行いました: now 予約申込, taken out of the cart'),
  refused: z
    .array(z.object({ titleId: z.string(), title: z.string().nullable(), reason: PlacementRefusal }))
    .describe('以下のタイトルは予約を行うことができません: left in the cart'),
});
export type PlacementResult = z.infer<typeof PlacementResult>;
