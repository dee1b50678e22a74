import { describe, expect, it } from 'vitest';
import type { PatronRow } from '../../../mocks/db/schema';
import type { DomainError } from '../../../mocks/domain/errors';
import {
  afterFailedLogin,
  CLIENT_LOGIN_LIMIT,
  recentClientFailures,
  refuseIfClientLimited,
  refuseIfLocked,
  refuseIfTemporaryNotYetValid,
} from '../../../mocks/domain/login';
import { fromIso, MINUTE, toIso } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';
import { patronRow } from '../patron-row';

const now = fromIso('2026-11-24T10:00:00+09:00');
const patron: PatronRow = patronRow({ passwordIssuedAt: toIso(now - 100 * MINUTE), registeredAt: toIso(now) });

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('login attempts', () => {
  it('count failures and lock the card on the fifth in a row for 15 minutes', () => {
    let state = patron;
    for (let n = 1; n <= 4; n++) {
      state = { ...state, ...afterFailedLogin(state, now, profiles.p003) };
      expect(state.lockedUntil).toBeNull();
    }
    state = { ...state, ...afterFailedLogin(state, now, profiles.p003) };
    expect(state.failedLogins).toBe(5);
    expect(state.lockedUntil).toBe(toIso(now + 15 * MINUTE));
  });

  it('refuse a locked card until the lock runs out, then open by themselves', () => {
    const locked = { ...patron, failedLogins: 5, lockedUntil: toIso(now + 15 * MINUTE) };
    expect(codeOf(() => refuseIfLocked(locked, now + 14 * MINUTE))).toBe('ACCOUNT_LOCKED');
    expect(codeOf(() => refuseIfLocked(locked, now + 15 * MINUTE))).toBeNull();
  });

  it('start counting afresh after a lock has run out', () => {
    const expired = { ...patron, failedLogins: 5, lockedUntil: toIso(now - MINUTE) };
    expect(afterFailedLogin(expired, now, profiles.p003)).toEqual({ failedLogins: 1, lockedUntil: null });
  });
});

describe('p001 temporary passwords', () => {
  const issued = { ...patron, passwordTemporary: true, passwordIssuedAt: toIso(now) };

  it('work only from 30 minutes after issue, and say from when', () => {
    try {
      refuseIfTemporaryNotYetValid(issued, now + 29 * MINUTE, profiles.p001);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('TEMPORARY_PASSWORD_NOT_YET_VALID');
      expect((error as DomainError).details.validFrom).toBe('2026-11-24T10:30:00+09:00');
    }
    expect(codeOf(() => refuseIfTemporaryNotYetValid(issued, now + 30 * MINUTE, profiles.p001))).toBeNull();
  });

  it('have no waiting time in libraries without that rule', () => {
    expect(codeOf(() => refuseIfTemporaryNotYetValid(issued, now, profiles.p000))).toBeNull();
  });
});

describe('failed logins from one client', () => {
  const failures = Array.from({ length: CLIENT_LOGIN_LIMIT.failures }, (_, n) => now + n * MINUTE);

  it('are refused with RATE_LIMITED at the tenth within 15 minutes, saying how long to wait', () => {
    expect(codeOf(() => refuseIfClientLimited(failures.slice(1), now + 10 * MINUTE))).toBeNull();
    try {
      refuseIfClientLimited(failures, now + 10 * MINUTE);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('RATE_LIMITED');
      expect((error as DomainError).details.retryAfterSeconds).toBe(5 * 60);
    }
  });

  it('count only the window: the oldest leaves it after 15 minutes', () => {
    expect(recentClientFailures(failures, now + 15 * MINUTE)).toHaveLength(CLIENT_LOGIN_LIMIT.failures - 1);
    expect(codeOf(() => refuseIfClientLimited(recentClientFailures(failures, now + 15 * MINUTE), now + 15 * MINUTE))).toBeNull();
  });
});
