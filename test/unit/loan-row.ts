import type { LoanRow } from '../../mocks/db/schema';

/** A loan for rule tests: lent on 2026-11-10, due 2026-11-24, never renewed, still out. */
export function loanRow(overrides: Partial<LoanRow> = {}): LoanRow {
  return {
    id: 'L1',
    copyId: 'C1',
    titleId: 'T1',
    patronId: 'P1',
    branchId: 'chuo',
    loanedAt: '2026-11-10T10:00:00+09:00',
    dueDate: '2026-11-24',
    renewals: 0,
    returnedAt: null,
    reminderSentAt: null,
    overdueNoticeSentAt: null,
    ...overrides,
  };
}
