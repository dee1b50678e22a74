import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client/api';
import { useSessionToken } from '../../api/client/session-token';
import { forgetSession } from '../../api/queries/session';

/** Ends the session on the server, then forgets it here even if the server could not be reached. */
export function useLogout() {
  const queryClient = useQueryClient();
  const signOut = useSessionToken((state) => state.signOut);
  return useMutation({
    mutationFn: () => api.call('logout'),
    onSettled: () => {
      signOut();
      forgetSession(queryClient);
    },
  });
}
