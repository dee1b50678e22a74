import type { $ZodObject, $ZodType } from 'zod/v4/core';
import type { ServerErrorCode } from './errors';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint:
 * - `public`: anyone;
 * - `session`: a logged-in patron, even one who still holds a temporary password;
 * - `patron`: a logged-in patron whose password is their own (PASSWORD_CHANGE_REQUIRED otherwise).
 */
type EndpointAuth = 'public' | 'session' | 'patron';

export interface Endpoint {
  method: HttpMethod;
  /** Relative to the API base URL; `:name` marks a path parameter. */
  path: string;
  summary: string;
  auth: EndpointAuth;
  /** Part of the simulation API only. */
  simulation?: true;
  params?: $ZodObject;
  query?: $ZodObject;
  body?: $ZodType;
  /** null: the answer is 204 No Content. */
  response: $ZodType | null;
  /**
   * An answer that is not JSON (a calendar file): its Content-Type, with `response` the schema of
   * its text. Failures still answer with the JSON error envelope.
   */
  responseMediaType?: 'text/calendar; charset=utf-8';
  /** The failures this endpoint may answer with, besides the ones every endpoint may give. */
  errors: readonly ServerErrorCode[];
  /**
   * Whether a write may be sent again after a failure that may have left it undone or unanswered
   * (every GET may): `safe` — doing it twice leaves the library as doing it once (it sets a state);
   * `keyed` — the body carries `requestId`, the idempotency key, also sent as the
   * `Idempotency-Key` header, and the backend does the work once per key and answers the same
   * again. A write with neither is never repeated without the patron asking.
   */
  idempotency?: 'safe' | 'keyed';
}

/** How an endpoint may be repeated: every GET is safe; a write only as it declares. */
export function idempotencyOf(endpoint: Endpoint): 'safe' | 'keyed' | null {
  if (endpoint.method === 'GET') return 'safe';
  return endpoint.idempotency ?? null;
}

/** The header that carries a keyed write's `requestId` (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const define = <const E extends Endpoint>(endpoint: E): E => endpoint;

export const sessionErrors = ['UNAUTHENTICATED', 'SESSION_EXPIRED'] as const;
export const patronErrors = [...sessionErrors, 'PASSWORD_CHANGE_REQUIRED'] as const;

/** Fill `:name` parameters of a path. */
export function buildPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
