import { describe, expect, it } from 'vitest';
import { goalPeriod, monthsOf, periodChoices } from '../../../mocks/domain/reading/period';
import { booksRead, goalProgress } from '../../../mocks/domain/reading/progress';

describe('読書マラソン: the periods a goal may run over', () => {
  it('offers this year, 夏休み (7月20日–8月31日) and this month', () => {
    expect(periodChoices('2026-06-10')).toEqual([
      { kind: 'year', from: '2026-01-01', to: '2026-12-31' },
      { kind: 'summer', from: '2026-07-20', to: '2026-08-31' },
      { kind: 'month', from: '2026-06-01', to: '2026-06-30' },
    ]);
  });

  it("offers next year's 夏休み once this year's is over, and a February of its own length", () => {
    expect(periodChoices('2028-09-01')[1]).toEqual({ kind: 'summer', from: '2029-07-20', to: '2029-08-31' });
    expect(periodChoices('2028-02-03')[2]).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
  });

  it('takes dates of the patron’s own: both given, the first not after the last, two years at most', () => {
    expect(goalPeriod('custom', '2026-11-24', { from: '2026-12-01', to: '2027-01-15' })).toEqual({
      kind: 'custom',
      from: '2026-12-01',
      to: '2027-01-15',
    });
    expect(goalPeriod('custom', '2026-11-24', { from: '2026-12-01' })).toBe('period_dates_required');
    expect(goalPeriod('custom', '2026-11-24', { from: '2026-12-01', to: '2026-11-30' })).toBe('period_reversed');
    expect(goalPeriod('custom', '2026-11-24', { from: '2026-01-01', to: '2028-01-02' })).toBe('period_too_long');
  });

  it('lists every month of a period, across a year', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('読書マラソン counts loans borrowed in the period from 貸出履歴 while it records, otherwise 読了 marks', () => {
  const history = [
    { titleId: 'a', title: 'A', loanedAt: '2026-10-31T23:30:00+09:00' },
    { titleId: 'b', title: 'B', loanedAt: '2026-11-01T09:00:00+09:00' },
  ];
  const marks = [{ titleId: 'c', title: 'C', readAt: '2026-11-20T10:00:00+09:00' }];

  it('counts 貸出履歴 on the Tokyo day each loan was borrowed, and ignores 読了 marks then', () => {
    expect(booksRead({ historyRecording: true, history, marks })).toEqual({
      source: 'loan-history',
      books: [
        { titleId: 'a', title: 'A', on: '2026-10-31' },
        { titleId: 'b', title: 'B', on: '2026-11-01' },
      ],
    });
  });

  it('counts 読了 marks on the day of the mark when 貸出履歴 does not record', () => {
    expect(booksRead({ historyRecording: false, history, marks })).toEqual({
      source: 'read-marks',
      books: [{ titleId: 'c', title: 'C', on: '2026-11-20' }],
    });
  });

  it('counts both first and last day, says the days left (today included) and is reached at the target', () => {
    const books = [
      { titleId: 'a', title: 'A', on: '2026-10-31' },
      { titleId: 'b', title: 'B', on: '2026-11-01' },
      { titleId: 'c', title: 'C', on: '2026-11-30' },
      { titleId: 'd', title: 'D', on: '2026-12-01' },
    ];
    const progress = goalProgress({ target: 2, from: '2026-11-01', to: '2026-11-30' }, books, '2026-11-24');
    expect(progress).toMatchObject({ count: 2, reached: true, status: 'running', daysLeft: 7, months: [{ month: '2026-11', count: 2 }] });
    expect(progress.counted.map((book) => book.titleId)).toEqual(['b', 'c']);
  });

  it('tells a goal still to come and one that ended, with no days left', () => {
    expect(goalProgress({ target: 5, from: '2026-12-01', to: '2026-12-31' }, [], '2026-11-24')).toMatchObject({
      status: 'upcoming',
      daysLeft: null,
    });
    expect(goalProgress({ target: 5, from: '2026-10-01', to: '2026-10-31' }, [], '2026-11-24')).toMatchObject({
      status: 'ended',
      reached: false,
    });
  });
});
