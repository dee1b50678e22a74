import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../mocks/db/schema';
import { useSessionToken } from '../../src/api/client/session-token';
import { bearerToken, createApiClient } from '../../src/api/client/transport';
import { endpoints } from '../../src/api/contract/endpoints';
import { api, API_BASE, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(cardNumber: string, password: string) {
  const { token } = await api.call('login', { body: { cardNumber, password } });
  useSessionToken.setState({ token });
  return token;
}

describe('the simulated library API', () => {
  beforeEach(() => {
    openLibrary({ profileId: 'p003' });
  });

  it('answers a malformed request with VALIDATION_FAILED and the fields at fault', async () => {
    const response = await fetch(`${API_BASE}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardNumber: 42 }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { fields: { path: string }[] } } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.fields.map((field) => field.path).sort()).toEqual(['cardNumber', 'password']);
  });

  it('answers a body that is not JSON with VALIDATION_FAILED', async () => {
    const response = await fetch(`${API_BASE}/auth/login`, { method: 'POST', body: '{not json' });
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
  });

  it('requires a session where the contract says so', async () => {
    await expect(api.call('getSummary')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    useSessionToken.setState({ token: 'made-up' });
    await expect(api.call('getSession')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('never answers with a password or its hash', async () => {
    const reader = persona('p003', 'reader');
    const token = await logIn(reader.cardNumber, reader.password!);
    const bodies = await Promise.all(
      ['/library', '/auth/session', '/me/summary'].map(async (path) =>
        (await fetch(`${API_BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } })).text(),
      ),
    );
    for (const body of bodies) {
      expect(body).not.toMatch(/pbkdf2|passwordHash|yomu2026/);
    }
  });

  it('lets a patron with a temporary password do nothing but change it', async () => {
    const newcomer = persona('p003', 'newcomer');
    await logIn(newcomer.cardNumber, newcomer.password!);
    await expect(api.call('getSession')).resolves.toMatchObject({ mustChangePassword: true });
    await expect(api.call('getSummary')).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', status: 403 });
    await api.call('changePassword', { body: { currentPassword: newcomer.password!, newPassword: 'mine2026' } });
    await expect(api.call('getSummary')).resolves.toMatchObject({ name: newcomer.name });
  });

  it('leaves the password as it was when a change is refused', async () => {
    const reader = persona('p003', 'reader');
    await logIn(reader.cardNumber, reader.password!);
    await expect(api.call('changePassword', { body: { currentPassword: reader.password!, newPassword: 'no!' } })).rejects.toMatchObject({
      code: 'PASSWORD_POLICY_VIOLATION',
      details: { fields: [{ path: 'newPassword', code: 'password_alphanumeric_only' }] },
    });
    await expect(api.call('changePassword', { body: { currentPassword: 'wrong', newPassword: 'good2026' } })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).resolves.toBeDefined();
  });

  it('ends the patron’s other sessions when the password changes', async () => {
    const reader = persona('p003', 'reader');
    const other = await logIn(reader.cardNumber, reader.password!);
    const current = await logIn(reader.cardNumber, reader.password!);
    await api.call('changePassword', { body: { currentPassword: reader.password!, newPassword: 'new2026' } });
    await expect(api.call('getSession')).resolves.toBeDefined();
    useSessionToken.setState({ token: other });
    await expect(api.call('getSession')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    useSessionToken.setState({ token: current });
  });

  it('counts what the summary shows from the patron’s own rows', async () => {
    const holder = persona('p003', 'holder');
    await logIn(holder.cardNumber, holder.password!);
    const summary = await api.call('getSummary');
    // Ten single reservations and a three-volume series are open (the two 取消 are not); one is 利用可能.
    expect(summary.counts).toEqual({ loans: 0, overdueLoans: 0, reservations: 13, readyReservations: 1, cartItems: 0 });
    expect(summary.cardNumberMasked).toBe('***0002');
  });

  it('injects failures that change nothing, and says so with SERVICE_UNAVAILABLE', async () => {
    const reader = persona('p003', 'reader');
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0.5 } });
    // A client that tries once, to see every injected failure (the app's retries two of them).
    const once = createApiClient({ endpoint: (name) => endpoints[name], baseUrl: API_BASE, auth: bearerToken(() => null), retry: false });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => once.call('getLibrary')));
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(failures.length).toBeGreaterThan(5);
    for (const failure of failures)
      expect((failure as PromiseRejectedResult).reason).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        details: { retryAfterSeconds: 1 },
      });
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0 } });
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).resolves.toBeDefined();
  });
});

describe('the simulated network delay while the library starts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers the library’s profile at once while the library starts, and with the set delay once it is open', async () => {
    // Only setTimeout is held, so a delay is the one thing that cannot pass unless the test moves the clock.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const host = openLibrary({ profileId: 'p003', network: { latency: 'slow', failureRate: 0, offline: false } });
    expect(host.starting).toBe(true);
    await expect(api.call('getLibrary')).resolves.toMatchObject({ id: 'p003' });

    await host.run(async () => null);
    expect(host.starting).toBe(false);
    let answered = false;
    const asked = api.call('getLibrary').then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    await asked;
    expect(answered).toBe(true);
  });
});

describe('the simulation API', () => {
  beforeEach(() => {
    openLibrary({ profileId: 'p003' });
  });

  it('reports the profile, the seed and the clock', async () => {
    const status = await api.call('simGetStatus');
    expect(status).toMatchObject({
      profileId: 'p003',
      schemaVersion: SCHEMA_VERSION,
      reseedReason: null,
      clock: { now: '2026-11-24T10:00:00+09:00', running: false },
    });
    expect(status.profiles.map((profile) => profile.id)).toEqual(['p000', 'p001', 'p002', 'p003', 'p004']);
  });

  it('sets and advances the clock, but never backwards', async () => {
    await expect(api.call('simSetClock', { body: { now: '2026-12-01T09:00:00+09:00' } })).resolves.toMatchObject({
      clock: { now: '2026-12-01T09:00:00+09:00', running: false },
    });
    await expect(api.call('simAdvanceClock', { body: { minutes: 90 } })).resolves.toMatchObject({
      clock: { now: '2026-12-01T10:30:00+09:00', running: false },
    });
    await expect(api.call('simSetClock', { body: { now: '2026-11-30T00:00:00+09:00' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'now', code: 'clock_backwards' }] },
    });
  });

  it('switches to another library with its own rules and patrons', async () => {
    await api.call('simSetProfile', { body: { profileId: 'p000' } });
    const library = await api.call('getLibrary');
    expect(library.cardNumber.length).toBe(8);
    await expect(api.call('login', { body: { cardNumber: '0123456-7', password: '246810' } })).resolves.toMatchObject({
      session: { patron: { name: '山田 花子' } },
    });
  });

  it('resets the library to its seed', async () => {
    const reader = persona('p003', 'reader');
    await logIn(reader.cardNumber, reader.password!);
    await api.call('changePassword', { body: { currentPassword: reader.password!, newPassword: 'changed1' } });
    await api.call('simReset');
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).resolves.toBeDefined();
  });
});
