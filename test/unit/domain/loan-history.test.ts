import { describe, expect, it } from 'vitest';
import { isInLoanHistory } from '../../../mocks/domain/loans/history';

describe('貸出履歴 records what is borrowed once 「利用する」 is set (seed 004: 「設定登録した以降に借りた資料を記録します」)', () => {
  const since = '2026-11-24T10:00:00+09:00';

  it('records a loan borrowed after the opt-in, once it is returned', () => {
    expect(isInLoanHistory({ loanedAt: '2026-11-24T10:05:00+09:00', returnedAt: '2026-11-30T12:00:00+09:00' }, since)).toBe(true);
  });

  it('never records a loan borrowed before the opt-in, even when it is returned after it', () => {
    expect(isInLoanHistory({ loanedAt: '2026-11-20T15:00:00+09:00', returnedAt: '2026-11-24T10:10:00+09:00' }, since)).toBe(false);
  });

  it('lists a loan only once it has come back', () => {
    expect(isInLoanHistory({ loanedAt: '2026-11-24T10:05:00+09:00', returnedAt: null }, since)).toBe(false);
  });
});
