import type { ReservationRow } from '../../mocks/db/schema';
import { newReservation } from '../../mocks/domain/reservations/placement';

/** A reservation for rule tests: an online 順番待ち placed on 2026-11-20; override what the test is about. */
export function reservationRow(overrides: Partial<ReservationRow> = {}): ReservationRow {
  return newReservation(
    {
      id: 'R1',
      patronId: 'P1',
      titleId: 'T1',
      pickupBranchId: 'chuo',
      contactMethod: 'email1',
      origin: 'online',
      at: '2026-11-20T10:00:00+09:00',
    },
    { state: 'waiting', ...overrides },
  );
}
