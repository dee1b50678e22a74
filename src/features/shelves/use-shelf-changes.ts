import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { CreateGoalRequest, ShelfItem } from '../../api/contract/shelves';
import { loansRefresh } from '../../api/queries/loans';
import { shelvesRefresh } from '../../api/queries/shelves';

/** A shelf of the patron's own; one requestId per form, so that a retry makes one shelf. */
export function useCreateShelf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { requestId: string; name: string }) => api.call('createShelf', { body }),
    onSettled: () => shelvesRefresh.changed(queryClient),
  });
}

export function useRenameShelf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shelfId, name }: { shelfId: string; name: string }) => api.call('renameShelf', { params: { shelfId }, body: { name } }),
    onSuccess: () => shelvesRefresh.changed(queryClient),
  });
}

export function useDeleteShelf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shelfId: string) => api.call('deleteShelf', { params: { shelfId } }),
    onSuccess: () => shelvesRefresh.changed(queryClient),
  });
}

/** What is put on a shelf: the title's id, and what the screen knows of it to show it at once. */
export type ShelfDraft = Pick<ShelfItem, 'titleId'> & Partial<Pick<ShelfItem, 'saved' | 'notReservableReason'>>;

/**
 * Saving titles on a shelf shows them there at once, before the library answers; a failure puts
 * the shelves back as they were (the caller says so), and the answer is read again either way.
 */
export function useAddToShelf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shelfId, drafts }: { shelfId: string; drafts: ShelfDraft[] }) =>
      api.call('addToShelf', { params: { shelfId }, body: { titleIds: drafts.map((draft) => draft.titleId) } }),
    onMutate: async ({ shelfId, drafts }) => {
      const now = new Date().toISOString();
      const shown = drafts.flatMap((draft): ShelfItem[] =>
        draft.saved
          ? [
              {
                titleId: draft.titleId,
                saved: draft.saved,
                inCatalogue: true,
                notReservableReason: draft.notReservableReason ?? null,
                note: '',
                addedAt: now,
                readAt: null,
              },
            ]
          : [],
      );
      return { undo: await shelvesRefresh.adding(queryClient, shelfId, shown) };
    },
    onError: (_error, _variables, context) => context?.undo(),
    onSettled: () => shelvesRefresh.changed(queryClient),
  });
}

export function useChangeShelfItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shelfId, titleId, change }: { shelfId: string; titleId: string; change: { note?: string; shelfId?: string } }) =>
      api.call('changeShelfItem', { params: { shelfId, titleId }, body: change }),
    onSuccess: () => shelvesRefresh.changed(queryClient),
  });
}

export function useRemoveFromShelf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shelfId, titleId }: { shelfId: string; titleId: string }) =>
      api.call('removeFromShelf', { params: { shelfId, titleId } }),
    onSuccess: () => shelvesRefresh.changed(queryClient),
  });
}

/** 読了 on a title, or taken back: the shelves and the goals count it. */
export function useSetReadMark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ titleId, read }: { titleId: string; read: boolean }) => api.call('setReadMark', { params: { titleId }, body: { read } }),
    onSuccess: () => shelvesRefresh.read(queryClient),
  });
}

export function useCreateGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGoalRequest) => api.call('createReadingGoal', { body }),
    onSuccess: () => shelvesRefresh.goals(queryClient),
  });
}

export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (goalId: string) => api.call('deleteReadingGoal', { params: { goalId } }),
    onSuccess: () => shelvesRefresh.goals(queryClient),
  });
}

/** 貸出履歴を記録する, on or off; off forgets what was recorded. The answer is the history as it now is. */
export function useSetLoanHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api.call('setLoanHistory', { body: { enabled } }),
    onSuccess: (history) => {
      loansRefresh.history(queryClient, history);
      void shelvesRefresh.goals(queryClient);
    },
  });
}

/** One entry of 貸出履歴 deleted, or all of them (null); the answer is the history as it now is. */
export function useRemoveHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (loanId: string | null) =>
      loanId === null ? api.call('clearLoanHistory') : api.call('removeLoanHistoryItem', { params: { loanId } }),
    onSuccess: (history) => {
      loansRefresh.history(queryClient, history);
      void shelvesRefresh.goals(queryClient);
    },
  });
}
