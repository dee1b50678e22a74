import { createReadingGoal, deleteReadingGoal, readingStanding, setReadMark } from '../use-cases/reading/reading-goals';
import {
  addToShelf,
  changeShelfItem,
  createShelf,
  deleteShelf,
  removeFromShelf,
  renameShelf,
  requireShelves,
  shelfOf,
} from '../use-cases/shelves/shelves';
import { defineHandler } from './define-handler';
import { presentGoal, presentReadingGoals, presentShelf, presentShelfItem, presentShelves } from './present-shelves';

export const shelfHandlers = [
  defineHandler('getShelves', ({ library, patron }) => {
    requireShelves(library);
    return presentShelves(library, patron);
  }),

  defineHandler('createShelf', ({ library, patron, body, now }) => {
    const row = createShelf(library, patron, body.name, body.requestId, now);
    return presentShelf(library, patron, { id: row.id, own: row });
  }),

  defineHandler('renameShelf', ({ library, patron, params, body }) => {
    const row = renameShelf(library, patron, params.shelfId, body.name);
    return presentShelf(library, patron, { id: row.id, own: row });
  }),

  defineHandler('deleteShelf', ({ library, patron, params }) => deleteShelf(library, patron, params.shelfId)),

  defineHandler('addToShelf', ({ library, patron, params, body, now }) => {
    const result = addToShelf(library, patron, params.shelfId, body.titleIds, now);
    return { shelf: presentShelf(library, patron, shelfOf(library, patron, params.shelfId)), ...result };
  }),

  defineHandler('changeShelfItem', ({ library, patron, params, body }) =>
    presentShelfItem(library, patron, changeShelfItem(library, patron, params.shelfId, params.titleId, body)),
  ),

  defineHandler('removeFromShelf', ({ library, patron, params }) => removeFromShelf(library, patron, params.shelfId, params.titleId)),

  defineHandler('setReadMark', ({ library, patron, params, body, now }) => setReadMark(library, patron, params.titleId, body.read, now)),

  defineHandler('getReadingGoals', ({ library, patron, now }) =>
    presentReadingGoals(library, patron, readingStanding(library, patron, now)),
  ),

  defineHandler('createReadingGoal', ({ library, patron, body, now }) => presentGoal(createReadingGoal(library, patron, body, now))),

  defineHandler('deleteReadingGoal', ({ library, patron, params }) => deleteReadingGoal(library, patron, params.goalId)),
];
