import { ErrorEnvelope, httpStatusOf } from '../../src/api/contract/errors';
import type { FaultContext, Figures } from './fault';
import { dataFiles } from './data-files';
import { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { simulationSecret, startServer, type RunningServer } from './server';

export interface Answer {
  status: number;
  body: unknown;
}

interface CallOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** This call is meant to meet a failure the fault made: its 5xx is not counted as the server's error. */
  failureExpected?: boolean;
}

/** The seed's demo patrons of p003 (README, demo accounts), who share a password. */
export const demoPatrons = ['3000001', '3000002', '3000003', '3000004'];
export const demoPassword = 'yomu2026';

/** A patron's client of the server that counts what it sends and what comes back. */
export class Client {
  constructor(
    /** Where the server listens; a restarted server listens elsewhere. */
    public baseUrl: string,
    private readonly figures: Figures,
  ) {}

  token?: string;

  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const token = options.token ?? this.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    this.figures.requests += 1;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    if (response.status >= 500 && !options.failureExpected) this.figures.serverErrors += 1;
    if (response.status >= 400) {
      const envelope = ErrorEnvelope.safeParse(body);
      if (!envelope.success || httpStatusOf[envelope.data.error.code] !== response.status) this.figures.envelopeViolations += 1;
    }
    return { status: response.status, body };
  }

  /** A call of the simulation API (`/_sim`), which a real backend does not have. */
  simulation(method: string, path: string, body?: unknown): Promise<Answer> {
    return this.call(method, `${SIMULATION_PREFIX}${path}`, { body, headers: { [SIMULATION_SECRET_HEADER]: simulationSecret } });
  }

  async logIn(cardNumber: string, password: string): Promise<void> {
    const answer = await this.call('POST', '/auth/login', { body: { cardNumber, password } });
    if (answer.status !== 200) throw new Error(`Login as ${cardNumber} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    this.token = (answer.body as { token: string }).token;
  }

  /** Titles anyone may reserve (books, so that every branch can hand them out), for placing. */
  async reservableTitles(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ids.length < count && page <= 20; page += 1) {
      const answer = await this.call('GET', `/catalogue/search?q=${encodeURIComponent('の')}&materialTypes=book&page=${page}`);
      const items = (answer.body as { items: { id: string; notReservableReason: string | null }[] }).items;
      ids.push(...items.filter((item) => item.notReservableReason === null).map((item) => item.id));
    }
    return ids.slice(0, count);
  }
}

/** The patron's pending e-mail address in `slot`, which each `PUT /me/emails` replaces. */
export async function pendingEmail(client: Client, slot: 1 | 2): Promise<string | null> {
  const answer = await client.call('GET', '/me/account');
  const emails = (answer.body as { emails: { slot: number; pending: { address: string } | null }[] }).emails;
  return emails.find((email) => email.slot === slot)?.pending?.address ?? null;
}

/** Ask for a new e-mail address in `slot`: a write that any number of times makes a new row. */
export const requestEmail = (client: Client, slot: 1 | 2, address: string, failureExpected = false) =>
  client.call('PUT', '/me/emails', { body: { slot, address }, failureExpected });

/** A fault's server on its own data folder, and a demo patron logged in to it. */
export interface PatronOnServer {
  dataDir: string;
  files: ReturnType<typeof dataFiles>;
  server: RunningServer;
  client: Client;
}

/** How most faults begin: a seeded data folder of their own, the server on it, and a demo patron logged in. */
export async function patronOnServer(context: FaultContext, figures: Figures, cardNumber = '3000004'): Promise<PatronOnServer> {
  const dataDir = context.seededDataDir();
  const server = await startServer(dataDir);
  const client = new Client(server.url, figures);
  await client.logIn(cardNumber, demoPassword);
  return { dataDir, files: dataFiles(dataDir), server, client };
}

/** Kill the server with SIGKILL and start it again on the same folder; the client follows it to its new port. */
export async function killAndRestart(world: PatronOnServer): Promise<void> {
  await world.server.kill();
  world.server = await startServer(world.dataDir);
  world.client.baseUrl = world.server.url;
}
