import { useLibraryInfo } from '../../api/queries/library-info';
import { useSession } from '../../api/queries/session';

/**
 * Whose cart the app shows: the logged-in patron's (on the server) once they may use it, else the
 * browser's. A patron still holding a temporary password keeps the browser cart until they have
 * chosen their own password; then it is merged.
 */
export type CartOwner = { kind: 'patron'; libraryId: string } | { kind: 'guest'; libraryId: string } | { kind: 'unknown' };

export function useCartOwner(): CartOwner {
  const library = useLibraryInfo();
  const session = useSession();
  if (!library.data) return { kind: 'unknown' };
  if (session.data && !session.data.mustChangePassword) return { kind: 'patron', libraryId: library.data.id };
  if (session.fetchStatus === 'fetching' && session.isPending) return { kind: 'unknown' };
  return { kind: 'guest', libraryId: library.data.id };
}
