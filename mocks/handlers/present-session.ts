import type { LoginResponse, SessionInfo } from '../../src/api/contract/auth';
import type { PatronRow, SessionRow } from '../db/schema';
import { maskCardNumber } from '../domain/card-number';
import { asksCurrentPassword } from '../domain/password-policy';
import { sessionExpiry } from '../domain/session';
import { toIso } from '../domain/time';
import type { LibraryProfile } from '../profiles/profile';
import type { SignedIn } from '../use-cases/auth/sessions';

export function presentSession(profile: LibraryProfile, patron: PatronRow, session: SessionRow): SessionInfo {
  return {
    patron: { name: patron.name, nameKana: patron.nameKana, cardNumberMasked: maskCardNumber(patron.cardNumber) },
    mustChangePassword: patron.passwordTemporary,
    asksCurrentPassword: asksCurrentPassword(patron, profile),
    idleExpiresAt: toIso(sessionExpiry(session, profile)),
  };
}

/** A login's answer: the token to send from now on, and the session it opened. */
export function presentSignIn(profile: LibraryProfile, { patron, session }: SignedIn): LoginResponse {
  return { token: session.id, session: presentSession(profile, patron, session) };
}
