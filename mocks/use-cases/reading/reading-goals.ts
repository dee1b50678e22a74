import type { CreateGoalRequest } from '../../../src/api/contract/shelves';
import type { PatronRow, ReadingGoalRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { goalPeriod, periodChoices, type Period } from '../../domain/reading/period';
import { booksRead, goalProgress, type GoalProgress, type ReadingSource } from '../../domain/reading/progress';
import { toIso, tokyoDate } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { makeOncePerKey } from '../keyed-request';
import { historySince, loanHistoryOf } from '../loans/loan-history';

function requireMarathon(library: Library): void {
  if (!library.profile.features.readingMarathon)
    throw new DomainError('CONFLICT', 'This library offers no 読書マラソン', { reason: 'not-offered' });
}

const titleOf = (library: Library, titleId: string) => library.db.tables.titles.get(titleId)?.title ?? titleId;

/** What 読書マラソン counts for this patron, by the library's rule (`booksRead`). */
function booksOf(library: Library, patron: PatronRow) {
  return booksRead({
    historyRecording: historySince(library, patron) !== null,
    history: loanHistoryOf(library, patron).map((loan) => ({
      titleId: loan.titleId,
      title: titleOf(library, loan.titleId),
      loanedAt: loan.loanedAt,
    })),
    marks: library.db.tables.readMarks.where('patronId', patron.id),
  });
}

export interface GoalStanding {
  goal: ReadingGoalRow;
  progress: GoalProgress;
}

export interface ReadingStanding {
  source: ReadingSource;
  periods: Period[];
  /** Running and upcoming first (the one ending soonest first), then past ones, the latest ended first. */
  goals: GoalStanding[];
}

const standingOf = (goal: ReadingGoalRow, books: ReturnType<typeof booksOf>['books'], today: string): GoalStanding => ({
  goal,
  progress: goalProgress(goal, books, today),
});

export function readingStanding(library: Library, patron: PatronRow, now: number): ReadingStanding {
  requireMarathon(library);
  const today = tokyoDate(now);
  const { source, books } = booksOf(library, patron);
  const goals = library.db.tables.readingGoals.where('patronId', patron.id).map((goal) => standingOf(goal, books, today));
  const past = (standing: GoalStanding) => standing.progress.status === 'ended';
  const open = goals
    .filter((standing) => !past(standing))
    .sort((a, b) => (a.goal.to < b.goal.to ? -1 : a.goal.to > b.goal.to ? 1 : a.goal.id < b.goal.id ? -1 : 1));
  const ended = goals
    .filter(past)
    .sort((a, b) => (a.goal.to < b.goal.to ? 1 : a.goal.to > b.goal.to ? -1 : a.goal.id < b.goal.id ? 1 : -1));
  return { source, periods: periodChoices(today), goals: [...open, ...ended] };
}

/** A goal the patron sets: a number of books in a period; done once per requestId. */
export function createReadingGoal(library: Library, patron: PatronRow, body: CreateGoalRequest, now: number): GoalStanding {
  requireMarathon(library);
  const today = tokyoDate(now);
  const { requestId, ...request } = body;
  const goal = makeOncePerKey(
    library,
    patron,
    'reading-goal',
    requestId,
    request,
    () => {
      const period = goalPeriod(body.period.kind, today, body.period);
      if (typeof period === 'string')
        throw DomainError.validation([{ path: 'period.to', code: period, message: `The period is not valid: ${period}` }]);
      return library.db.tables.readingGoals.insert({
        id: `${patron.id}-${requestId}`,
        patronId: patron.id,
        target: body.target,
        periodKind: period.kind,
        from: period.from,
        to: period.to,
        createdAt: toIso(now),
      });
    },
    (id) => library.db.tables.readingGoals.get(id),
  );
  return standingOf(goal, booksOf(library, patron).books, today);
}

export function deleteReadingGoal(library: Library, patron: PatronRow, goalId: string): void {
  requireMarathon(library);
  const goal = library.db.tables.readingGoals.get(goalId);
  if (!goal || goal.patronId !== patron.id) throw new DomainError('NOT_FOUND', `No goal ${goalId}`);
  library.db.tables.readingGoals.delete(goal.id);
}

/** 読了 on a title of the patron's (on a shelf, on loan, or in the catalogue), or taken back. */
export function setReadMark(library: Library, patron: PatronRow, titleId: string, read: boolean, now: number): void {
  requireMarathon(library);
  const marks = library.db.tables.readMarks;
  const id = `${patron.id}:${titleId}`;
  if (!read) {
    if (marks.get(id)) marks.delete(id);
    return;
  }
  if (marks.get(id)) return;
  const saved = library.db.tables.shelfItems.where('patronId', patron.id).find((item) => item.titleId === titleId);
  const title = library.db.tables.titles.get(titleId)?.title ?? saved?.title;
  if (title === undefined) throw new DomainError('NOT_FOUND', `No title ${titleId}`);
  marks.insert({ id, patronId: patron.id, titleId, title, readAt: toIso(now) });
}
