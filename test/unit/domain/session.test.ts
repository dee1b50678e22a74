import { describe, expect, it } from 'vitest';
import type { SessionRow } from '../../../mocks/db/schema';
import { isSessionExpired, touchSession } from '../../../mocks/domain/session';
import { fromIso, MINUTE, toIso } from '../../../mocks/domain/time';
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
});
