import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/api/client/api-error';
import { bearerToken, createApiClient, type AuthScheme, type TransportConfig } from '../../../src/api/client/transport';
import { endpoints, type EndpointName } from '../../../src/api/contract/endpoints';

/** The whole contract, at hand: these tests are about the transport, not about loading the contract. */
const endpoint = (name: EndpointName) => endpoints[name];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function clientAnswering(
  answer: (request: Request) => Response | Promise<Response>,
  token: string | null = null,
  config: Partial<TransportConfig> = {},
) {
  const seen: Request[] = [];
  const waits: number[] = [];
  const client = createApiClient({
    endpoint,
    baseUrl: 'https://library.example/api/',
    auth: bearerToken(() => token),
    timeoutMs: 50,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push(request);
      return answer(request);
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...config,
  });
  return { client, seen, waits };
}

/** Answers each request with the next of `answers` (the last one again when they run out). */
const inTurn = (...answers: (() => Response)[]) => {
  let turn = 0;
  return () => answers[Math.min(turn++, answers.length - 1)]!();
};

const unavailable = (retryAfterSeconds?: number) => () =>
  json(
    {
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message: 'busy',
        ...(retryAfterSeconds === undefined ? {} : { details: { retryAfterSeconds } }),
      },
    },
    503,
  );
const unreachable = () => {
  throw new TypeError('fetch failed');
};

const session = {
  patron: { name: '山田 花子', nameKana: 'ヤマダ ハナコ', cardNumberMasked: '***0001' },
  mustChangePassword: false,
  idleExpiresAt: '2026-11-24T10:30:00+09:00',
};

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

  it('starts no request, and no timeout, before a backend starting in the page is ready', async () => {
    let started!: () => void;
    const backendReady = new Promise<void>((resolve) => (started = resolve));
    const { client, seen } = clientAnswering(() => new Response(null, { status: 204 }), 't', { backendReady: () => backendReady });
    vi.useFakeTimers();
    try {
      const call = client.call('logout');
      // Twenty timeouts' worth of seeding: the request has not left, so it cannot have timed out.
      await vi.advanceTimersByTimeAsync(1000);
      expect(seen).toHaveLength(0);
      started();
      await expect(call).resolves.toBeUndefined();
      expect(seen).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a request once the backend takes it, and starts its timeout only once the backend has started', async () => {
    let started!: () => void;
    const backendStarted = new Promise<void>((resolve) => (started = resolve));
    let answer!: (response: Response) => void;
    const { client, seen } = clientAnswering(
      (request) =>
        new Promise((resolve, reject) => {
          answer = resolve;
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      't',
      { backendStarted: () => backendStarted },
    );
    vi.useFakeTimers();
    try {
      const call = client.call('logout');
      // The backend takes the request at once and is still starting twenty timeouts later: it has not timed out.
      await vi.advanceTimersByTimeAsync(1000);
      expect(seen).toHaveLength(1);
      started();
      await vi.advanceTimersByTimeAsync(10);
      answer(new Response(null, { status: 204 }));
      await expect(call).resolves.toBeUndefined();
      // Once started, the backend has its timeout as any other.
      const late = client.call('logout');
      const timedOut = expect(late).rejects.toMatchObject({ code: 'TIMEOUT' });
      await vi.advanceTimersByTimeAsync(60);
      await timedOut;
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers nothing for 204 endpoints', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }), 't');
    await expect(client.call('logout')).resolves.toBeUndefined();
  });
});

const library = { name: { ja: 'テスト図書館', en: 'Test Library' } };
const placing = {
  requestId: 'req-0001-abcd',
  titleIds: ['t1'],
  pickupBranchId: 'b1',
  contactMethod: 'email1' as const,
  mode: 'normal' as const,
};

describe('the API client repeating what may be repeated', () => {
  it('retries a read after the request did not arrive or the backend was busy, waiting longer each time', async () => {
    const { client, seen, waits } = clientAnswering(
      inTurn(unreachable, unavailable(), () => json(session)),
      't',
    );
    await expect(client.call('getSession')).resolves.toEqual(session);
    expect(seen).toHaveLength(3);
    expect(waits).toHaveLength(2);
    // 300 ms, then 600 ms, each with up to half taken off as jitter.
    expect(waits[0]).toBeGreaterThanOrEqual(150);
    expect(waits[0]).toBeLessThanOrEqual(300);
    expect(waits[1]).toBeGreaterThanOrEqual(300);
    expect(waits[1]).toBeLessThanOrEqual(600);
  });

  it('gives up after three tries and raises the last failure', async () => {
    const { client, seen } = clientAnswering(unavailable(), 't');
    await expect(client.call('getSession')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(seen).toHaveLength(3);
  });

  it('sends a keyed write with its requestId as Idempotency-Key, and the same key and body again when it retries', async () => {
    const placed = { placed: [], refused: [] };
    const { client, seen, waits } = clientAnswering(
      inTurn(unavailable(1), () => json(placed)),
      't',
    );
    await client.call('placeReservations', { body: placing }).catch(() => undefined);
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.method).toBe('POST');
      expect(request.headers.get('Idempotency-Key')).toBe(placing.requestId);
      expect(JSON.parse(await request.text())).toEqual(placing);
    }
    // The backend asked for one second (details.retryAfterSeconds), and was given it.
    expect(waits).toEqual([1000]);
  });

  it('honours a Retry-After header when the envelope does not say how long to wait', async () => {
    const busy = () =>
      new Response(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'slow down' } }), {
        status: 429,
        headers: { 'Retry-After': '2' },
      });
    const { client, waits } = clientAnswering(
      inTurn(busy, () => json(session)),
      't',
    );
    await expect(client.call('getSession')).resolves.toEqual(session);
    expect(waits).toEqual([2000]);
  });

  it('does not make the patron wait when the backend asks for longer than five seconds: the failure says how long', async () => {
    const { client, seen } = clientAnswering(unavailable(60), 't');
    await expect(client.call('getSession')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 60 } });
    expect(seen).toHaveLength(1);
  });

  it('never repeats a write that is neither safe nor keyed: the patron decides', async () => {
    const { client, seen } = clientAnswering(unavailable(), 't');
    await expect(client.call('addToCart', { body: { titleIds: ['t1'] } })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(client.call('login', { body: { cardNumber: '3000001', password: 'x' } })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(seen.map((request) => request.headers.get('Idempotency-Key'))).toEqual([null, null]);
  });

  it('repeats a write the contract marks safe (it sets a state)', async () => {
    const { client, seen } = clientAnswering(
      inTurn(unreachable, () => json({})),
      't',
    );
    // The second answer is not a ChangeContactResult; what matters here is that it was asked for.
    await client.call('changeContact', { body: { contactMethod: 'phone', applyToReservations: false } }).catch(() => undefined);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers.get('Idempotency-Key')).toBeNull();
  });

  it('does not retry a timeout, a fault of the backend, a refusal or an answer outside the contract', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const cases: [(request: Request) => Response | Promise<Response>, string][] = [
      [hang, 'TIMEOUT'],
      [() => json({ error: { code: 'INTERNAL_ERROR', message: 'bug' } }, 500), 'INTERNAL_ERROR'],
      [() => json({ error: { code: 'NOT_FOUND', message: 'no' } }, 404), 'NOT_FOUND'],
      [() => new Response('<html>Bad gateway</html>', { status: 502 }), 'CONTRACT_VIOLATION'],
    ];
    for (const [answer, code] of cases) {
      const { client, seen } = clientAnswering(answer, 't');
      await expect(client.call('getSession')).rejects.toMatchObject({ code });
      expect(seen, code).toHaveLength(1);
    }
  });

  it('tries once when retrying is turned off', async () => {
    const { client, seen } = clientAnswering(unavailable(), null, { retry: false });
    await expect(client.call('getLibrary')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(seen).toHaveLength(1);
  });
});

describe('the API client with another auth scheme', () => {
  it('sends what the scheme adds, with its credentials mode, and no bearer token', async () => {
    // A backend that keeps the session in a cookie and wants an API key per application.
    const cookieSession: AuthScheme = {
      credentials: 'include',
      authorize: (headers) => headers.set('X-Api-Key', 'shiori-web'),
    };
    const { client, seen } = clientAnswering(() => json(library), null, { auth: cookieSession });
    await client.call('getLibrary').catch(() => undefined);
    expect(seen[0]?.headers.get('X-Api-Key')).toBe('shiori-web');
    expect(seen[0]?.headers.get('Authorization')).toBeNull();
    expect(seen[0]?.credentials).toBe('include');
  });

  it('meets a login that answers differently through a fetch adapter, so features still get the contract’s shape', async () => {
    // The backend answers login with the patron and a cookie, no token; the adapter answers the
    // contract's LoginResponse, with a token the cookie scheme never sends.
    const backend = async (request: Request) =>
      new URL(request.url).pathname.endsWith('/auth/login')
        ? json({ user: { displayName: '山田 花子', kana: 'ヤマダ ハナコ', card: '***0001' }, idleUntil: session.idleExpiresAt })
        : json(session);
    const adapter: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const answer = await backend(request);
      if (!new URL(request.url).pathname.endsWith('/auth/login') || !answer.ok) return answer;
      const own = (await answer.json()) as { user: { displayName: string; kana: string; card: string }; idleUntil: string };
      const patron = { name: own.user.displayName, nameKana: own.user.kana, cardNumberMasked: own.user.card };
      return json({ token: 'cookie', session: { patron, mustChangePassword: false, idleExpiresAt: own.idleUntil } });
    };
    const client = createApiClient({
      endpoint,
      baseUrl: 'https://library.example/api',
      auth: { credentials: 'include', authorize: () => undefined },
      fetch: adapter,
    });
    await expect(client.call('login', { body: { cardNumber: '3000001', password: 'yomu2026' } })).resolves.toEqual({
      token: 'cookie',
      session,
    });
  });

  it('asks the scheme again for every retry, so a refreshed credential is used', async () => {
    let version = 0;
    const rotating: AuthScheme = { authorize: (headers) => headers.set('Authorization', `Bearer v${++version}`) };
    const { client, seen } = clientAnswering(
      inTurn(unavailable(), () => json(session)),
      null,
      { auth: rotating },
    );
    await client.call('getSession');
    expect(seen.map((request) => request.headers.get('Authorization'))).toEqual(['Bearer v1', 'Bearer v2']);
  });
});
