import type { ReservationRow } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { isOpenReservation } from '../reservation-states';
import { lockedReason, type Permission } from './permissions';

// 順番の変更 and シリーズ予約への変更 (p003 シリーズ予約, p004 順番を指定する), as the seeds say:
// the patron may reorder an ordered reservation and turn normal reservations of a series into one
// afterwards; reservations made at the counter cannot be reordered online (the counter does it);
// volumes already secured keep their places.

/** One of the patron's reservations with the series facts of its title. */
export interface OrderMember {
  reservation: ReservationRow;
  seriesId: string | null;
  volumeNumber: number | null;
}

/**
 * The reservations one reservation may be put in order with: its ordered reservation, the
 * patron's normal reservations of the same series, and the ordered reservations those belong to
 * (so a volume reserved normally later can join the earlier ones). Open reservations only.
 */
function clusterOf(target: OrderMember, own: readonly OrderMember[]): OrderMember[] {
  const open = own.filter((member) => isOpenReservation(member.reservation));
  const groups = new Set<string>();
  const series = new Set<string>();
  const cluster = new Map<string, OrderMember>();
  const take = (member: OrderMember) => {
    if (cluster.has(member.reservation.id)) return false;
    cluster.set(member.reservation.id, member);
    if (member.reservation.orderGroupId) groups.add(member.reservation.orderGroupId);
    if (member.seriesId) series.add(member.seriesId);
    return true;
  };
  take(target);
  for (let grew = true; grew;) {
    grew = false;
    for (const member of open) {
      const { orderGroupId } = member.reservation;
      const joins = orderGroupId
        ? groups.has(orderGroupId) || (member.seriesId !== null && series.has(member.seriesId))
        : member.seriesId !== null && series.has(member.seriesId);
      if (joins && take(member)) grew = true;
    }
  }
  return [...cluster.values()];
}

/** Groups first (earliest placed first, by place), then normal reservations by series and volume. */
function byPresentOrder(a: OrderMember, b: OrderMember): number {
  const ga = a.reservation.orderGroupId;
  const gb = b.reservation.orderGroupId;
  if (ga && gb && ga === gb) return (a.reservation.orderPosition ?? 0) - (b.reservation.orderPosition ?? 0);
  if (ga && !gb) return -1;
  if (!ga && gb) return 1;
  if (ga && gb) return ga < gb ? -1 : 1;
  if (a.seriesId !== b.seriesId) return (a.seriesId ?? '') < (b.seriesId ?? '') ? -1 : 1;
  if (a.volumeNumber !== b.volumeNumber) return (a.volumeNumber ?? 0) - (b.volumeNumber ?? 0);
  return a.reservation.reservedAt < b.reservation.reservedAt
    ? -1
    : a.reservation.reservedAt > b.reservation.reservedAt
      ? 1
      : a.reservation.id < b.reservation.id
        ? -1
        : 1;
}

/** A volume already secured (利用可能, 配送中) keeps its place ahead of the others whatever the new order. */
export function keepsPlace(reservation: ReservationRow): boolean {
  return reservation.state === 'ready' || reservation.state === 'in-transit';
}

export interface OrderOptions extends Permission {
  /** The movable reservations, the target included, in their present order; empty when not allowed. */
  reservationIds: string[];
}

/**
 * Whether a reservation may be reordered (or turned into an ordered one), and with what. Not when
 * the library has no ordered reservations, when the reservation itself is locked (secured,
 * travelling, being cancelled, made at the counter), when its ordered reservation holds a
 * counter-made volume, or when there is nothing to order it with.
 */
export function orderOptions(target: OrderMember, own: readonly OrderMember[], profile: LibraryProfile): OrderOptions {
  const refuse = (reason: NonNullable<Permission['reason']>): OrderOptions => ({ allowed: false, reason, reservationIds: [] });
  if (profile.reservations.ordered === 'none') return refuse('not-offered');
  const locked = lockedReason(target.reservation);
  if (locked) return refuse(locked);
  const cluster = clusterOf(target, own);
  const grouped = cluster.filter((member) => member.reservation.orderGroupId !== null);
  if (grouped.some((member) => member.reservation.origin === 'counter')) return refuse('counter-made');
  const movable = cluster.filter((member) => lockedReason(member.reservation) === null).sort(byPresentOrder);
  if (movable.length < 2) return refuse('nothing-to-order');
  return { allowed: true, reason: null, reservationIds: movable.map((member) => member.reservation.id) };
}

export type OrderRefusal =
  /** A listed reservation is not the patron's (or does not exist). */
  | { kind: 'not-found'; reservationId: string }
  /** A listed reservation may not be reordered; the reason the list shows. */
  | { kind: 'not-allowed'; reservationId: string; reason: NonNullable<Permission['reason']> }
  /** A listed reservation cannot be ordered with the first one. */
  | { kind: 'unrelated'; reservationId: string }
  /** A movable volume of an ordered reservation that is being reordered was left out. */
  | { kind: 'incomplete'; reservationId: string };

export interface OrderPlan {
  groupId: string;
  /** The new place of every open volume of the resulting ordered reservation. */
  positions: Map<string, number>;
}

/**
 * The new order: volumes already secured keep the first places (as they were), then the listed
 * ones in the order given, then the ones being cancelled. The ordered reservation keeps the id of
 * one it touches (the lowest, when two are merged), or takes a new one made from the patron and the
 * first id.
 */
export function planOrder(
  reservationIds: readonly string[],
  own: readonly OrderMember[],
  patronId: string,
  profile: LibraryProfile,
): OrderPlan | OrderRefusal {
  const byId = new Map(own.map((member) => [member.reservation.id, member]));
  const first = byId.get(reservationIds[0]!);
  if (!first) return { kind: 'not-found', reservationId: reservationIds[0]! };
  const options = orderOptions(first, own, profile);
  for (const id of reservationIds) {
    const member = byId.get(id);
    if (!member) return { kind: 'not-found', reservationId: id };
    const mine = id === first.reservation.id ? options : orderOptions(member, own, profile);
    if (!mine.allowed) return { kind: 'not-allowed', reservationId: id, reason: mine.reason! };
    if (!options.reservationIds.includes(id)) return { kind: 'unrelated', reservationId: id };
  }
  const listed = new Set(reservationIds);
  const touched = new Set(reservationIds.flatMap((id) => byId.get(id)!.reservation.orderGroupId ?? []));
  const members = own.filter(
    (member) =>
      isOpenReservation(member.reservation) && member.reservation.orderGroupId !== null && touched.has(member.reservation.orderGroupId),
  );
  const left = members.find((member) => lockedReason(member.reservation) === null && !listed.has(member.reservation.id));
  if (left) return { kind: 'incomplete', reservationId: left.reservation.id };

  const secured = members.filter((member) => keepsPlace(member.reservation)).sort(byPresentOrder);
  const leaving = members.filter((member) => member.reservation.state === 'cancel-requested').sort(byPresentOrder);
  const order = [...secured.map((member) => member.reservation.id), ...reservationIds, ...leaving.map((member) => member.reservation.id)];
  const groupId = [...touched].sort()[0] ?? `G-${patronId}-${reservationIds[0]}`;
  return { groupId, positions: new Map(order.map((id, index) => [id, index + 1])) };
}
