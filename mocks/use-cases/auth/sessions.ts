import type { PatronRow, SessionRow } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { isSessionExpired, isTouchDue, touchSession } from '../../domain/session';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';

/** A patron with a session just opened: what a login answers. */
export interface SignedIn {
  patron: PatronRow;
  session: SessionRow;
}

/** A new session for a patron whose identity is settled (by their password, or by restoring a scenario they were signed in to). */
export function openSession(library: Library, patron: PatronRow, now: number): SignedIn {
  const session = library.db.tables.sessions.insert({
    id: crypto.randomUUID(),
    patronId: patron.id,
    createdAt: toIso(now),
    lastSeenAt: toIso(now),
  });
  return { patron, session };
}

/**
 * The session a token names, for a request: ended if it has been idle too long or lived its
 * lifetime, kept alive otherwise; a patron who still has a temporary password may only replace it where `needsOwnPassword`.
 */
export function resumeSession(library: Library, token: string | undefined, now: number, needsOwnPassword: boolean): SignedIn {
  const session = token ? library.db.tables.sessions.get(token) : undefined;
  if (!session) throw new DomainError('UNAUTHENTICATED', 'Log in first');
  if (isSessionExpired(session, now, library.profile)) {
    library.db.tables.sessions.delete(session.id);
    throw new DomainError('SESSION_EXPIRED', 'The session ended after a period without activity', {}, true);
  }
  const patron = library.db.tables.patrons.get(session.patronId);
  if (!patron) throw new DomainError('UNAUTHENTICATED', 'Log in first');
  if (needsOwnPassword && patron.passwordTemporary) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Replace the temporary password first');
  }
  return { patron, session: isTouchDue(session, now) ? library.db.tables.sessions.put(touchSession(session, now)) : session };
}

/** Sessions past their end are deleted (at each login), so that the table does not keep every token ever issued. */
export function purgeExpiredSessions(library: Library, now: number): void {
  for (const session of library.db.tables.sessions.all()) {
    if (isSessionExpired(session, now, library.profile)) library.db.tables.sessions.delete(session.id);
  }
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
