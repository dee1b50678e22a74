// npm run api: the simulated library as a real HTTP server on this machine, for an app built
// against a real API (VITE_API_BASE_URL=http://127.0.0.1:8787). Same contract, same handlers and
// rules as in the browser; the data persists in a folder (DATA_DIR, default .shiori-api/), one
// per profile, so that a restart keeps it. The contract is served at /openapi.json. The simulation
// API answers only with the secret printed at start (or SHIORI_SIM_SECRET), and SHIORI_SIM=off
// leaves it out.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { ProfileId } from '../../src/api/contract/library';
import { fileStorage } from '../db/file-storage';
import { memoryStorage } from '../db/storage';
import { createHandlers } from '../handlers/handlers';
import { LibraryHost } from '../runtime/library-host';
import { isSimulationPath, newSimulationSecret, simulationLock } from './simulation-lock';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Idempotency-Key',
  'Access-Control-Max-Age': '600',
  // A page on another origin may read how long to wait after a 503 or 429.
  'Access-Control-Expose-Headers': 'Retry-After',
};

async function toFetchRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method,
    headers,
    body: message.method === 'GET' || message.method === 'HEAD' ? undefined : body,
  });
}

/** The patron API may be called from a page on any origin; the simulation API from none (its callers are scripts and tools). */
const corsFor = (message: IncomingMessage) => (isSimulationPath(new URL(message.url ?? '/', 'http://host').pathname) ? {} : corsHeaders);

async function writeResponse(target: ServerResponse, response: Response, cors: Record<string, string>): Promise<void> {
  target.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
  target.end(Buffer.from(await response.arrayBuffer()));
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
    titleCount: options.titleCount,
    hashIterations: options.hashIterations,
  });
  let handlers: ReturnType<typeof createHandlers> = [];
  const server = createServer((message, response) => {
    const cors = corsFor(message);
    if (message.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    if (message.method === 'GET' && message.url === '/openapi.json') {
      response.writeHead(200, { 'Content-Type': 'application/json', ...corsHeaders }).end(openApiDocument());
      return;
    }
    void (async () => {
      const answer = await getResponse(handlers, await toFetchRequest(message, origin));
      await writeResponse(
        response,
        answer ?? Response.json({ error: { code: 'NOT_FOUND', message: `No endpoint ${message.method} ${message.url}` } }, { status: 404 }),
        cors,
      );
    })().catch((error: unknown) => {
      console.error(error);
      response.writeHead(500, cors).end();
    });
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
  void startHttpLibrary({ port, profileId: profile.success ? profile.data : undefined, dataDir, simulation }).then(
    ({ url, simulationSecret }) => {
      console.info(
        `Simulated library API listening on ${url} (profile ${profile.success ? profile.data : 'p003'}; data in ${dataDir}; contract at ${url}/openapi.json)`,
      );
      console.info(
        simulationSecret === null
          ? `Simulation API (${SIMULATION_PREFIX}): left out (SHIORI_SIM=off)`
          : `Simulation API (${SIMULATION_PREFIX}): send the header ${SIMULATION_SECRET_HEADER}: ${given ? '(the value of SHIORI_SIM_SECRET)' : simulationSecret}`,
      );
    },
  );
}
