import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/client/api-error';
import { createApiClient } from '../../../src/api/client/transport';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function clientAnswering(answer: (request: Request) => Response | Promise<Response>, token: string | null = null) {
  const seen: Request[] = [];
  const client = createApiClient({
    baseUrl: 'https://library.example/api/',
    getToken: () => token,
    timeoutMs: 50,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push(request);
      return answer(request);
    },
  });
  return { client, seen };
}

const session = { patron: { name: '山田 花子', nameKana: 'ヤマダ ハナコ', cardNumberMasked: '***0001' }, mustChangePassword: false, idleExpiresAt: '2026-11-24T10:30:00+09:00' };

describe('the API client', () => {
  it('calls the endpoint of the contract at the configured base URL with the bearer token', async () => {
    const { client, seen } = clientAnswering(() => json(session), 'token-1');
    await expect(client.call('getSession')).resolves.toEqual(session);
    expect(seen[0]?.url).toBe('https://library.example/api/auth/session');
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('raises CONTRACT_VIOLATION when an answer does not match the contract, instead of handing on undefined', async () => {
    const { client } = clientAnswering(() => json({ patron: { name: '山田 花子' } }));
    const error = await client.call('getSession').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'CONTRACT_VIOLATION', status: 200 });
  });

  it('raises the typed error of the envelope with its details', async () => {
    const { client } = clientAnswering(() =>
      json({ error: { code: 'ACCOUNT_LOCKED', message: 'locked', details: { lockedUntil: '2026-11-24T10:15:00+09:00' } } }, 423),
    );
    await expect(client.call('login', { body: { cardNumber: '3000001', password: 'x' } })).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
      status: 423,
      details: { lockedUntil: '2026-11-24T10:15:00+09:00' },
    });
  });

  it('raises CONTRACT_VIOLATION for a failure without the envelope (e.g. a proxy page)', async () => {
    const { client } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(client.call('getLibrary')).rejects.toMatchObject({ code: 'CONTRACT_VIOLATION', status: 502 });
  });

  it('raises NETWORK_ERROR when the request never reaches a backend', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('fetch failed');
    });
    await expect(client.call('getLibrary')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: null });
  });

  it('raises TIMEOUT when the backend does not answer in time', async () => {
    const { client } = clientAnswering(
      (request) =>
        new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    await expect(client.call('getLibrary')).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('answers nothing for 204 endpoints', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }), 't');
    await expect(client.call('logout')).resolves.toBeUndefined();
  });
});
