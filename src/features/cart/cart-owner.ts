import { isApiError } from '../../api/client/api-error';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';

/**
 * Whose cart the app shows: the logged-in patron's (on the server) once they may use it, else the
 * browser's. A patron still holding a temporary password keeps the browser cart until they have
 * chosen their own password; then it is merged. While the library or the session is still being
 * asked (or could not be asked), the owner is unknown: no cart is shown or changed then, so that
 * nothing meant for the patron's cart lands in the browser's.
 *
 * A patron's cart is known by the session's token, so that one patron never sees another's cart
 * from the cache after a session ended on a shared computer.
 */
export type CartOwner = { kind: 'patron'; libraryId: string; token: string } | { kind: 'guest'; libraryId: string } | { kind: 'unknown' };

export function useCartOwner(): CartOwner {
  const library = useLibraryInfo();
  const token = useSessionToken((state) => state.token);
  const session = useSession();
  if (!library.data) return { kind: 'unknown' };
  const libraryId = library.data.id;
  if (token && session.data) return session.data.mustChangePassword ? { kind: 'guest', libraryId } : { kind: 'patron', libraryId, token };
  // An ended session is forgotten at once (the token goes), so only other failures keep us waiting.
  if (token && !isApiError(session.error, 'SESSION_EXPIRED', 'UNAUTHENTICATED')) return { kind: 'unknown' };
  return { kind: 'guest', libraryId };
}
