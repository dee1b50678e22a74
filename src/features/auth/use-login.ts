import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../api/contract/auth';
import { api } from '../../api/client/api';
import { useSessionToken } from '../../api/client/session-token';
import { sessionQuery } from '../../api/queries/session';

export function useLogin() {
  const queryClient = useQueryClient();
  const signIn = useSessionToken((state) => state.signIn);
  return useMutation({
    mutationFn: (request: LoginRequest) => api.call('login', { body: request }),
    onSuccess: ({ token, session }) => {
      queryClient.setQueryData(sessionQuery(token).queryKey, session);
      signIn(token);
    },
  });
}
