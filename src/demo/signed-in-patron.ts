import type { SessionInfo } from '../api/contract/auth';
import type { SimPersona } from '../api/contract/simulation';
import { useSessionToken } from '../api/client/session-token';
import { useSession } from '../api/queries/session';
import { useDemoStore } from './demo-store';

/**
 * The demo patron a session belongs to. A session names its patron only with the card masked
 * (***0002), so the name and the digits left showing tell which persona it is.
 */
export function personaOfSession(personas: readonly SimPersona[], session: SessionInfo): SimPersona | undefined {
  const shown = session.patron.cardNumberMasked.replace(/\D/g, '');
  return personas.find((persona) => persona.name === session.patron.name && persona.cardNumber.endsWith(shown));
}

/** The card of the patron signed in now: the one the panel signed in, or a persona who logged in through the form. */
export function useSignedInCard(personas: readonly SimPersona[]): string | null {
  const token = useSessionToken((state) => state.token);
  const signedIn = useDemoStore((state) => state.signedIn);
  const session = useSession();
  if (!token) return null;
  if (signedIn?.token === token) return signedIn.cardNumber;
  return session.data ? (personaOfSession(personas, session.data)?.cardNumber ?? null) : null;
}
