import type { MaterialType } from '../../../src/api/contract/common';
import type { NotReservableReason } from '../../../src/api/contract/catalogue';
import type { OrderedPlacingReason, PlacementRefusal as ContractRefusal } from '../../../src/api/contract/reservations';
import type { ReservationRow, ReservationState } from '../../db/schema';
import type { LibraryProfile } from '../../profiles/profile';
import { canCollectAt } from './permissions';

/**
 * Why a title in the cart is not reserved when the patron places their reservations, in the
 * order the seeds check them: nobody may reserve it; they already have it reserved (or, p001,
 * borrowed); the chosen branch cannot hand it out (AV at a related facility, p003); or the
 * library's limit is reached, in total or for its material type (「予約可能点数を越えています。」).
 */
type PlacementRefusal = Exclude<ContractRefusal, 'not-found'>;

export interface PlacementCandidate {
  titleId: string;
  materialType: MaterialType;
  /** Why nobody may reserve the title, or null. */
  notReservableReason: NotReservableReason | null;
}

export interface PatronReservations {
  /** Every reservation of the patron that is not 取消, with the material type of its title. */
  open: readonly { titleId: string; materialType: MaterialType; state: ReservationState }[];
  /** Titles the patron has on loan now. */
  borrowing: ReadonlySet<string>;
}

export interface PlacementPlan {
  accepted: PlacementCandidate[];
  refused: { titleId: string; reason: PlacementRefusal }[];
}

/**
 * Decides, title by title in the order given, which reservations are placed. Each accepted title
 * counts toward the limits of the ones after it; 取消申込 still counts (until approved), 利用可能
 * counts where the profile says so.
 */
export function planPlacement(options: {
  profile: LibraryProfile;
  candidates: readonly PlacementCandidate[];
  patron: PatronReservations;
  pickupBranch: { handlesAv: boolean };
}): PlacementPlan {
  const { profile, candidates, patron, pickupBranch } = options;
  const rules = profile.reservations;
  const counted = patron.open.filter((reservation) => rules.readyCountsTowardLimit || reservation.state !== 'ready');
  let total = counted.length;
  const perType = new Map<MaterialType, number>();
  for (const reservation of counted) perType.set(reservation.materialType, (perType.get(reservation.materialType) ?? 0) + 1);
  const reserved = new Set(patron.open.map((reservation) => reservation.titleId));

  const plan: PlacementPlan = { accepted: [], refused: [] };
  for (const candidate of candidates) {
    const refuse = (reason: PlacementRefusal) => plan.refused.push({ titleId: candidate.titleId, reason });
    const typeLimit = rules.maxPerType[candidate.materialType];
    const typeCount = perType.get(candidate.materialType) ?? 0;
    if (candidate.notReservableReason) refuse(candidate.notReservableReason);
    else if (reserved.has(candidate.titleId)) refuse('reserved-by-you');
    else if (rules.refusesOwnLoansAndReservations && patron.borrowing.has(candidate.titleId)) refuse('on-loan-to-you');
    else if (!canCollectAt(candidate.materialType, pickupBranch)) refuse('pickup-not-possible');
    else if ((rules.maxTotal !== null && total >= rules.maxTotal) || (typeLimit !== undefined && typeCount >= typeLimit))
      refuse('limit-exceeded');
    else {
      plan.accepted.push(candidate);
      reserved.add(candidate.titleId);
      total++;
      perType.set(candidate.materialType, typeCount + 1);
    }
  }
  return plan;
}

/**
 * Whether titles may be reserved as one ordered reservation, or why not: the library must take
 * them (シリーズ予約 p003, 順番を指定する p004), two titles at least make an order, and シリーズ予約
 * is for volumes of one series (seed 003: 「内容が続いている同一シリーズの資料を順番に読みたい場合」).
 */
export function orderedPlacingRefusal(
  profile: LibraryProfile,
  titles: readonly { seriesId: string | null }[],
): OrderedPlacingReason | null {
  const kind = profile.reservations.ordered;
  if (kind === 'none') return 'not-offered';
  if (titles.length < 2) return 'nothing-to-order';
  const series = titles[0]!.seriesId;
  if (kind === 'series' && (series === null || titles.some((title) => title.seriesId !== series))) return 'not-one-series';
  return null;
}

/**
 * A reservation as it is made, online or at the counter: 予約申込, in the queue from that moment,
 * nothing secured or notified yet. `rest` sets what a particular start differs in (the seed's
 * reservations in other states, an ordered reservation's group and place).
 */
export function newReservation(
  start: Pick<ReservationRow, 'id' | 'patronId' | 'titleId' | 'pickupBranchId' | 'contactMethod' | 'origin'> & { at: string },
  rest: Partial<ReservationRow> = {},
): ReservationRow {
  const { at } = start;
  return {
    id: start.id,
    patronId: start.patronId,
    titleId: start.titleId,
    pickupBranchId: start.pickupBranchId,
    contactMethod: start.contactMethod,
    state: 'requested',
    origin: start.origin,
    queuedAt: at,
    reservedAt: at,
    copyId: null,
    securedAt: null,
    notifiedAt: null,
    pickupDeadline: null,
    cancelledAt: null,
    cancelReason: null,
    heldUntil: null,
    orderGroupId: null,
    orderPosition: null,
    updatedAt: at,
    ...rest,
  };
}
