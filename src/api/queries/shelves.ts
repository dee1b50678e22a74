import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ShelfItem, ShelfList } from '../contract/shelves';
import { api } from '../client/api';
import { patronKey } from './patron';

/** My本棚: the patron's shelves with their items, the library's limits, and whether another shelf may be made. */
const shelvesQuery = queryOptions({
  queryKey: [...patronKey, 'shelves'],
  queryFn: () => api.call('getShelves'),
});

export function useShelves(enabled = true) {
  return useQuery({ ...shelvesQuery, enabled });
}

/** 読書マラソン: the goals with their progress, the periods to choose from, what is counted. */
const readingGoalsQuery = queryOptions({
  queryKey: [...patronKey, 'reading-goals'],
  queryFn: () => api.call('getReadingGoals'),
});

export function useReadingGoals() {
  return useQuery(readingGoalsQuery);
}

const refreshShelves = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: shelvesQuery.queryKey });
const refreshGoals = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: readingGoalsQuery.queryKey });

/** What each change to My本棚 and 読書マラソン makes stale, read again once the library has answered. */
export const shelvesRefresh = {
  /** A shelf made, renamed or deleted, an item moved, noted or taken off. */
  changed: refreshShelves,
  /** 読了 marked or taken back: the shelf's marks and the goals' counts. */
  read: (queryClient: QueryClient) => Promise.all([refreshShelves(queryClient), refreshGoals(queryClient)]),
  /** A goal set or deleted; 貸出履歴 changed (what the goals count). */
  goals: refreshGoals,
  /**
   * Adding titles to a shelf shows them at once (optimistic): the shelf's items as they will be,
   * and a way back to what was shown when the library refuses.
   */
  async adding(queryClient: QueryClient, shelfId: string, items: ShelfItem[]): Promise<() => void> {
    await queryClient.cancelQueries({ queryKey: shelvesQuery.queryKey });
    const before = queryClient.getQueryData(shelvesQuery.queryKey);
    queryClient.setQueryData(shelvesQuery.queryKey, (list: ShelfList | undefined) =>
      list
        ? {
            ...list,
            shelves: list.shelves.map((shelf) =>
              shelf.id === shelfId
                ? {
                    ...shelf,
                    items: [...items.filter((item) => !shelf.items.some((held) => held.titleId === item.titleId)), ...shelf.items],
                  }
                : shelf,
            ),
          }
        : list,
    );
    return () => queryClient.setQueryData(shelvesQuery.queryKey, before);
  },
};
