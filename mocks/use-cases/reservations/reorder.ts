import type { PatronRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { planOrder } from '../../domain/reservations/ordering';
import { resettleOrder } from '../../runtime/back-office';
import type { Library } from '../../runtime/library-host';
import { orderMembersOf } from './order-members';

export interface Reordered {
  groupId: string;
  /** Every open volume of the ordered reservation, by its new place. */
  reservationIds: string[];
}

/** 順番の変更 / シリーズ予約への変更: the new places, then each volume waits for the one before it or is taken up again. */
export function reorderReservations(library: Library, patron: PatronRow, reservationIds: readonly string[], now: number): Reordered {
  const plan = planOrder(reservationIds, orderMembersOf(library, patron.id), patron.id, library.profile);
  if ('kind' in plan) {
    if (plan.kind === 'not-found') throw new DomainError('NOT_FOUND', `No reservation ${plan.reservationId}`);
    if (plan.kind === 'not-allowed')
      throw new DomainError('CONFLICT', `Reordering ${plan.reservationId} is not possible: ${plan.reason}`, { reason: plan.reason });
    const code = plan.kind === 'unrelated' ? 'not_orderable_together' : 'group_incomplete';
    const message =
      plan.kind === 'unrelated'
        ? `${plan.reservationId} cannot be put in order with the first reservation`
        : `List every movable volume of the ordered reservation; ${plan.reservationId} is missing`;
    throw DomainError.validation([{ path: 'reservationIds', code, message }]);
  }
  const { reservations } = library.db.tables;
  // Only the place changes: updatedAt keeps telling the back office when the state last moved.
  for (const [id, position] of plan.positions) {
    const row = reservations.get(id)!;
    if (row.orderGroupId !== plan.groupId || row.orderPosition !== position)
      reservations.update(id, { orderGroupId: plan.groupId, orderPosition: position });
  }
  resettleOrder(library, plan.groupId, now);
  return { groupId: plan.groupId, reservationIds: [...plan.positions.keys()] };
}
