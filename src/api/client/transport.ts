import { ErrorEnvelope } from '../contract/errors';
import { buildPath, endpoints, type EndpointName, type RequestOf, type ResponseOf } from '../contract/endpoints';
import { ApiError } from './api-error';

export interface TransportConfig {
  /** Absolute (`https://library.example/api`) or relative to the page (`/api`). */
  baseUrl: string;
  /** The bearer token of the current session, if any. */
  getToken: () => string | null;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ApiClient {
  call<N extends EndpointName>(name: N, ...request: keyof RequestOf<N> extends never ? [] : [RequestOf<N>]): Promise<ResponseOf<N>>;
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

/**
 * The one seam between the app and a backend: URL, auth header, timeout, and parsing of every
 * answer against the contract. A backend that answers outside the contract raises
 * CONTRACT_VIOLATION here instead of an `undefined` deep in the UI.
 */
export function createApiClient(config: TransportConfig): ApiClient {
  const doFetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = config.timeoutMs ?? 15_000;

  async function call(name: EndpointName, request: AnyRequest = {}): Promise<unknown> {
    const endpoint = endpoints[name];
    const url = `${resolveBase(config.baseUrl)}${buildPath(endpoint.path, request.params)}${toSearch(request.query)}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = config.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const hasBody = 'body' in endpoint;
    if (hasBody) headers['Content-Type'] = 'application/json';

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: endpoint.method,
        headers,
        body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
        signal: controller.signal,
      });
    } catch (cause) {
      if (controller.signal.aborted) throw new ApiError('TIMEOUT', `${name}: no answer within ${timeoutMs} ms`, { cause });
      throw new ApiError('NETWORK_ERROR', `${name}: the request did not reach the library`, { cause });
    } finally {
      clearTimeout(timer);
    }

    const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) {
      const envelope = ErrorEnvelope.safeParse(payload);
      if (!envelope.success) {
        throw new ApiError('CONTRACT_VIOLATION', `${name}: HTTP ${response.status} without an error envelope`, {
          status: response.status,
        });
      }
      const { code, message, details } = envelope.data.error;
      throw new ApiError(code, message, { status: response.status, details });
    }
    if (endpoint.response === null) return undefined;
    const parsed = endpoint.response.safeParse(payload);
    if (!parsed.success) {
      throw new ApiError('CONTRACT_VIOLATION', `${name}: the answer does not match the contract: ${parsed.error.message}`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return { call: call as ApiClient['call'] };
}
