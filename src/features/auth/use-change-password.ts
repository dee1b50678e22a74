import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../api/contract/auth';
import { api } from '../../api/client/api';
import { useSessionToken } from '../../api/client/session-token';
import { sessionQuery } from '../../api/queries/session';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => api.call('changePassword', { body: request }),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQuery(useSessionToken.getState().token).queryKey, session);
    },
  });
}
