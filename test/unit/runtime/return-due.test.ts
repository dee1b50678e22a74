import { describe, expect, it } from 'vitest';
import { startOfTokyoDay, DAY } from '../../../mocks/domain/time';
import { returnDue } from '../../../mocks/runtime/back-office';
import { loanRow } from '../loan-row';

const seededAt = Date.parse('2026-11-01T10:00:00+09:00');
const loans = Array.from({ length: 800 }, (_, n) =>
  loanRow({ id: `L${String(n).padStart(6, '0')}`, loanedAt: '2026-11-10T10:00:00+09:00', dueDate: '2026-11-24' }),
);
const daysLate = (at: number) => Math.floor((at - startOfTokyoDay('2026-11-24')) / DAY);

describe('when other patrons bring their loans back', () => {
  it('is mostly on or up to four days before the due date, one in eight one to eight days late, in opening hours', () => {
    const late = loans.map((loan) => daysLate(returnDue(loan, seededAt)));
    for (const days of late) expect(days).toBeGreaterThanOrEqual(-4);
    for (const days of late) expect(days).toBeLessThanOrEqual(8);
    const lateShare = late.filter((days) => days > 0).length / loans.length;
    expect(lateShare).toBeGreaterThan(0.08);
    expect(lateShare).toBeLessThan(0.18);
    for (const loan of loans) {
      const hour = new Date(returnDue(loan, seededAt) + 9 * 3_600_000).getUTCHours();
      expect(hour).toBeGreaterThanOrEqual(10);
      expect(hour).toBeLessThan(18);
    }
  });

  it('is the same every time for the same loan', () => {
    expect(loans.map((loan) => returnDue(loan, seededAt))).toEqual(loans.map((loan) => returnDue(loan, seededAt)));
  });

  it('comes within ten days after the seed for a loan that was already overdue then', () => {
    const overdue = loanRow({ id: 'L999999', loanedAt: '2026-10-01T10:00:00+09:00', dueDate: '2026-10-15' });
    const at = returnDue(overdue, seededAt);
    expect(at).toBeGreaterThan(seededAt);
    expect(at).toBeLessThanOrEqual(seededAt + 11 * DAY);
  });
});
