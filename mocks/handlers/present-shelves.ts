import type { ReadingGoal, ReadingGoals, Shelf, ShelfItem, ShelfList } from '../../src/api/contract/shelves';
import type { PatronRow, ShelfItemRow } from '../db/schema';
import { shelfCreation } from '../domain/shelves/limits';
import type { Library } from '../runtime/library-host';
import { titleStanding } from '../use-cases/catalogue/title-standing';
import { currentLoansOf } from '../use-cases/loans/loan-standing';
import type { GoalStanding, ReadingStanding } from '../use-cases/reading/reading-goals';
import { itemsOn, shelvesOf, type PatronShelf } from '../use-cases/shelves/shelves';

const readAtOf = (library: Library, patron: PatronRow, titleId: string) =>
  library.db.tables.readMarks.get(`${patron.id}:${titleId}`)?.readAt ?? null;

export function presentShelfItem(library: Library, patron: PatronRow, item: ShelfItemRow): ShelfItem {
  const title = library.db.tables.titles.get(item.titleId);
  return {
    titleId: item.titleId,
    saved: { title: item.title, volumeLabel: item.volumeLabel, author: item.author, materialType: item.materialType },
    inCatalogue: title !== undefined,
    notReservableReason: title ? titleStanding(library, title).notReservableReason : 'no-copies',
    note: item.note,
    addedAt: item.addedAt,
    readAt: readAtOf(library, patron, item.titleId),
  };
}

export function presentShelf(library: Library, patron: PatronRow, shelf: PatronShelf): Shelf {
  return {
    id: shelf.id,
    kind: shelf.own === null ? shelf.id : 'own',
    name: shelf.own?.name ?? null,
    createdAt: shelf.own?.createdAt ?? null,
    items: itemsOn(library, patron, shelf.id).map((item) => presentShelfItem(library, patron, item)),
    actions: { rename: shelf.own !== null, delete: shelf.own !== null },
  };
}

export function presentShelves(library: Library, patron: PatronRow): ShelfList {
  const shelves = shelvesOf(library, patron);
  const create = shelfCreation(library.profile, shelves.filter((shelf) => shelf.own).length);
  return {
    shelves: shelves.map((shelf) => presentShelf(library, patron, shelf)),
    limits: { ...library.profile.shelves },
    create,
  };
}

export const presentGoal = ({ goal, progress }: GoalStanding): ReadingGoal => ({
  id: goal.id,
  target: goal.target,
  period: { kind: goal.periodKind, from: goal.from, to: goal.to },
  ...progress,
});

export function presentReadingGoals(library: Library, patron: PatronRow, standing: ReadingStanding): ReadingGoals {
  return {
    source: standing.source,
    periods: standing.periods,
    goals: standing.goals.map(presentGoal),
    loans:
      standing.source === 'read-marks'
        ? currentLoansOf(library, patron.id).map((loan) => ({
            loanId: loan.id,
            titleId: loan.titleId,
            title: library.db.tables.titles.get(loan.titleId)?.title ?? loan.titleId,
            readAt: readAtOf(library, patron, loan.titleId),
          }))
        : [],
  };
}
