import { describe, expect, it } from 'vitest';
import type { SessionRow } from '../../../mocks/db/schema';
import { isSessionExpired, isTouchDue, sessionExpiry, touchSession } from '../../../mocks/domain/session';
import { fromIso, HOUR, MINUTE, toIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';

const start = fromIso('2026-11-24T10:00:00+09:00');
const session: SessionRow = { id: 't', patronId: 'P1', createdAt: toIso(start), lastSeenAt: toIso(start) };

describe('sessions', () => {
  it('end after 30 minutes without a request', () => {
    expect(isSessionExpired(session, start + 29 * MINUTE, profiles.p003)).toBe(false);
    expect(isSessionExpired(session, start + 30 * MINUTE, profiles.p003)).toBe(true);
  });

  it('live on while the patron keeps doing things', () => {
    const touched = touchSession(session, start + 25 * MINUTE);
    expect(isSessionExpired(touched, start + 50 * MINUTE, profiles.p003)).toBe(false);
  });

  it('end 12 hours after login however busy the patron is', () => {
    const busy = touchSession(session, start + 12 * HOUR - MINUTE);
    expect(isSessionExpired(busy, start + 12 * HOUR - 1, profiles.p003)).toBe(false);
    expect(isSessionExpired(busy, start + 12 * HOUR, profiles.p003)).toBe(true);
    expect(sessionExpiry(busy, profiles.p003)).toBe(start + 12 * HOUR);
  });

  it('store a new last-seen time only once a minute has passed, so that reading does not write', () => {
    expect(isTouchDue(session, start + MINUTE - 1)).toBe(false);
    expect(isTouchDue(session, start + MINUTE)).toBe(true);
  });
});
