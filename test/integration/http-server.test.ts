import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpLibrary, type HttpLibrary } from '../../mocks/http/serve';
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
    headers: { 'Content-Type': 'application/json' },
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
