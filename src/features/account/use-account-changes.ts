import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import type { EmailSlot } from '../../api/contract/account';
import type { ContactMethod } from '../../api/contract/common';
import { accountRefresh } from '../../api/queries/account';

/** An address is used only once its link is opened: the answer shows it waiting. */
export function useAddEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { slot: EmailSlot; address: string }) => api.call('addEmail', { body: request }),
    onSuccess: (account) => accountRefresh.changed(queryClient, account),
  });
}

export function useRemoveEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slot: EmailSlot) => api.call('removeEmail', { params: { slot: String(slot) as '1' | '2' } }),
    onSuccess: (account) => accountRefresh.changed(queryClient, account),
  });
}

/** The default 連絡方法; applied to open reservations too, their list and the summary are read again. */
export function useChangeContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { contactMethod: ContactMethod; applyToReservations: boolean }) => api.call('changeContact', { body: request }),
    onSuccess: (result) => accountRefresh.contactChanged(queryClient, result.account),
  });
}
