// npm run api: the simulated library as a real HTTP server on this machine, for an app built
// against a real API (VITE_API_BASE_URL=http://127.0.0.1:8787). Same contract, same handlers and
// rules as in the browser; the data persists in a folder (DATA_DIR, default .shiori-api/), one
// per profile, so that a restart keeps it. The contract is served at /openapi.json. The simulation
// API answers only with the secret printed at start (or SHIORI_SIM_SECRET), and SHIORI_SIM=off
// leaves it out.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { httpStatusOf } from '../../src/api/contract/errors';
import { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { ProfileId } from '../../src/api/contract/library';
import { DamagedStorage, fileStorage } from '../db/file-storage';
import { memoryStorage } from '../db/storage';
import { CLIENT_ADDRESS_HEADER, errorResponse } from '../handlers/define-handler';
import { createHandlers } from '../handlers/handlers';
import { generatedSeed } from '../runtime/generated-seed';
import { LibraryHost } from '../runtime/library-host';
import { declaresTooLarge, hasMalformedEscape, isServedMethod, MAX_BODY_BYTES, readLimitedBody, SERVED_METHODS } from './request-limits';
import { isSimulationPath, newSimulationSecret, simulationLock } from './simulation-lock';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Idempotency-Key',
  'Access-Control-Max-Age': '600',
  // A page on another origin may read how long to wait after a 503 or 429.
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** The request as the handlers see it: HEAD asks what GET would answer; the caller's address comes from the socket, never from the caller. */
function toFetchRequest(message: IncomingMessage, origin: string, body: Buffer<ArrayBuffer>): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  headers.set(CLIENT_ADDRESS_HEADER, message.socket.remoteAddress ?? 'unknown');
  const method = message.method === 'HEAD' ? 'GET' : message.method;
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    body: method === 'GET' || body.length === 0 ? undefined : body,
  });
}

function withHeader(response: Response, name: string, value: string): Response {
  response.headers.set(name, value);
  return response;
}

/** What the server answers, always the error envelope or a contract shape: limits first, then the handlers. */
async function answerOf(message: IncomingMessage, origin: string, handlers: ReturnType<typeof createHandlers>): Promise<Response> {
  if (!isServedMethod(message.method)) {
    return withHeader(errorResponse('METHOD_NOT_ALLOWED', `${message.method} is not served`), 'Allow', SERVED_METHODS.join(', '));
  }
  if (hasMalformedEscape(message.url ?? '/')) {
    return errorResponse('VALIDATION_FAILED', 'The path holds a malformed %-escape', {
      fields: [{ path: 'path', code: 'malformed_escape', message: 'A % in the path must start a valid escape' }],
    });
  }
  // Connection: close, so that the rest of a body over the limit is never read.
  const tooLarge = () =>
    withHeader(errorResponse('PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes`), 'Connection', 'close');
  if (declaresTooLarge(message)) return tooLarge();
  const body = await readLimitedBody(message);
  if (body === null) return tooLarge();
  const answer = await getResponse(handlers, toFetchRequest(message, origin, body));
  if (!answer) return errorResponse('NOT_FOUND', `No endpoint ${message.method} ${message.url}`);
  // The simulated network switch is off: a page would meet a failed connection; over HTTP, a 503 says so.
  if (answer.type === 'error') return errorResponse('SERVICE_UNAVAILABLE', 'The simulated network is offline', { retryAfterSeconds: 5 });
  return answer;
}

const UNREAD_BODY_GRACE_MS = 1000;

/** The patron API may be called from a page on any origin; the simulation API from none (its callers are scripts and tools). */
const corsFor = (message: IncomingMessage) => (isSimulationPath(new URL(message.url ?? '/', 'http://host').pathname) ? {} : corsHeaders);

async function writeResponse(message: IncomingMessage, target: ServerResponse, response: Response): Promise<void> {
  target.writeHead(response.status, { ...Object.fromEntries(response.headers), ...corsFor(message) });
  const body = Buffer.from(await response.arrayBuffer());
  const { socket } = target;
  target.end(message.method === 'HEAD' ? undefined : body, () => {
    if (message.complete || !socket) return;
    // The rest of a body over the limit is not read: the client has a moment to read the answer, then the connection ends.
    setImmediate(() => socket.pause());
    setTimeout(() => socket.destroy(), UNREAD_BODY_GRACE_MS).unref();
  });
}

/** A request Node's parser refuses (an unknown method, a broken header) still gets the envelope. */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const code = error.code === 'HPE_INVALID_METHOD' ? 'METHOD_NOT_ALLOWED' : 'VALIDATION_FAILED';
  const body = JSON.stringify({ error: { code, message: 'The request could not be parsed as HTTP/1.1' } });
  socket.end(
    `HTTP/1.1 ${httpStatusOf[code]} ${code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `${code === 'METHOD_NOT_ALLOWED' ? `Allow: ${SERVED_METHODS.join(', ')}\r\n` : ''}Connection: close\r\n\r\n${body}`,
  );
}

export interface HttpLibrary {
  url: string;
  /** What to send in the simulation API's header; null when the server leaves the simulation API out. */
  simulationSecret: string | null;
  close: () => Promise<void>;
}

const openApiDocument = () => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/api/contract/openapi.json'), 'utf8');

export interface HttpLibraryOptions {
  port?: number;
  profileId?: ProfileId;
  /** Where each profile's library is kept between runs; in memory when not given. */
  dataDir?: string;
  /** Smaller catalogues and cheaper hashes for tests. */
  titleCount?: number;
  hashIterations?: number;
  /** The simulation API's secret (a new random one when not given), or `'off'` to leave the simulation API out. */
  simulation?: { secret: string } | 'off';
}

export async function startHttpLibrary(options: HttpLibraryOptions = {}): Promise<HttpLibrary> {
  let profileId: ProfileId = options.profileId ?? 'p003';
  const { dataDir } = options;
  const simulationSecret = options.simulation === 'off' ? null : (options.simulation?.secret ?? newSimulationSecret());
  const simulation = simulationSecret === null ? 'off' : simulationLock(simulationSecret);
  const host = new LibraryHost({
    storageFor: (id) => (dataDir ? fileStorage(join(dataDir, id)) : memoryStorage()),
    wallClock: () => Date.now(),
    profileSetting: { get: () => profileId, set: (id) => (profileId = id) },
    clockRuns: true,
    seed: generatedSeed({ titleCount: options.titleCount, hashIterations: options.hashIterations }),
    hashIterations: options.hashIterations,
  });
  let handlers: ReturnType<typeof createHandlers> = [];
  const server = createServer((message, response) => {
    const cors = corsFor(message);
    if (message.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    if ((message.method === 'GET' || message.method === 'HEAD') && message.url === '/openapi.json') {
      response
        .writeHead(200, { 'Content-Type': 'application/json', ...corsHeaders })
        .end(message.method === 'HEAD' ? undefined : openApiDocument());
      return;
    }
    answerOf(message, origin, handlers)
      .catch((error: unknown) => {
        console.error(error);
        return errorResponse('INTERNAL_ERROR', 'The simulated library failed unexpectedly');
      })
      .then((answer) => writeResponse(message, response, answer))
      .catch((error: unknown) => {
        console.error(error);
        response.destroy();
      });
  });
  server.on('clientError', answerUnparsable);
  // A client that waits for "100 Continue" before sending a body too large gets the 413 instead.
  server.on('checkContinue', (message: IncomingMessage, response: ServerResponse) => {
    if (!declaresTooLarge(message)) response.writeContinue();
    server.emit('request', message, response);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = createHandlers(host, origin, simulation);
  await host.run(async () => undefined);
  return { url: origin, simulationSecret, close: () => new Promise((done) => server.close(() => done())) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 8787);
  const profile = ProfileId.safeParse(process.env.LIBRARY_PROFILE);
  const dataDir = resolve(process.env.DATA_DIR ?? '.shiori-api');
  const given = process.env.SHIORI_SIM_SECRET;
  const simulation = process.env.SHIORI_SIM === 'off' ? 'off' : given ? { secret: given } : undefined;
  void startHttpLibrary({ port, profileId: profile.success ? profile.data : undefined, dataDir, simulation })
    .then(({ url, simulationSecret }) => {
      console.info(
        `Simulated library API listening on ${url} (profile ${profile.success ? profile.data : 'p003'}; data in ${dataDir}; contract at ${url}/openapi.json)`,
      );
      console.info(
        simulationSecret === null
          ? `Simulation API (${SIMULATION_PREFIX}): left out (SHIORI_SIM=off)`
          : `Simulation API (${SIMULATION_PREFIX}): send the header ${SIMULATION_SECRET_HEADER}: ${given ? '(the value of SHIORI_SIM_SECRET)' : simulationSecret}`,
      );
    })
    .catch((error: unknown) => {
      // A damaged data folder is the user's to look at: say where and what to do, without a stack.
      console.error(error instanceof DamagedStorage ? `The simulated library cannot start: ${error.message}` : error);
      process.exit(1);
    });
}
