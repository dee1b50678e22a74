import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { EmailSlot } from '../../api/contract/account';
import type { ContactMethod } from '../../api/contract/common';
import { accountQuery } from './get-account';

/** An address is used only once its link is opened: the answer shows it waiting. */
export function useAddEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { slot: EmailSlot; address: string }) => api.call('addEmail', { body: request }),
    onSuccess: (account) => queryClient.setQueryData(accountQuery.queryKey, account),
  });
}

export function useRemoveEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slot: EmailSlot) => api.call('removeEmail', { params: { slot: String(slot) as '1' | '2' } }),
    onSuccess: (account) => queryClient.setQueryData(accountQuery.queryKey, account),
  });
}

/** The default 連絡方法; applied to open reservations too, their list and the summary are read again. */
export function useChangeContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { contactMethod: ContactMethod; applyToReservations: boolean }) => api.call('changeContact', { body: request }),
    onSuccess: (result) => {
      queryClient.setQueryData(accountQuery.queryKey, result.account);
      void queryClient.invalidateQueries({ queryKey: ['me', 'reservations'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'summary'] });
    },
  });
}
