import { fromIso, startOfTokyoDay, tokyoDate, DAY } from '../time';
import { monthsOf, type Period } from './period';

/** A book 読書マラソン counts, on the day it counts for. */
export interface BookRead {
  titleId: string;
  title: string;
  on: string;
}

export type ReadingSource = 'loan-history' | 'read-marks';

/**
 * What 読書マラソン counts: the loans 貸出履歴 records, each on the day it was borrowed, while the
 * patron keeps a history; otherwise the titles the patron marked 読了, on the day of the mark.
 */
export function booksRead(input: {
  historyRecording: boolean;
  history: readonly { titleId: string; title: string; loanedAt: string }[];
  marks: readonly { titleId: string; title: string; readAt: string }[];
}): { source: ReadingSource; books: BookRead[] } {
  if (input.historyRecording) {
    return {
      source: 'loan-history',
      books: input.history.map((loan) => ({ titleId: loan.titleId, title: loan.title, on: tokyoDate(fromIso(loan.loanedAt)) })),
    };
  }
  return {
    source: 'read-marks',
    books: input.marks.map((mark) => ({ titleId: mark.titleId, title: mark.title, on: tokyoDate(fromIso(mark.readAt)) })),
  };
}

export interface GoalProgress {
  count: number;
  reached: boolean;
  status: 'upcoming' | 'running' | 'ended';
  /** Days left, today included, while the period runs. */
  daysLeft: number | null;
  months: { month: string; count: number }[];
  counted: BookRead[];
}

/** A goal's progress on `today`: the books read within its period (both days counted), month by month. */
export function goalProgress(
  goal: { target: number } & Pick<Period, 'from' | 'to'>,
  books: readonly BookRead[],
  today: string,
): GoalProgress {
  const counted = books
    .filter((book) => book.on >= goal.from && book.on <= goal.to)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const status = today < goal.from ? 'upcoming' : today > goal.to ? 'ended' : 'running';
  return {
    count: counted.length,
    reached: counted.length >= goal.target,
    status,
    daysLeft: status === 'running' ? Math.round((startOfTokyoDay(goal.to) - startOfTokyoDay(today)) / DAY) + 1 : null,
    months: monthsOf(goal).map((month) => ({ month, count: counted.filter((book) => book.on.startsWith(month)).length })),
    counted,
  };
}
