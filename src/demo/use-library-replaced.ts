import { matchQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { LoginResponse } from '../api/contract/auth';
import type { SimStatus } from '../api/contract/simulation';
import { useSessionToken } from '../api/client/session-token';
import { patronKey } from '../api/queries/patron';
import { sessionKey, sessionQuery } from '../api/queries/session';
import { paths } from '../lib/paths';
import { useDemoStore } from './demo-store';
import { simStatusQuery } from './get-sim-status';
import { simKey } from './sim-key';
import { personaOfSession } from './signed-in-patron';

/**
 * The library under the app was replaced (another profile, a restored scenario, the seed again):
 * forget the session and every answer of the old library, sign in the patron the new state names,
 * if any, and start again at マイページ, or at the home page.
 */
export function useLibraryReplaced() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (signIn: LoginResponse | null, status: SimStatus) => {
    const demo = useDemoStore.getState();
    useSessionToken.getState().signOut();
    demo.forgetSignIn();
    if (!status.personas.some((persona) => persona.cardNumber === demo.cardNumber)) demo.choosePatron(null);
    await queryClient.cancelQueries();
    // The old session goes first, so that nothing asks the new library with a token it never issued.
    queryClient.removeQueries({ queryKey: sessionKey });
    queryClient.removeQueries({ queryKey: patronKey });
    // The panel keeps showing what it shows while it reads the new library; the app starts afresh.
    queryClient.setQueryData(simStatusQuery.queryKey, status);
    void queryClient.invalidateQueries({ queryKey: simKey });
    void queryClient.resetQueries({ predicate: (query) => !matchQuery({ queryKey: simKey }, query) });
    if (signIn) {
      queryClient.setQueryData(sessionQuery(signIn.token).queryKey, signIn.session);
      useSessionToken.getState().signIn(signIn.token);
      const persona = personaOfSession(status.personas, signIn.session);
      if (persona) demo.rememberSignIn(signIn.token, persona.cardNumber);
    }
    await navigate(signIn ? paths.mypage() : paths.home());
  };
}
