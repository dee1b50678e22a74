import type { PatronRow, SessionRow } from '../../db/schema';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** A patron with a session just opened: what a login answers. */
export interface SignedIn {
  patron: PatronRow;
  session: SessionRow;
}

/** A new session for a patron whose identity is settled (by their password, or by restoring a scenario they were signed in to). */
export function openSession(library: Library, patron: PatronRow, now: number): SignedIn {
  const session = library.db.tables.sessions.insert({ id: crypto.randomUUID(), patronId: patron.id, createdAt: toIso(now), lastSeenAt: toIso(now) });
  return { patron, session };
}

/** ログアウト: the token ends for good. */
export function logOut(library: Library, session: SessionRow): void {
  library.db.tables.sessions.delete(session.id);
}

/** A new password ends the patron's sessions, wherever they were opened (but the one it was changed in, if any). */
export function endSessions(library: Library, patron: PatronRow, keep?: SessionRow): void {
  for (const session of library.db.tables.sessions.where('patronId', patron.id)) {
    if (session.id !== keep?.id) library.db.tables.sessions.delete(session.id);
  }
}
