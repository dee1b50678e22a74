// A fuzz of every operation of the contract's OpenAPI document against a running server: random
// and malformed path parameters (bad %-escapes among them), wrong types, huge, missing and extra
// fields, bodies that are not JSON or come with another content type, methods the server does not
// serve, with and without a valid token. Every answer must be the error envelope or, for a 2xx,
// parse with the contract's schema for that operation; no answer may be a 5xx.
//
//   npx tsx test/faults/fuzz.ts --base-url http://127.0.0.1:8787 [--requests 3000] [--seed 1]
//     [--card 3000002 --password yomu2026 | --token T] [--header 'Name: value']…
import { Agent, request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Endpoint } from '../../src/api/contract/endpoint';
import { endpoints } from '../../src/api/contract/endpoints';
import { ErrorEnvelope } from '../../src/api/contract/errors';
import openApi from '../../src/api/contract/openapi.json' with { type: 'json' };
import { createRandom, type Random } from '../../mocks/seed/random';

export interface FuzzOptions {
  baseUrl: string;
  /** How many requests to send (3000 by default). */
  requests?: number;
  /** The same seed sends the same requests. */
  seed?: number;
  /** Sent with every request (e.g. the simulation API's secret). */
  headers?: Record<string, string>;
  /** A patron's bearer token, so that operations behind a login are reached too. */
  token?: string;
}

export interface FuzzResult {
  requests: number;
  /** Answers with a 5xx status, and requests the server dropped without an answer. */
  serverErrors: number;
  /** Failures without the error envelope, and 2xx answers outside the operation's schema. */
  envelopeViolations: number;
  /** What went wrong, one line each (the first 50). */
  failures: string[];
  /**
   * Bodies over 1 MB whose connection the server closed, as it must after its 413, while this
   * client was still sending, so that the answer was lost: a client's loss, not a server fault
   * (a client that sends `Expect: 100-continue`, as curl does, never meets it).
   */
  closedWhileSending: number;
}

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
};

interface Operation {
  operationId: string;
  method: string;
  path: string;
  endpoint: Endpoint;
  parameters: { name: string; in: 'path' | 'query' | 'header'; schema: JsonSchema }[];
  body: JsonSchema | null;
}

const unservedMethods = ['TRACE', 'PROPFIND', 'CONNECTX', 'LINK', 'PURGE'];
const nastyStrings = [
  '',
  ' ',
  '%zz',
  '%',
  '%E3%81',
  '%ED%A0%80',
  '%00',
  '..',
  '%2e%2e%2f',
  '-1',
  '0',
  'null',
  'undefined',
  'NaN',
  '日本語の本',
  'ｶﾀｶﾅ',
  '\u0000',
  '\ud800',
  "'; DROP TABLE patrons; --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
];
const wrongTypedValues: unknown[] = [123, -1, 1.5, 'text', '', null, true, [], {}, [1, 2], { nested: { deep: [null] } }];
const notJsonBodies = ['{not json', 'null', '[]', '"string"', '123', 'true', '{"a":', '\u0000\u0001'];

const components = (openApi as { components: { schemas: Record<string, JsonSchema> } }).components.schemas;
const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? resolve(components[schema.$ref.split('/').pop()!] ?? {}) : schema);

function operationsOf(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(openApi.paths as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      const operationId = operation.operationId as keyof typeof endpoints;
      const requestBody = operation.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined;
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        endpoint: endpoints[operationId],
        parameters: (operation.parameters ?? []) as Operation['parameters'],
        body: requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** Values the server answered with, by property name: real ids make the fuzz reach past "not found". */
class SeenValues {
  private readonly byName = new Map<string, string[]>();

  record(value: unknown, name = ''): void {
    if (typeof value === 'string' && name && value.length < 100) {
      const list = this.byName.get(name) ?? [];
      if (list.length < 50 && !list.includes(value)) this.byName.set(name, [...list, value]);
    } else if (Array.isArray(value)) value.forEach((item) => this.record(item, name));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) this.record(item, key);
  }

  for(name: string, random: Random): string | undefined {
    const list = this.byName.get(name) ?? (name.endsWith('Id') ? this.byName.get('id') : undefined);
    return list && list.length > 0 ? random.pick(list) : undefined;
  }
}

function sample(schema: JsonSchema, random: Random, seen: SeenValues, name = '', depth = 0): unknown {
  const resolved = resolve(schema);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum) return random.pick(resolved.enum);
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants) return sample(random.pick(variants), random, seen, name, depth);
  const type = Array.isArray(resolved.type) ? random.pick(resolved.type) : resolved.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(resolved.properties ?? {})) {
        if (depth < 4 && ((resolved.required ?? []).includes(key) || random.chance(0.5)))
          value[key] = sample(property, random, seen, key, depth + 1);
      }
      return value;
    }
    case 'array': {
      const length = depth < 4 ? random.int(resolved.minItems ?? 0, (resolved.minItems ?? 0) + 3) : 0;
      return Array.from({ length }, () => sample(resolved.items ?? {}, random, seen, name, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = resolved.minimum ?? -5;
      const max = resolved.maximum ?? 1000;
      const value = min + random.next() * (max - min);
      return type === 'integer' ? Math.round(value) : value;
    }
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'string':
      if (resolved.format === 'date') return random.pick(['2026-11-24', '2026-12-31', '1990-04-15']);
      if (resolved.format === 'date-time') return random.pick(['2026-11-24T10:00:00+09:00', '2027-01-01T00:00:00Z']);
      return seen.for(name, random) ?? random.pick(['3000002', 'yomu2026', 'fuzz-request-0001', 'abc', 'テスト', 'p003', 'T00001']);
    default:
      return random.pick(wrongTypedValues);
  }
}

/** Break a valid body one way or another. */
function mutateBody(body: unknown, random: Random): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return random.pick(wrongTypedValues);
  const copy = { ...(body as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length > 0 ? random.pick(keys) : 'field';
  switch (random.int(0, 4)) {
    case 0:
      copy[key] = random.pick(wrongTypedValues);
      break;
    case 1:
      delete copy[key];
      break;
    case 2:
      copy[random.pick(['unexpected', '__proto__', 'constructor', 'passwordHash', 'patronId'])] = random.pick(wrongTypedValues);
      break;
    case 3:
      copy[key] = 'x'.repeat(random.pick([300, 70_000, 400_000]));
      break;
    default:
      copy[key] = random.pick(nastyStrings);
  }
  return copy;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  operation: Operation;
  /** The method the server should answer as the operation's (unserved ones must be 405). */
  kind: 'operation' | 'head' | 'unserved';
}

/** encodeURIComponent that does not throw on a lone surrogate (sent as U+FFFD; '%ED%A0%80' stands for the raw one). */
const encode = (text: string) => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));

function buildRequest(operation: Operation, random: Random, seen: SeenValues, options: FuzzOptions): FuzzRequest {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const tokenChoice = random.next();
  if (options.token && tokenChoice < 0.6 && operation.operationId !== 'logout') headers.Authorization = `Bearer ${options.token}`;
  else if (tokenChoice < 0.8)
    headers.Authorization = random.pick(['Bearer made-up', 'Basic YTpi', 'Bearer ', `Bearer ${'a'.repeat(8000)}`]);

  let path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (random.chance(0.5)) return encodeURIComponent(seen.for(name, random) ?? 'T00001');
    const nasty = random.pick(nastyStrings);
    // Half of them raw: a malformed escape as a client that does not encode would send it.
    return random.chance(0.5) ? nasty.replace(/[^\x21-\x7e]/g, (char) => encode(char)) : encode(nasty);
  });
  const query = new URLSearchParams();
  for (const parameter of operation.parameters.filter((item) => item.in === 'query')) {
    if (!random.chance(0.5)) continue;
    const value = random.chance(0.7)
      ? sample(parameter.schema, random, seen, parameter.name)
      : random.pick([...nastyStrings, ...wrongTypedValues]);
    query.append(parameter.name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  if (random.chance(0.05)) query.append(random.pick(['unknown', 'q', 'page']), random.pick(nastyStrings));
  if (query.size > 0) path += `?${query.toString()}`;
  if (random.chance(0.03)) path += random.pick(['%', '&%zz=1', '#frag']);

  const request: FuzzRequest = { method: operation.method, path, headers, operation, kind: 'operation' };
  const methodChoice = random.next();
  if (methodChoice < 0.04) {
    request.method = random.pick(unservedMethods);
    request.kind = 'unserved';
  } else if (methodChoice < 0.07 && operation.method === 'GET') {
    request.method = 'HEAD';
    request.kind = 'head';
  } else if (methodChoice < 0.1) {
    request.method = random.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
  }

  if (operation.body && request.method !== 'GET' && request.method !== 'HEAD') {
    const valid = sample(operation.body, random, seen);
    const choice = random.next();
    headers['Content-Type'] = 'application/json';
    if (choice < 0.35) request.body = JSON.stringify(valid);
    else if (choice < 0.75) request.body = JSON.stringify(mutateBody(valid, random));
    else if (choice < 0.85) request.body = random.pick(notJsonBodies);
    else if (choice < 0.95) {
      headers['Content-Type'] = random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']);
      request.body = random.chance(0.5) ? JSON.stringify(valid) : 'a=b&c=d';
    } else if (choice < 0.98) request.body = Buffer.alloc(random.pick([1024 * 1024 + 1, 2 * 1024 * 1024]), 0x20);
    if (request.body !== undefined && random.chance(0.1)) headers['Transfer-Encoding'] = 'chunked';
    if (headers['Content-Type'] === '') delete headers['Content-Type'];
  }
  return request;
}

// A connection per request: a kept-alive one the server is closing meanwhile would be a reset that is no fault of the server.
const agent = new Agent({ keepAlive: false });

function send(baseUrl: string, request: FuzzRequest): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(
      `${baseUrl}${request.path}`,
      { method: request.method, headers: request.headers, agent, timeout: 60_000 },
      (response) => {
        answered = true;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
        response.on('error', reject);
      },
    );
    // A body over the limit may still be going out when the server answers and closes: the answer is what counts.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 60 s')));
    if (request.headers['Transfer-Encoding'] === 'chunked') outgoing.removeHeader('Content-Length');
    outgoing.end(request.body);
  });
}

/** The media type of the operation's answer where it is not JSON (the request served as that operation). */
function textAnswerOf(request: FuzzRequest): string | undefined {
  return request.kind !== 'unserved' && request.method === request.operation.method
    ? request.operation.endpoint.responseMediaType
    : undefined;
}

/** Why an answer breaks the contract, or null when it keeps it. */
function violationOf(request: FuzzRequest, status: number, text: string, contentType: string | undefined): string | null {
  if (request.kind === 'head') return status >= 200 && status < 300 && text !== '' ? 'HEAD answered with a body' : null;
  // An operation whose answer is not JSON (the calendars' text/calendar): its media type, and a body.
  const mediaType = textAnswerOf(request);
  if (mediaType && status >= 200 && status < 300) {
    if (contentType !== mediaType) return `expected ${mediaType}, got ${contentType ?? 'no Content-Type'}`;
    return text === '' ? 'an empty answer' : null;
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 80)}`;
  }
  if (status < 200 || status >= 300) return ErrorEnvelope.safeParse(body).success ? null : `no error envelope: ${text.slice(0, 80)}`;
  if (request.kind === 'unserved') return `${request.method} was served`;
  if (request.method !== request.operation.method) return null;
  const schema = request.operation.endpoint.response as z.ZodType | null;
  if (schema === null) return status === 204 && text === '' ? null : `expected 204 without a body, got ${status}`;
  const parsed = schema.safeParse(body);
  return parsed.success ? null : `outside the schema of ${request.operation.operationId}: ${parsed.error.issues[0]?.message ?? ''}`;
}

export async function fuzzOperations(options: FuzzOptions): Promise<FuzzResult> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const random = createRandom(options.seed ?? 1);
  const seen = new SeenValues();
  const operations = operationsOf();
  const result: FuzzResult = { requests: 0, serverErrors: 0, envelopeViolations: 0, failures: [], closedWhileSending: 0 };
  const fail = (line: string) => {
    if (result.failures.length < 50) result.failures.push(line);
  };
  // Learn some real ids first: the library, the catalogue and, with a token, the patron's own rows.
  for (const path of [
    '/library',
    '/catalogue/search?q=%E3%81%AE',
    '/catalogue/new-arrivals',
    '/me/reservations',
    '/me/loans',
    '/me/cart',
  ]) {
    const answer = await send(baseUrl, {
      method: 'GET',
      path,
      headers: { ...options.headers, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
      operation: operations[0]!,
      kind: 'head',
    }).catch(() => null);
    if (answer && answer.status === 200) seen.record(JSON.parse(answer.text));
  }

  const total = options.requests ?? 3000;
  for (let n = 0; n < total; n++) {
    const operation = random.pick(operations);
    const request = buildRequest(operation, random, seen, options);
    const label = `${request.method} ${request.path.slice(0, 100)} (${operation.operationId})`;
    result.requests++;
    try {
      const { status, headers, text } = await send(baseUrl, request);
      if (status >= 500) {
        result.serverErrors++;
        fail(`${label} → ${status} ${text.slice(0, 120)}`);
      }
      const violation = violationOf(
        request,
        status,
        text,
        typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined,
      );
      if (violation) {
        result.envelopeViolations++;
        fail(`${label} → ${status}: ${violation}`);
      }
      if (status >= 200 && status < 300 && text && !textAnswerOf(request)) seen.record(JSON.parse(text));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (Buffer.isBuffer(request.body) && request.body.length > 1024 * 1024 && (code === 'EPIPE' || code === 'ECONNRESET')) {
        result.closedWhileSending++;
      } else {
        result.serverErrors++;
        fail(`${label} → no answer: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Keep the library reachable: a fuzzed network setting must not turn the rest of the run into injected failures.
    if (operation.operationId === 'simSetNetwork') {
      await send(baseUrl, {
        method: 'PUT',
        path: '/_sim/network',
        headers: { ...options.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ latency: 'none', failureRate: 0, offline: false }),
        operation,
        kind: 'operation',
      }).catch(() => undefined);
    }
  }
  agent.destroy();
  return result;
}

async function tokenFor(baseUrl: string, cardNumber: string, password: string): Promise<string | undefined> {
  const answer = await fetch(`${baseUrl.replace(/\/+$/, '')}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cardNumber, password }),
  });
  return answer.ok ? ((await answer.json()) as { token: string }).token : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:8787' },
      requests: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      card: { type: 'string', default: '3000002' },
      password: { type: 'string', default: 'yomu2026' },
      token: { type: 'string' },
      header: { type: 'string', multiple: true, default: [] },
    },
  });
  const baseUrl = values['base-url'];
  const headers = Object.fromEntries(values.header.map((line) => line.split(/:\s*/, 2) as [string, string]));
  const token = values.token ?? (await tokenFor(baseUrl, values.card, values.password));
  const started = performance.now();
  const result = await fuzzOperations({ baseUrl, requests: Number(values.requests), seed: Number(values.seed), headers, token });
  for (const line of result.failures) console.info(`  ${line}`);
  console.info(
    `fuzz: ${result.requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (${token ? 'with' : 'without'} a token), ` +
      `${result.serverErrors} 5xx or dropped, ${result.envelopeViolations} envelope violations ` +
      `(${result.closedWhileSending} bodies over 1 MB cut off by the server's close while still sending)`,
  );
  process.exitCode = result.serverErrors + result.envelopeViolations > 0 ? 1 : 0;
}
