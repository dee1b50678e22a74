import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../../mocks/handlers/define-handler';
import { createHandlers } from '../../mocks/handlers/handlers';
import { memoryStorage, type LibraryStorage } from '../../mocks/db/storage';
import { fromIso } from '../../mocks/domain/time';
import { generatedSeed } from '../../mocks/runtime/generated-seed';
import { LibraryHost } from '../../mocks/runtime/library-host';
import { SEED_EPOCH } from '../../mocks/seed/seed-library';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona, testLibraryOptions } from './harness';

interceptApiRequests();

const reader = persona('p003', 'reader');
const holder = persona('p003', 'holder');

/** A login as a client at `address` would send it over HTTP (the server sets the header from the socket). */
const logInFrom = (address: string, cardNumber: string, password: string) =>
  fetch(`${API_BASE}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: address },
    body: JSON.stringify({ cardNumber, password }),
  });

async function codesOf(answers: Promise<Response>[]): Promise<string[]> {
  const codes: string[] = [];
  for (const answer of answers) codes.push(((await (await answer).json()) as { error?: { code: string } }).error?.code ?? 'OK');
  return codes;
}

async function failFiveTimes(address: string, cardNumber: string): Promise<string[]> {
  const codes: string[] = [];
  for (let n = 0; n < 5; n++) codes.push(...(await codesOf([logInFrom(address, cardNumber, 'wrong0')])));
  return codes;
}

describe('a login that reveals nothing', () => {
  let host: LibraryHost;
  beforeEach(() => {
    host = openLibrary({ profileId: 'p003' });
  });

  it('locks an unknown card after five failures exactly as a known one, so neither status tells which cards exist', async () => {
    const expected = ['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED'];
    expect(await failFiveTimes('192.0.2.1', reader.cardNumber)).toEqual(expected);
    expect(await failFiveTimes('192.0.2.2', '3999999')).toEqual(expected);
    expect(await codesOf([logInFrom('192.0.2.3', reader.cardNumber, reader.password!), logInFrom('192.0.2.3', '3999999', 'any')])).toEqual([
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
  });

  it('counts a wrong current password on the password change towards the lockout', async () => {
    await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } }).then(({ token }) => {
      useSessionToken.setState({ token });
    });
    for (let n = 0; n < 4; n++) {
      await expect(api.call('changePassword', { body: { currentPassword: `wrong${n}`, newPassword: 'good2026' } })).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
        details: { fields: [{ path: 'currentPassword', code: 'wrong_password' }] },
      });
    }
    await expect(api.call('changePassword', { body: { currentPassword: 'wrong4', newPassword: 'good2026' } })).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
      status: 423,
    });
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
    });
  });

  it('stops one client after ten failed logins with 429 and Retry-After, so that it cannot lock out card after card', async () => {
    expect(await failFiveTimes('198.51.100.7', reader.cardNumber)).toContain('ACCOUNT_LOCKED');
    expect(await failFiveTimes('198.51.100.7', holder.cardNumber)).toContain('ACCOUNT_LOCKED');
    const limited = await logInFrom('198.51.100.7', persona('p003', 'quiet').cardNumber, 'wrong0');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 15 * 60 } } });
    // The third card was never tried, and another client is not held back.
    expect((await logInFrom('198.51.100.8', persona('p003', 'quiet').cardNumber, persona('p003', 'quiet').password!)).status).toBe(200);
    await advanceClock(15);
    expect((await logInFrom('198.51.100.7', persona('p003', 'quiet').cardNumber, persona('p003', 'quiet').password!)).status).toBe(200);
  });

  it('ends a session 12 hours after its login however busy the patron is', async () => {
    const { token } = await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    useSessionToken.setState({ token });
    for (let minutes = 0; minutes < 12 * 60 - 25; minutes += 25) {
      await advanceClock(25);
      await expect(api.call('getSession')).resolves.toBeDefined();
    }
    await advanceClock(25);
    await expect(api.call('getSession')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
  });

  it('purges the sessions that have ended when someone logs in', async () => {
    await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    await advanceClock(31);
    const { token } = await api.call('login', { body: { cardNumber: holder.cardNumber, password: holder.password! } });
    expect(await host.run(async (library) => library.db.tables.sessions.all().map((session) => session.id))).toEqual([token]);
  });
});

describe('a logged-in read', () => {
  it('does not write: the session’s last-seen time is stored once a minute at most', async () => {
    let commits = 0;
    const counting = (): LibraryStorage => {
      const storage = memoryStorage();
      return { ...storage, commit: (changes, whole) => ((commits += 1), storage.commit(changes, whole)) };
    };
    let profileId: ProfileId = 'p003';
    const host = new LibraryHost({
      storageFor: counting,
      wallClock: () => fromIso(SEED_EPOCH),
      profileSetting: { get: () => profileId, set: (id) => (profileId = id) },
      clockRuns: false,
      seed: generatedSeed(testLibraryOptions),
      hashIterations: testLibraryOptions.hashIterations,
    });
    overrideApi(...createHandlers(host, API_BASE));
    const { token } = await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    useSessionToken.setState({ token });
    const afterLogin = commits;
    for (let n = 0; n < 3; n++) await api.call('getSummary');
    expect(commits).toBe(afterLogin);
    await advanceClock(2);
    const afterMove = commits;
    await api.call('getSummary');
    await api.call('getSummary');
    expect(commits).toBe(afterMove + 1);
  });
});

describe('a password hash made at a lower cost', () => {
  it('is made again at the library’s cost at the next successful login, and the password still works; a failed login changes nothing', async () => {
    // The seed's hashes are made at testLibraryOptions' 1000 iterations; this library asks for 2000.
    let profileId: ProfileId = 'p003';
    const host = new LibraryHost({
      storageFor: () => memoryStorage(),
      wallClock: () => fromIso(SEED_EPOCH),
      profileSetting: { get: () => profileId, set: (id) => (profileId = id) },
      clockRuns: false,
      seed: generatedSeed(testLibraryOptions),
      hashIterations: 2 * testLibraryOptions.hashIterations,
    });
    overrideApi(...createHandlers(host, API_BASE));
    const storedHash = () =>
      host.run(async (library) => library.db.tables.patrons.all().find((patron) => patron.cardNumber === reader.cardNumber)!.passwordHash!);
    const before = await storedHash();
    expect(before).toMatch(/^pbkdf2-sha256\$1000\$/);

    expect(await codesOf([logInFrom('192.0.2.30', reader.cardNumber, 'wrong0')])).toEqual(['INVALID_CREDENTIALS']);
    expect(await storedHash()).toBe(before);

    await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    const after = await storedHash();
    expect(after).toMatch(/^pbkdf2-sha256\$2000\$/);
    expect(after).not.toContain(reader.password!);
    await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    expect(await storedHash()).toBe(after);
  });
});
