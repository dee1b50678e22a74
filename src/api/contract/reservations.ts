import * as z from 'zod';
import { ContactMethod, DateTime, LocalDate, MaterialType, RequestId } from './common';
import { NotReservableReason } from './catalogue';

/**
 * Why a title was not reserved when the patron placed reservations: nobody may reserve it, they
 * have it reserved already (or borrowed, p001), the pickup branch cannot hand it out (AV at a
 * related facility), or the limit is reached (予約可能点数を越えています), in total or for its type.
 */
export const PlacementRefusal = z.enum([
  ...NotReservableReason.options,
  'reserved-by-you',
  'on-loan-to-you',
  'pickup-not-possible',
  'limit-exceeded',
  'not-found',
]);
export type PlacementRefusal = z.infer<typeof PlacementRefusal>;

export const PlaceReservationsRequest = z.object({
  requestId: RequestId.check(
    z.describe('Chosen by the client once per placing; a retried or double-sent request with the same id places nothing twice'),
  ),
  titleIds: z
    .array(z.string().min(1).max(40))
    .min(1)
    .max(100)
    .describe('In the order the patron wants them (the order of an ordered reservation)'),
  pickupBranchId: z.string().min(1).max(40).describe('受取館'),
  contactMethod: ContactMethod.check(z.describe('連絡方法: one the library offers and the patron has registered')),
  mode: z
    .enum(['normal', 'ordered'])
    .describe('通常予約, or an ordered reservation where the library offers one (シリーズ予約 p003, 順番を指定する p004)'),
});
export type PlaceReservationsRequest = z.infer<typeof PlaceReservationsRequest>;

/**
 * Why the titles ticked cannot be reserved as one ordered reservation: the library takes none
 * (not-offered), fewer than two titles (nothing-to-order), or, for シリーズ予約 (p003), they are
 * not volumes of one series (not-one-series: 同一シリーズの資料を順番に).
 */
export const OrderedPlacingReason = z.enum(['not-offered', 'nothing-to-order', 'not-one-series']);
export type OrderedPlacingReason = z.infer<typeof OrderedPlacingReason>;

export const PlacingOptionsQuery = z.object({
  titleIds: z
    .string()
    .regex(/^[^,]{1,40}(,[^,]{1,40}){0,99}$/)
    .transform((text) => text.split(','))
    .describe('Comma-separated title ids, in the order the patron put them'),
});

export const PlacingOptions = z.object({
  ordered: z
    .object({ allowed: z.boolean(), reason: OrderedPlacingReason.nullable() })
    .describe('Whether these titles may be placed as one ordered reservation (シリーズ予約 p003, 順番を指定する p004), and why not'),
});
export type PlacingOptions = z.infer<typeof PlacingOptions>;

export const PlacementResult = z.object({
  placed: z
    .array(z.object({ titleId: z.string(), title: z.string(), reservationId: z.string() }))
    .describe('以下のタイトルについて予約を行いました: now 予約申込, taken out of the cart'),
  refused: z
    .array(z.object({ titleId: z.string(), title: z.string().nullable(), reason: PlacementRefusal }))
    .describe('以下のタイトルは予約を行うことができません: left in the cart'),
});
export type PlacementResult = z.infer<typeof PlacementResult>;

/** Why an operation on a reservation is not offered; the list shows it beside the disabled button. */
export const ActionReason = z.enum([
  'ready',
  'in-transit',
  'counter-made',
  'cancelled',
  'cancel-pending',
  'not-offered',
  'nothing-to-order',
]);
export type ActionReason = z.infer<typeof ActionReason>;

const Action = z.object({ allowed: z.boolean(), reason: ActionReason.nullable() });

/** A branch as the pickup-change form lists it: whether it may be chosen, and why not. */
const PickupChoice = z.object({
  branchId: z.string(),
  allowed: z.boolean(),
  reason: PlacementRefusal.extract(['pickup-not-possible'])
    .nullable()
    .describe('pickup-not-possible: the branch cannot hand this item out (CD・DVD at a related facility)'),
});

/**
 * Why a reservation may not be held (保留): the library does not offer it, or the reservation is not
 * waiting in its title's queue (only 返却待ち and 順番待ち may be held: one being secured, travelling,
 * ready, still to be approved or cancelled may not), or it was made at the counter (changed there).
 */
export const HoldRefusal = z.enum(['not-offered', 'not-waiting', 'counter-made']);
export type HoldRefusal = z.infer<typeof HoldRefusal>;

export const ReservationState = z.enum([
  'requested',
  'awaiting-pick',
  'awaiting-return',
  'waiting',
  'investigating',
  'on-order',
  'in-transit',
  'preparing',
  'ready',
  'cancel-requested',
  'cancelled',
]);

export const ReservationItem = z.object({
  id: z.string(),
  titleId: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable().describe('巻名'),
  materialType: MaterialType,
  pickupBranchId: z.string().describe('受取館'),
  contactMethod: ContactMethod.check(z.describe('連絡方法')),
  state: ReservationState.describe('The state; a library may label several alike (p000: 確保済み, 順番待ち)'),
  origin: z.enum(['online', 'counter']),
  queuePosition: z.number().int().positive().nullable().describe('n 番目 while queued, from 1'),
  waiting: z.number().int().nonnegative().describe('Reservations queued for the title'),
  copies: z.number().int().nonnegative().describe('Copies the library holds'),
  reservedAt: DateTime.check(z.describe('予約日')),
  securedAt: z.nullable(DateTime).describe('確保日'),
  notifiedAt: z.nullable(DateTime).describe('連絡日'),
  pickupDeadline: z.nullable(LocalDate).describe('取置期限'),
  cancelledAt: z.nullable(DateTime),
  cancelReason: z.enum(['patron', 'expired']).nullable().describe('本人取消 or 期限切れ'),
  heldUntil: z.nullable(LocalDate).check(z.describe('保留: held until this day (it resumes on it); null when not held')),
  order: z
    .object({
      groupId: z.string(),
      position: z.number().int().positive(),
      keepsPlace: z.boolean().describe('Already secured (利用可能, 配送中): keeps its place ahead of the others whatever the new order'),
    })
    .nullable()
    .describe('Place in an ordered reservation'),
  actions: z.object({
    cancel: Action,
    changePickup: Action.extend({
      branchIds: z.array(z.string()).describe('Branches the item may be collected at'),
      choices: z
        .array(PickupChoice)
        .describe(
          "Every branch to list in the form, in the library's order, the current one included (choosing it changes nothing): whether each may be chosen, and why not",
        ),
    }),
    changeContact: Action,
    hold: z
      .object({
        allowed: z.boolean(),
        reason: HoldRefusal.nullable(),
        earliest: z.nullable(LocalDate).check(z.describe('The first day a hold may run until (tomorrow); null when not allowed')),
        latest: z.nullable(LocalDate).check(z.describe('The last day a hold may run until; null when not allowed')),
      })
      .describe('保留 (or a new date for a reservation already held)'),
    resume: z.object({ allowed: z.boolean() }).describe('保留の解除: a held reservation may be resumed before its date'),
    reorder: Action.extend({
      reservationIds: z
        .array(z.string())
        .describe(
          "What this reservation may be put in order with, itself included, in their present order: the movable volumes of its ordered reservation by place, then the patron's normal reservations of the same series by volume. Empty when reordering is not allowed (nothing-to-order: fewer than two).",
        ),
    }),
  }),
});
export type ReservationItem = z.infer<typeof ReservationItem>;

export const ReservationList = z.object({
  items: z
    .array(ReservationItem)
    .describe("Open reservations, then recently cancelled ones (for the profile's days), newest first within each"),
  contactMethods: z.array(ContactMethod).describe('The contact methods this patron may choose'),
});
export type ReservationList = z.infer<typeof ReservationList>;

export const ReservationParams = z.object({ reservationId: z.string().min(1).max(80) });

/** 予約内容変更: the pickup branch, the contact method, or both. */
export const ChangeReservationRequest = z
  .object({
    pickupBranchId: z.string().min(1).max(40).optional(),
    contactMethod: z.optional(ContactMethod),
  })
  .refine((change) => change.pickupBranchId !== undefined || change.contactMethod !== undefined, { message: 'Nothing to change' });

/**
 * 順番の変更 / シリーズ予約への変更: the new order of an ordered reservation, which may take in the
 * patron's normal reservations of the same series (a normal reservation turned into an ordered one).
 * Every movable volume of an ordered reservation it touches must be listed: a group is reordered,
 * never split. Volumes already secured (利用可能, 配送中) keep their places ahead of the others.
 */
export const OrderReservationsRequest = z.object({
  reservationIds: z
    .array(z.string().min(1).max(80))
    .min(2)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each reservation once' })
    .describe('The reservations in the order they should be prepared (first = prepared first)'),
});
export type OrderReservationsRequest = z.infer<typeof OrderReservationsRequest>;

export const OrderedReservation = z.object({
  groupId: z.string(),
  items: z.array(ReservationItem).describe('Every open volume of the ordered reservation, by place'),
});
export type OrderedReservation = z.infer<typeof OrderedReservation>;

/** Why one reservation of a bulk change (一括変更) was not changed: the row's own reason, or the new value does not fit it. */
export const BulkChangeRefusal = z.enum([...ActionReason.options, 'pickup-not-possible', 'contact-not-registered', 'not-found']);
export type BulkChangeRefusal = z.infer<typeof BulkChangeRefusal>;

/** 一括変更: one pickup branch and/or contact method for several reservations at once. */
export const ChangeReservationsRequest = z
  .object({
    requestId: RequestId.check(
      z.describe('Chosen by the client once per bulk change; the same id sent again answers the same result and changes nothing twice'),
    ),
    reservationIds: z
      .array(z.string().min(1).max(80))
      .min(1)
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each reservation once' }),
    pickupBranchId: z.string().min(1).max(40).optional(),
    contactMethod: z.optional(ContactMethod),
  })
  .refine((change) => change.pickupBranchId !== undefined || change.contactMethod !== undefined, { message: 'Nothing to change' });
export type ChangeReservationsRequest = z.infer<typeof ChangeReservationsRequest>;

export const ChangeReservationsResult = z.object({
  outcomes: z
    .array(
      z.object({
        reservationId: z.string(),
        title: z.string().nullable().describe('null for an id that is not one of the patron’s reservations'),
        volumeLabel: z.string().nullable(),
        changed: z.boolean(),
        reason: BulkChangeRefusal.nullable(),
      }),
    )
    .describe('One per reservation asked for, in the order asked: changed, or not with the reason (nothing of it changed)'),
});
export type ChangeReservationsResult = z.infer<typeof ChangeReservationsResult>;

/** 保留: hold a waiting reservation until a day (at most the library's days ahead). */
export const HoldReservationRequest = z.object({
  until: LocalDate.check(z.describe('The day it resumes: after today, at most `reservations.hold.maxDays` days ahead')),
});
export type HoldReservationRequest = z.infer<typeof HoldReservationRequest>;
