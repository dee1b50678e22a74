import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpLibrary, type HttpLibrary } from '../../mocks/http/serve';
import { formatReport, runConformance, type CheckResult } from '../conformance/suite';
import { persona, testLibraryOptions } from './harness';

// The conformance suite is a test tool: it must pass against the simulated library served over
// real HTTP, and fail, saying where and why, against a server that breaks the contract.

const holder = persona('p003', 'holder');
const reader = persona('p003', 'reader');
const patrons = { card: holder.cardNumber, password: holder.password!, otherCard: reader.cardNumber, otherPassword: reader.password! };

let library: HttpLibrary;

beforeAll(async () => {
  library = await startHttpLibrary({ profileId: 'p003', ...testLibraryOptions });
});
afterAll(() => library.close());

/**
 * The same library behind a proxy that breaks four things: /library loses a field, /me/summary
 * answers without a session, a wrong password gives 500 without the envelope, and its CORS
 * preflight does not allow the Idempotency-Key header the app sends with a placing.
 */
async function brokenServer(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  return proxy(target, true);
}

/** The same library behind a gateway that drops the Idempotency-Key header, as a backend that ignores it would. */
async function keyIgnoringServer(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  return proxy(target, false);
}

async function proxy(target: string, breakContract: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length ? Buffer.concat(chunks).toString() : undefined;
      if (request.method === 'OPTIONS' && breakContract) {
        response
          .writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type' })
          .end();
        return;
      }
      if (breakContract && request.url === '/me/summary' && !request.headers.authorization) {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
        return;
      }
      if (breakContract && request.url === '/auth/login' && body?.includes('"password":"' + holder.password + 'x"')) {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end('oops');
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && (breakContract || entry[0] !== 'idempotency-key'),
        ),
      );
      const answer = await fetch(`${target}${request.url}`, {
        method: request.method,
        headers,
        body: request.method === 'GET' || request.method === 'OPTIONS' ? undefined : body,
      });
      let text = await answer.text();
      if (breakContract && request.url === '/library') {
        const info = JSON.parse(text) as Record<string, unknown>;
        delete info.branches;
        text = JSON.stringify(info);
      }
      const passed = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)),
      );
      response.writeHead(answer.status, passed).end(text);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const named = (results: CheckResult[], start: string) => results.find((result) => result.name.startsWith(start))!;

describe('the conformance suite', () => {
  it('passes against the simulated library served over HTTP (npm run api), every check run', async () => {
    const results = await runConformance({ baseUrl: library.url, ...patrons, simSecret: library.simulationSecret! });
    expect(
      results.filter((result) => result.status !== 'passed'),
      formatReport(results, library.url),
    ).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(15);
  });

  it('fails against a server that breaks the contract, with a report that says where and why', async () => {
    const broken = await brokenServer(library.url);
    try {
      const results = await runConformance({ baseUrl: broken.url, ...patrons });
      expect(named(results, 'GET /library')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/getLibrary: the answer does not match the contract.*branches/s),
      });
      expect(named(results, 'A wrong password')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/HTTP 500 without the error envelope/),
      });
      expect(named(results, 'Auth required')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/GET \/me\/summary without a token: HTTP 200 without the error envelope/),
      });
      // Placing needs the branches the broken /library lost: it fails for that reason, and says so.
      expect(named(results, 'Placing')).toMatchObject({ status: 'failed', detail: expect.stringMatching(/^getLibrary/) });
      expect(named(results, 'Login answers')).toMatchObject({ status: 'passed' });
      expect(named(results, 'CORS')).toMatchObject({
        status: 'failed',
        detail: 'Access-Control-Allow-Headers does not allow idempotency-key (authorization, content-type)',
      });
      const report = formatReport(results, broken.url);
      expect(report).toMatch(/✗ GET \/library/);
      expect(report).toMatch(/\n5 failed|, 5 failed/);
    } finally {
      await broken.close();
    }
  });

  it('fails against a backend that ignores the Idempotency-Key header, and passes the rest', async () => {
    const gateway = await keyIgnoringServer(library.url);
    try {
      const results = await runConformance({ baseUrl: gateway.url, ...patrons });
      expect(named(results, 'Idempotency keys')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/^a placing whose Idempotency-Key differs from requestId: HTTP 200 without the error envelope/),
      });
      expect(results.filter((result) => result.status === 'failed')).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });
});
