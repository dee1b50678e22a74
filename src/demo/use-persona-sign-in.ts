import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { simApi } from './sim-api';
import { useSessionToken } from '../api/client/session-token';
import { sessionQuery } from '../api/queries/session';
import { paths } from '../lib/paths';
import { useDemoStore } from './demo-store';

/**
 * Signs in as a demo patron in one click, under the library's login rules, as the login form does;
 * then マイページ (whose guard sends a patron holding a temporary password to change it first).
 */
export function usePersonaSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const rememberSignIn = useDemoStore((state) => state.rememberSignIn);
  return useMutation({
    mutationFn: (cardNumber: string) => simApi.call('simSignIn', { body: { cardNumber } }),
    onSuccess: ({ token, session }, cardNumber) => {
      queryClient.setQueryData(sessionQuery(token).queryKey, session);
      useSessionToken.getState().signIn(token);
      rememberSignIn(token, cardNumber);
      void navigate(paths.mypage());
    },
  });
}
