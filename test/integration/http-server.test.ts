import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpLibrary, type HttpLibrary } from '../../mocks/http/serve';
import { SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { testLibraryOptions } from './harness';

// `npm run api` as a page on another origin meets it: the headers a browser needs to see.

let library: HttpLibrary;

beforeAll(async () => {
  library = await startHttpLibrary({ profileId: 'p003', ...testLibraryOptions });
});
afterAll(() => library.close());

const setFailureRate = (failureRate: number) =>
  fetch(`${library.url}/_sim/network`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', [SIMULATION_SECRET_HEADER]: library.simulationSecret! },
    body: JSON.stringify({ latency: 'none', failureRate }),
  });

describe('the simulated library over HTTP', () => {
  it('says how long to wait after a 503 in the envelope and as Retry-After, which a page on another origin may read', async () => {
    expect((await setFailureRate(0.5)).ok).toBe(true);
    try {
      // Half the requests fail: the first of twenty that does is the one to read.
      let answer = await fetch(`${library.url}/library`, { headers: { Origin: 'http://app.example' } });
      for (let tries = 1; answer.status !== 503 && tries < 20; tries++)
        answer = await fetch(`${library.url}/library`, { headers: { Origin: 'http://app.example' } });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(await answer.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 1 } } });
    } finally {
      await setFailureRate(0);
    }
    expect((await fetch(`${library.url}/library`)).status).toBe(200);
  });

  it('serves the contract it speaks at /openapi.json', async () => {
    const answer = await fetch(`${library.url}/openapi.json`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Shiori library patron API' } });
  });
});

describe('the simulation API over HTTP', () => {
  const status = (headers: Record<string, string>, path = '/_sim/status') =>
    fetch(`${library.url}${path}`, { headers: { Origin: 'http://app.example', ...headers } });

  it('answers only with the secret the server was given, and 401 in the envelope without it or with a wrong one', async () => {
    const refused = [
      await status({}),
      await status({ [SIMULATION_SECRET_HEADER]: 'a-wrong-secret-of-some-length' }),
      await status({}, '/_SIM/status'),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(401);
      expect(await answer.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    const reset = await fetch(`${library.url}/_sim/reset`, { method: 'POST' });
    expect(reset.status).toBe(401);
    const allowed = await status({ [SIMULATION_SECRET_HEADER]: library.simulationSecret! });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ profileId: 'p003' });
  });

  it('gives no page on another origin the right to call it: no CORS headers on /_sim, the patron API keeps them', async () => {
    const answer = await status({ [SIMULATION_SECRET_HEADER]: library.simulationSecret! });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${library.url}/_sim/sessions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await fetch(`${library.url}/library`, { headers: { Origin: 'http://app.example' } })).headers.get('access-control-allow-origin'),
    ).toBe('*');
  });

  it('is left out entirely when the server is started without it: /_sim is an unknown path', async () => {
    const without = await startHttpLibrary({ profileId: 'p003', ...testLibraryOptions, simulation: 'off' });
    try {
      expect(without.simulationSecret).toBeNull();
      const answer = await fetch(`${without.url}/_sim/status`);
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await fetch(`${without.url}/library`)).status).toBe(200);
    } finally {
      await without.close();
    }
  });

  it('refuses a secret too short to be safe', async () => {
    await expect(startHttpLibrary({ ...testLibraryOptions, simulation: { secret: 'short' } })).rejects.toThrow(/at least 16/);
  });
});
