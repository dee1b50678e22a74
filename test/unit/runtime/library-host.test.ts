import { getResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, type LibraryStorage } from '../../../mocks/db/storage';
import { fromIso } from '../../../mocks/domain/time';
import { createHandlers } from '../../../mocks/handlers/handlers';
import { generatedSeed } from '../../../mocks/runtime/generated-seed';
import { LibraryHost } from '../../../mocks/runtime/library-host';
import { SEED_EPOCH } from '../../../mocks/seed/seed-library';

const API = 'http://library.test/api';

/** A storage that refuses every commit while `failing` is set, as a full disk or IndexedDB's quota does. */
function failingStorage() {
  const storage: LibraryStorage & { failing: boolean } = {
    ...memoryStorage(),
    failing: false,
    commit: async () => {
      if (storage.failing) throw new Error('QuotaExceededError: the disk is full');
      return 1;
    },
  };
  return storage;
}

function libraryOn(storage: LibraryStorage) {
  const host = new LibraryHost({
    storageFor: () => storage,
    wallClock: () => fromIso(SEED_EPOCH),
    profileSetting: { get: () => 'p003', set: () => undefined },
    clockRuns: false,
    seed: generatedSeed({ titleCount: 3000, hashIterations: 1000 }),
    hashIterations: 1000,
  });
  const handlers = createHandlers(host, API);
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const request = new Request(`${API}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const response = (await getResponse(handlers, request)) as Response;
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { host, call };
}

describe('a library whose storage fails to keep a change', () => {
  let logged: unknown[][];
  beforeEach(() => {
    logged = [];
    // The failure is logged for whoever runs the server; the test reads what was logged.
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });

  it('undoes the change in memory too, so the write answers 500 and the next read shows the library as it was', async () => {
    const storage = failingStorage();
    const { call } = libraryOn(storage);
    const { body: login } = await call('POST', '/auth/login', { cardNumber: '3000004', password: 'yomu2026' });
    const token = login.token as string;
    const before = await call('GET', '/me/account', undefined, token);
    expect(before.body.contactMethod).toBe('phone');

    storage.failing = true;
    const change = await call('PUT', '/me/contact', { contactMethod: 'mobile', applyToReservations: false }, token);
    expect(change).toMatchObject({ status: 500, body: { error: { code: 'INTERNAL_ERROR' } } });
    expect(String(logged[0]?.[1])).toContain('the disk is full');

    storage.failing = false;
    expect((await call('GET', '/me/account', undefined, token)).body).toEqual(before.body);
  });

  it('undoes a counted failed login whose count could not be kept', async () => {
    const storage = failingStorage();
    const { host, call } = libraryOn(storage);
    const failedLogins = () => host.run(async (library) => library.db.tables.patrons.where('cardNumber', '3000004')[0]?.failedLogins);
    storage.failing = true;
    const wrong = await call('POST', '/auth/login', { cardNumber: '3000004', password: 'wrong-password' });
    expect(wrong.status).toBe(500);
    expect(await failedLogins()).toBe(0);
  });
});

/** A library whose seed comes only once `seeded` is called, answering requests through the handlers. */
function seedingLibrary(profileId: 'p001' | 'p003') {
  let seeded!: () => void;
  const seeding = new Promise<void>((resolve) => (seeded = resolve));
  const generated = generatedSeed({ titleCount: 3000, hashIterations: 1000 });
  const host = new LibraryHost({
    storageFor: () => memoryStorage(),
    wallClock: () => fromIso(SEED_EPOCH),
    profileSetting: { get: () => profileId, set: () => undefined },
    clockRuns: false,
    seed: async (id) => {
      await seeding;
      return generated(id);
    },
    hashIterations: 1000,
  });
  const handlers = createHandlers(host, API);
  const get = async (path: string) => (await getResponse(handlers, new Request(`${API}${path}`))) as Response;
  return { host, get, seeded };
}

describe('a library still seeding', () => {
  it('answers its profile (GET /library) at once, and what needs its rows once they are there', async () => {
    const { host, get, seeded } = seedingLibrary('p003');
    const opened = host.run(async () => 'open');

    let searched = false;
    const search = get('/catalogue/search?q=%E6%9C%AC').then((response) => ((searched = true), response));
    const profile = await get('/library');
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ id: 'p003' });
    // Asked first, the search still waits for the seed.
    expect(searched).toBe(false);

    seeded();
    expect(await opened).toBe('open');
    expect((await search).status).toBe(200);
  });

  it('answers its profile at once when GET /library is the first thing asked, before anything opened it (the page opens it with its first request)', async () => {
    const { host, get, seeded } = seedingLibrary('p001');
    const profile = await get('/library');
    expect(await profile.json()).toMatchObject({ id: 'p001' });
    expect(host.starting).toBe(true);
    seeded();
    await host.run(async () => null);
    expect(host.starting).toBe(false);
  });
});
