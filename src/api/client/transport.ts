import { safeParse } from 'zod/mini';
import { ErrorEnvelope, type ErrorCode } from '../contract/errors';
import { buildPath, IDEMPOTENCY_KEY_HEADER, idempotencyOf, type Endpoint } from '../contract/endpoint';
import type { EndpointName, RequestOf, ResponseOf } from '../contract/endpoints';
import { ApiError } from './api-error';

/**
 * How a request proves whose session it belongs to. The contract's backend wants a bearer token
 * (`bearerToken`); a backend that differs (a session cookie, an API key beside the token, a signed
 * header) gets its own scheme here, and no feature changes.
 */
export interface AuthScheme {
  /** Adds the credentials to a request about to be sent (called again for each retry). */
  authorize(headers: Headers): void | Promise<void>;
  /** fetch's credentials mode: `include` for a cookie session on another origin. */
  credentials?: RequestCredentials;
}

/** `Authorization: Bearer <token>` while a session is open. */
export function bearerToken(getToken: () => string | null): AuthScheme {
  return {
    authorize(headers) {
      const token = getToken();
      if (token) headers.set('Authorization', `Bearer ${token}`);
    },
  };
}

/**
 * Automatic repetition of a request that may be repeated (every GET, and the writes the contract
 * marks `safe` or `keyed`) after a failure that says nothing about the request itself.
 */
interface RetryPolicy {
  /** Tries in all, the first included; 1 turns retrying off. */
  attempts: number;
  /** The wait before the first retry, doubled for each next one (with jitter). */
  baseDelayMs: number;
  /** A backend asking to wait longer than this (Retry-After) is not retried: the patron is told instead. */
  maxDelayMs: number;
}

const defaultRetryPolicy: RetryPolicy = { attempts: 3, baseDelayMs: 300, maxDelayMs: 5_000 };

/**
 * The failures worth one more try: the request did not arrive, or the backend said it is busy.
 * Not TIMEOUT (the patron has already waited the whole timeout once), not INTERNAL_ERROR (a fault
 * does not mend itself), never a refusal.
 */
const transientCodes: ReadonlySet<ErrorCode> = new Set(['NETWORK_ERROR', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED']);

export interface TransportConfig<Names extends EndpointName = EndpointName> {
  /**
   * The endpoints this client calls, by name: the app's loads each module of the contract on its
   * first call (src/api/contract/endpoint-modules.ts), so that a page carries only the schemas it uses.
   */
  endpoint: (name: Names) => Endpoint | Promise<Endpoint>;
  /** Absolute (`https://library.example/api`) or relative to the page (`/api`). */
  baseUrl: string;
  auth: AuthScheme;
  timeoutMs?: number;
  /** `false` turns retrying off (the conformance suite wants to see every answer as it is). */
  retry?: Partial<RetryPolicy> | false;
  fetch?: typeof fetch;
  /** How a retry waits; tests pass one that does not. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * A backend that starts inside the page (the simulated library, seeding its database on a first
   * visit) says here when it takes requests: a request waits for it before it is sent.
   */
  backendReady?: () => Promise<unknown>;
  /**
   * And when it has started (its database open): a request's timeout starts only then, so that no
   * request times out because the library is still starting, while what the backend can answer
   * sooner (its profile) is answered sooner. `backendReady` when not given.
   */
  backendStarted?: () => Promise<unknown>;
}

export interface ApiClient<Names extends EndpointName = EndpointName> {
  call<N extends Names>(name: N, ...request: keyof RequestOf<N> extends never ? [] : [RequestOf<N>]): Promise<ResponseOf<N>>;
}

interface AnyRequest {
  params?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function resolveBase(baseUrl: string): string {
  const origin = globalThis.location?.origin;
  const absolute = /^https?:\/\//.test(baseUrl) ? baseUrl : new URL(baseUrl, origin ?? 'http://localhost').toString();
  return absolute.replace(/\/+$/, '');
}

function toSearch(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Retry-After in seconds (RFC 9110 allows seconds or an HTTP date). */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one seam between the app and a backend: URL, auth, the idempotency key, timeout, retries
 * of what may be repeated, and parsing of every answer against the contract. A backend that
 * answers outside the contract raises CONTRACT_VIOLATION here instead of an `undefined` deep in
 * the UI; every failure is an ApiError with a code from the contract's closed list.
 */
export function createApiClient<Names extends EndpointName>(config: TransportConfig<Names>): ApiClient<Names> {
  const doFetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = config.timeoutMs ?? 15_000;
  const retry: RetryPolicy = config.retry === false ? { ...defaultRetryPolicy, attempts: 1 } : { ...defaultRetryPolicy, ...config.retry };
  const sleep = config.sleep ?? wait;

  async function send(name: Names, endpoint: Endpoint, url: string, request: AnyRequest): Promise<unknown> {
    // A text answer (a calendar) is asked for as what it is; its failures still come as JSON.
    const headers = new Headers({
      Accept: endpoint.responseMediaType ? `${endpoint.responseMediaType}, application/json` : 'application/json',
    });
    await config.auth.authorize(headers);
    const hasBody = 'body' in endpoint;
    if (hasBody) headers.set('Content-Type', 'application/json');
    const requestId = (request.body as { requestId?: unknown } | undefined)?.requestId;
    if (idempotencyOf(endpoint) === 'keyed' && typeof requestId === 'string') headers.set(IDEMPOTENCY_KEY_HEADER, requestId);

    await config.backendReady?.();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    void Promise.resolve(config.backendStarted?.())
      .catch(() => undefined)
      .then(() => {
        if (!settled) timer = setTimeout(() => controller.abort(), timeoutMs);
      });
    let response: Response;
    try {
      response = await doFetch(url, {
        method: endpoint.method,
        headers,
        body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
        credentials: config.auth.credentials,
        signal: controller.signal,
      });
    } catch (cause) {
      if (controller.signal.aborted) throw new ApiError('TIMEOUT', `${name}: no answer within ${timeoutMs} ms`, { cause });
      throw new ApiError('NETWORK_ERROR', `${name}: the request did not reach the library`, { cause });
    } finally {
      settled = true;
      clearTimeout(timer);
    }

    const payload: unknown =
      response.status === 204
        ? undefined
        : response.ok && endpoint.responseMediaType
          ? await response.text()
          : await response.json().catch(() => undefined);
    if (!response.ok) {
      const envelope = ErrorEnvelope.safeParse(payload);
      if (!envelope.success) {
        throw new ApiError('CONTRACT_VIOLATION', `${name}: HTTP ${response.status} without an error envelope`, {
          status: response.status,
        });
      }
      const { code, message, details = {} } = envelope.data.error;
      const retryAfter = details.retryAfterSeconds ?? retryAfterSeconds(response);
      throw new ApiError(code, message, {
        status: response.status,
        details: retryAfter === undefined ? details : { ...details, retryAfterSeconds: retryAfter },
        read: endpoint.method === 'GET',
      });
    }
    if (endpoint.response === null) return undefined;
    const parsed = safeParse(endpoint.response, payload);
    if (!parsed.success) {
      throw new ApiError('CONTRACT_VIOLATION', `${name}: the answer does not match the contract: ${parsed.error.message}`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  /** How long to wait before try number `attempt + 1`, or null when the failure is not worth another. */
  function delayBefore(attempt: number, error: unknown, endpoint: Endpoint): number | null {
    if (attempt >= retry.attempts || !(error instanceof ApiError) || !transientCodes.has(error.code) || !idempotencyOf(endpoint))
      return null;
    const askedFor = error.details.retryAfterSeconds;
    if (askedFor !== undefined) return askedFor * 1000 <= retry.maxDelayMs ? askedFor * 1000 : null;
    const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
    return Math.min(retry.maxDelayMs, backoff / 2 + (Math.random() * backoff) / 2);
  }

  async function call(name: Names, request: AnyRequest = {}): Promise<unknown> {
    const endpoint = await config.endpoint(name);
    const url = `${resolveBase(config.baseUrl)}${buildPath(endpoint.path, request.params)}${toSearch(request.query)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(name, endpoint, url, request);
      } catch (error) {
        const delay = delayBefore(attempt, error, endpoint);
        if (delay === null) throw error;
        await sleep(delay);
      }
    }
  }

  return { call: call as ApiClient<Names>['call'] };
}
