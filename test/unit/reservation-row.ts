import type { ReservationRow } from '../../mocks/db/schema';

/** A reservation for rule tests: an online 順番待ち placed on 2026-11-20; override what the test is about. */
export function reservationRow(overrides: Partial<ReservationRow> = {}): ReservationRow {
  return {
    id: 'R1',
    patronId: 'P1',
    titleId: 'T1',
    pickupBranchId: 'chuo',
    contactMethod: 'email1',
    state: 'waiting',
    origin: 'online',
    queuedAt: '2026-11-20T10:00:00+09:00',
    reservedAt: '2026-11-20T10:00:00+09:00',
    copyId: null,
    securedAt: null,
    notifiedAt: null,
    pickupDeadline: null,
    cancelledAt: null,
    cancelReason: null,
    orderGroupId: null,
    orderPosition: null,
    updatedAt: '2026-11-20T10:00:00+09:00',
    ...overrides,
  };
}
