import type { GoalPeriodKind } from '../../../src/api/contract/shelves';
import { addDays } from '../time';

export interface Period {
  kind: GoalPeriodKind;
  /** First and last day, YYYY-MM-DD, both counted. */
  from: string;
  to: string;
}

/** The longest period of the patron's own dates: two years. */
const MAX_CUSTOM_DAYS = 731;

const lastDayOfMonth = (month: string) => addDays(`${nextMonth(month)}-01`, -1);

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** 夏休み, as the library counts it: 7月20日 to 8月31日, this year's until it is over, then next year's. */
function summer(today: string): Period {
  const year = Number(today.slice(0, 4));
  const of = (y: number): Period => ({ kind: 'summer', from: `${y}-07-20`, to: `${y}-08-31` });
  return today > of(year).to ? of(year + 1) : of(year);
}

/** The periods a patron may choose on `today`: this year, 夏休み, this month. */
export function periodChoices(today: string): Period[] {
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  return [
    { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` },
    summer(today),
    { kind: 'month', from: `${month}-01`, to: lastDayOfMonth(month) },
  ];
}

export type PeriodProblem = 'period_dates_required' | 'period_reversed' | 'period_too_long';

/** A goal's period: one of the library's choices for `today`, or the patron's own dates (first ≤ last, two years at most). */
export function goalPeriod(kind: GoalPeriodKind, today: string, own: { from?: string; to?: string }): Period | PeriodProblem {
  if (kind !== 'custom') return periodChoices(today).find((period) => period.kind === kind)!;
  if (!own.from || !own.to) return 'period_dates_required';
  if (own.from > own.to) return 'period_reversed';
  if (addDays(own.from, MAX_CUSTOM_DAYS - 1) < own.to) return 'period_too_long';
  return { kind, from: own.from, to: own.to };
}

/** Every month of a period, YYYY-MM, in order. */
export function monthsOf(period: Pick<Period, 'from' | 'to'>): string[] {
  const months: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); month = nextMonth(month)) months.push(month);
  return months;
}
