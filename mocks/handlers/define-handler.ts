import { http, HttpResponse, type HttpHandler } from 'msw';
import { safeParse } from 'zod/mini';
import type { $ZodError, $ZodType } from 'zod/v4/core';
import { IDEMPOTENCY_KEY_HEADER, idempotencyOf, type Endpoint } from '../../src/api/contract/endpoint';
import { endpoints, type EndpointName, type Endpoints, type ParsedRequestOf, type ResponseOf } from '../../src/api/contract/endpoints';
import { httpStatusOf, type ErrorEnvelope, type FieldIssue, type ServerErrorCode } from '../../src/api/contract/errors';
import type { PatronRow, SessionRow } from '../db/schema';
import { DomainError } from '../domain/errors';
import { runBackOffice } from '../runtime/back-office';
import type { Library, LibraryHost } from '../runtime/library-host';
import { resumeSession } from '../use-cases/auth/sessions';

type AuthParts<N extends EndpointName> = Endpoints[N]['auth'] extends 'public' ? unknown : { patron: PatronRow; session: SessionRow };

export type HandlerContext<N extends EndpointName> = ParsedRequestOf<N> &
  AuthParts<N> & {
    library: Library;
    host: LibraryHost;
    /** The simulated time of this request. */
    now: number;
    /** Who asks, for per-client limits: see `clientOf`. */
    client: string;
    /** The API's base address as this request reached it, absolute: for addresses an answer hands out (a calendar feed's). */
    apiUrl: string;
  };

export type HostHandlerContext<N extends EndpointName> = ParsedRequestOf<N> & { host: LibraryHost };

export interface HandlerDefinition {
  name: EndpointName;
  /** `library`: runs inside one library transaction; `host`: works on the host itself (switching, resetting, the profile while the library opens). */
  scope: 'library' | 'host';
  run: (context: never) => unknown;
}

/** A handler for one endpoint of the contract: it receives a validated, authenticated request. */
export function defineHandler<N extends EndpointName>(
  name: N,
  run: (context: HandlerContext<N>) => Promise<ResponseOf<N>> | ResponseOf<N>,
): HandlerDefinition {
  return { name, scope: 'library', run: run as HandlerDefinition['run'] };
}

/** A handler that works on the host rather than inside one library: a simulation handler that replaces the library, or a read of what the host knows before the library is open. */
export function defineHostHandler<N extends EndpointName>(
  name: N,
  run: (context: HostHandlerContext<N>) => Promise<ResponseOf<N>>,
): HandlerDefinition {
  return { name, scope: 'host', run: run as HandlerDefinition['run'] };
}

/**
 * Who may use the simulation API. In the page and in tests, anyone (the demo panel); over HTTP,
 * `admit` refuses a request without the server's secret (it throws the DomainError to answer).
 */
export interface SimulationAccess {
  admit: (request: Request) => void;
}

const latencyRange = { none: [0, 0], realistic: [150, 450], slow: [1500, 3000] } as const;

/** The error envelope with its status (and Retry-After when it says how long to wait). */
export function errorResponse(code: ServerErrorCode, message: string, details?: ErrorEnvelope['error']['details']) {
  const body: ErrorEnvelope = { error: { code, message, ...(details ? { details } : {}) } };
  // How long to wait also travels as HTTP's own Retry-After, for clients and proxies that read only that.
  const headers = details?.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(details.retryAfterSeconds) };
  return HttpResponse.json(body, { status: httpStatusOf[code], headers });
}

const issueCodes: Record<string, string> = {
  too_small: 'too_short',
  too_big: 'too_long',
  invalid_type: 'invalid',
  invalid_format: 'invalid',
};

function fieldsOf(error: $ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issueCodes[issue.code] ?? issue.code,
    message: issue.message,
  }));
}

function parsePart(schema: $ZodType | undefined, value: unknown, prefix: string): unknown {
  if (!schema) return prefix === 'body' ? undefined : {};
  const parsed = safeParse(schema, value);
  if (!parsed.success) throw DomainError.validation(fieldsOf(parsed.error, prefix === 'body' ? '' : prefix));
  return parsed.data;
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw DomainError.validation([{ path: '', code: 'invalid_json', message: 'The body is not JSON' }]);
  }
}

/** A keyed write may carry its key in the header too; when it does, it must be the body's requestId. */
function checkIdempotencyKey(endpoint: Endpoint, request: Request, body: unknown): void {
  const header = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === null || idempotencyOf(endpoint) !== 'keyed') return;
  if (header !== (body as { requestId?: unknown }).requestId) {
    throw DomainError.validation([
      { path: 'requestId', code: 'idempotency_key_mismatch', message: `The ${IDEMPOTENCY_KEY_HEADER} header differs from requestId` },
    ]);
  }
}

/**
 * The header through which the HTTP server tells the handlers the caller's address. The server
 * sets it on every request, replacing whatever the caller sent; in the page there is none, and the
 * one browser is the one client.
 */
export const CLIENT_ADDRESS_HEADER = 'X-Shiori-Client-Address';
const clientOf = (request: Request) => request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'this-browser';

const bearerToken = (request: Request) => request.headers.get('Authorization')?.match(/^Bearer (.+)$/)?.[1];

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Turns handler definitions into MSW handlers, all behind one wrapper: latency and injected
 * failures, request validation, authentication, a transaction that keeps all or nothing of a
 * request's changes, the error envelope, and a check that every answer honours the contract.
 */
export function toHttpHandlers(
  host: LibraryHost,
  baseUrl: string,
  definitions: readonly HandlerDefinition[],
  simulation: SimulationAccess,
): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return definitions.map(({ name, scope, run }) => {
    const endpoint: Endpoint = endpoints[name];
    const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return http[method](`${base}${endpoint.path}`, async ({ request, params }) => {
      if (!endpoint.simulation) {
        // Offline: the request never reaches the library, as when the patron's connection drops.
        if (host.network.offline) return HttpResponse.error();
        const [min, max] = latencyRange[host.network.latency];
        // What the library answers while it starts, before its rows are open (its profile, which the login form needs),
        // comes without the simulated delay: the page is already waiting for the library's start, which a network's
        // delay would run beside, not after. Everything else, and the profile once the library is open, waits as set.
        const answeredAtStart = scope === 'host' && host.starting;
        if (max > 0 && !answeredAtStart) await delay(min + Math.random() * (max - min));
        if (Math.random() < host.network.failureRate) {
          return errorResponse('SERVICE_UNAVAILABLE', 'Injected failure: the library system did not answer', { retryAfterSeconds: 1 });
        }
      }
      try {
        if (endpoint.simulation) simulation.admit(request);
        const rawBody = endpoint.body ? await readBody(request) : undefined;
        const parseRequest = () => {
          const parsed = {
            params: parsePart(endpoint.params, params, 'params'),
            query: parsePart(endpoint.query, Object.fromEntries(new URL(request.url).searchParams), 'query'),
            body: parsePart(endpoint.body, rawBody, 'body'),
          };
          checkIdempotencyKey(endpoint, request, parsed.body);
          return parsed;
        };
        const data =
          scope === 'host'
            ? await run({ ...parseRequest(), host } as never)
            : await host.run((library) =>
                library.transact(
                  async () => {
                    const now = library.now();
                    runBackOffice(library, now);
                    const auth =
                      endpoint.auth === 'public' ? {} : resumeSession(library, bearerToken(request), now, endpoint.auth === 'patron');
                    const apiUrl = new URL(base, request.url).href.replace(/\/+$/, '');
                    return run({ ...parseRequest(), library, host, now, client: clientOf(request), apiUrl, ...auth } as never);
                  },
                  (error) => error instanceof DomainError && error.keepChanges,
                ),
              );
        if (endpoint.response === null) return new HttpResponse(null, { status: 204 });
        const checked = safeParse(endpoint.response, data);
        if (!checked.success) {
          console.error(`[shiori] ${name} answered outside the contract`, checked.error.issues);
          return errorResponse('INTERNAL_ERROR', `${name} produced an answer outside the contract`);
        }
        if (endpoint.responseMediaType)
          return new HttpResponse(checked.data as string, { headers: { 'Content-Type': endpoint.responseMediaType } });
        return HttpResponse.json(checked.data as never);
      } catch (error) {
        if (error instanceof DomainError)
          return errorResponse(error.code, error.message, Object.keys(error.details).length ? error.details : undefined);
        console.error(`[shiori] ${name} failed`, error);
        return errorResponse('INTERNAL_ERROR', 'The simulated library failed unexpectedly');
      }
    });
  });
}
