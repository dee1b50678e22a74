import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpLibrary, type HttpLibrary } from '../../mocks/http/serve';
import { MAX_BODY_BYTES } from '../../mocks/http/request-limits';
import { SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { ErrorEnvelope } from '../../src/api/contract/errors';
import { testLibraryOptions } from './harness';

// `npm run api` left running for days meets clients of every kind: what it answers at its limits.

let library: HttpLibrary;

beforeAll(async () => {
  library = await startHttpLibrary({ profileId: 'p003', ...testLibraryOptions });
});
afterAll(() => library.close());

/** A request written by hand, answered as soon as the server answers (even before the body is all sent). */
function send(method: string, path: string, options: { headers?: Record<string, string>; chunks?: Buffer[] } = {}) {
  return new Promise<{ response: IncomingMessage; text: string; sentBytes: number }>((resolve, reject) => {
    let sentBytes = 0;
    const outgoing = httpRequest(`${library.url}${path}`, { method, headers: options.headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ response, text, sentBytes }));
    });
    outgoing.on('error', reject);
    for (const chunk of options.chunks ?? []) {
      sentBytes += chunk.length;
      outgoing.write(chunk);
    }
    outgoing.end();
  });
}

const envelopeCode = (text: string) => ErrorEnvelope.parse(JSON.parse(text)).error.code;

describe('the simulated library over HTTP, at its limits', () => {
  it('refuses a body declared larger than 1 MB with 413 in the envelope before reading it, and closes the connection', async () => {
    const { response, text } = await send('POST', '/auth/login', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(600 * 1024 * 1024) },
      chunks: [Buffer.alloc(64 * 1024)],
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(envelopeCode(text)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stops reading a chunked body at 1 MB and answers 413', async () => {
    const { response, text } = await send('POST', '/auth/login', {
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      chunks: [Buffer.alloc(MAX_BODY_BYTES), Buffer.alloc(1024)],
    });
    expect(response.statusCode).toBe(413);
    expect(envelopeCode(text)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still reads a body just under the limit', async () => {
    const body = Buffer.from(JSON.stringify({ cardNumber: '3000001', password: 'x'.repeat(MAX_BODY_BYTES - 100) }));
    const { response } = await send('POST', '/auth/login', { headers: { 'Content-Type': 'application/json' }, chunks: [body] });
    expect(response.statusCode).not.toBe(413);
  });

  it('answers a malformed %-escape in the path with 400 VALIDATION_FAILED', async () => {
    for (const path of ['/catalogue/titles/%zz', '/catalogue/titles/%', '/catalogue/titles/%E3%81']) {
      const { response, text } = await send('GET', path);
      expect(response.statusCode).toBe(400);
      expect(envelopeCode(text)).toBe('VALIDATION_FAILED');
    }
  });

  it('answers a method it does not serve with 405 and the ones it does in Allow', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'FOO']) {
      const { response, text } = await send(method, '/library');
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
      expect(envelopeCode(text)).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('answers HEAD as GET, without the body', async () => {
    const get = await send('GET', '/library');
    const head = await send('HEAD', '/library');
    expect(head.response.statusCode).toBe(200);
    expect(head.response.headers['content-length']).toBe(get.response.headers['content-length']);
    expect(head.text).toBe('');
    expect((await send('HEAD', '/openapi.json')).response.statusCode).toBe(200);
  });

  it('answers 503 in the envelope while the simulated network is offline, not an empty 500', async () => {
    const network = (offline: boolean) =>
      fetch(`${library.url}/_sim/network`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', [SIMULATION_SECRET_HEADER]: library.simulationSecret! },
        body: JSON.stringify({ latency: 'none', failureRate: 0, offline }),
      });
    expect((await network(true)).ok).toBe(true);
    try {
      const { response, text } = await send('GET', '/library');
      expect(response.statusCode).toBe(503);
      expect(envelopeCode(text)).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await network(false);
    }
  });
});
