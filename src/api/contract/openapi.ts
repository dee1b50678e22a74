import * as z from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { IDEMPOTENCY_KEY_HEADER, idempotencyOf, type Endpoint } from './endpoint';
import { endpoints } from './endpoints';
import { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from './endpoints/simulation';
import { RequestId } from './common';
import { ErrorEnvelope, httpStatusOf, type ServerErrorCode } from './errors';

/** Failures any endpoint may answer with: the backend is down or broke. */
const alwaysPossible: ServerErrorCode[] = ['SERVICE_UNAVAILABLE', 'INTERNAL_ERROR'];
/** And any endpoint that takes a body: one larger than the backend accepts. */
const possibleWithBody: ServerErrorCode[] = ['PAYLOAD_TOO_LARGE'];
/** Over HTTP, a request to the simulation API without its secret is UNAUTHENTICATED. */
const lockedSimulation: ServerErrorCode[] = ['UNAUTHENTICATED'];

const jsonSchema = (schema: $ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function parametersOf(endpoint: Endpoint) {
  const parameters: object[] = [];
  for (const [where, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!schema) continue;
    const shape = jsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      parameters.push({ name, in: where, required: where === 'path' || (shape.required ?? []).includes(name), schema: property });
    }
  }
  if (idempotencyOf(endpoint) === 'keyed') {
    parameters.push({
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: false,
      description:
        "The body's requestId again, for gateways that deduplicate by header; when sent it must equal requestId (VALIDATION_FAILED otherwise)",
      schema: jsonSchema(RequestId, 'input'),
    });
  }
  return parameters;
}

function responsesOf(endpoint: Endpoint) {
  const responses: Record<string, object> = {};
  responses[endpoint.response ? '200' : '204'] = endpoint.response
    ? {
        description: 'OK',
        content: { [endpoint.responseMediaType ?? 'application/json']: { schema: jsonSchema(endpoint.response, 'output') } },
      }
    : { description: 'No content' };
  const byStatus = new Map<number, ServerErrorCode[]>();
  for (const code of new Set([
    ...endpoint.errors,
    ...(endpoint.body ? possibleWithBody : []),
    ...(endpoint.simulation ? lockedSimulation : []),
    ...alwaysPossible,
  ])) {
    const status = httpStatusOf[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error envelope with code ${codes.join(' or ')}`,
      'x-error-codes': codes,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    };
  }
  return responses;
}

/** The OpenAPI 3.1 document of the contract, generated from the same schemas the client and handlers use. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.simulation ? 'simulation' : endpoint.path.split('/')[1]],
      'x-auth': endpoint.auth,
      parameters: parametersOf(endpoint),
      responses: responsesOf(endpoint),
    };
    const idempotency = idempotencyOf(endpoint);
    if (idempotency) operation['x-idempotency'] = idempotency;
    if (endpoint.simulation) operation['x-simulation-only'] = true;
    if (endpoint.auth !== 'public') operation.security = [{ bearer: [] }];
    if (endpoint.simulation) operation.security = [{ simulationSecret: [] }];
    if (endpoint.body)
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } } };
    (paths[path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shiori library patron API',
      version: '1',
      description: [
        'The contract between the Shiori patron portal and a library backend.',
        'Every failure answers with the error envelope; `x-error-codes` lists the machine codes per status.',
        `x-auth: public (anyone), session (logged in, even with a temporary password), patron (logged in with an own password; otherwise PASSWORD_CHANGE_REQUIRED).`,
        `Paths under ${SIMULATION_PREFIX} belong to the simulated library only; a real backend has none of them. Over HTTP they answer only with the secret in ${SIMULATION_SECRET_HEADER} (UNAUTHENTICATED otherwise), without CORS.`,
        'Times are ISO 8601 with offset; calendar days are YYYY-MM-DD in Asia/Tokyo.',
        `x-idempotency: safe (repeating changes nothing more; the client retries it after a network failure or 503), keyed (the body's requestId, also sent as ${IDEMPOTENCY_KEY_HEADER}, is done once and answered the same again; retried likewise). Other writes are never retried by the client.`,
      ].join('\n'),
    },
    servers: [{ url: '/api', description: 'Relative to the app; configured by VITE_API_BASE_URL' }],
    tags: [
      { name: 'library', description: 'The library and its rules' },
      { name: 'auth', description: 'Login and sessions' },
      { name: 'me', description: "The logged-in patron's own data" },
      { name: 'simulation', description: 'Controls of the simulated library (not part of a real backend)' },
    ],
    paths,
    components: {
      schemas: { ErrorEnvelope: jsonSchema(ErrorEnvelope, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token answered by POST /auth/login' },
        simulationSecret: {
          type: 'apiKey',
          in: 'header',
          name: SIMULATION_SECRET_HEADER,
          description: 'The simulated library over HTTP: the secret it printed at start, or SHIORI_SIM_SECRET',
        },
      },
    },
  };
}
