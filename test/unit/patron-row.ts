import type { PatronRow } from '../../mocks/db/schema';

/** A patron for rule tests: registered, phone contact, no e-mail; override what the test is about. */
export function patronRow(overrides: Partial<PatronRow> = {}): PatronRow {
  return {
    id: 'P1',
    cardNumber: '3000001',
    name: '山田 花子',
    nameKana: 'ヤマダ ハナコ',
    birthDate: '1985-06-12',
    phone: null,
    mobile: null,
    email1: null,
    email2: null,
    contactMethod: 'phone',
    passwordHash: 'x',
    passwordTemporary: false,
    passwordIssuedAt: '2026-11-24T08:20:00+09:00',
    failedLogins: 0,
    lockedUntil: null,
    registeredAt: '2026-11-24T10:00:00+09:00',
    homeBranchId: 'chuo',
    loanHistorySince: null,
    ...overrides,
  };
}
