// npm run measure:login-timing: how long a wrong password takes on a card the library knows and
// on one it does not, at the full PBKDF2 cost, through the same handlers `npm run api` serves.
// The medians must be within 20 % of each other, or the timing tells which cards exist.
//   ROUNDS=40 npm run measure:login-timing
import { getResponse } from 'msw';
import { CLIENT_ADDRESS_HEADER } from '../../mocks/handlers/define-handler';
import { createHandlers } from '../../mocks/handlers/handlers';
import { createNodeLibrary } from '../../mocks/node';
import { HASH_ITERATIONS } from '../../mocks/domain/password-hash';
import { profiles } from '../../mocks/profiles/profiles';
import { personasOf } from '../../mocks/seed/personas';

const base = 'http://library.test';
const rounds = Number(process.env.ROUNDS ?? 40);
const host = createNodeLibrary({ profileId: 'p003', titleCount: 3000 });
const handlers = createHandlers(host, base);
let requestCount = 0;

async function call(method: string, path: string, body: unknown): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const answer = await getResponse(
    handlers,
    new Request(`${base}${path}`, {
      method,
      // Each attempt from its own client, so that the per-client limit does not answer instead of the rules measured.
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: `timing-${++requestCount}` },
      body: JSON.stringify(body),
    }),
  );
  return { status: answer?.status ?? 0, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const known = personasOf(profiles.p003)
  .filter((persona) => persona.password !== null && !persona.temporary)
  .slice(0, 4);
const timings = { known: [] as number[], unknown: [] as number[] };

await call('GET', '/library', undefined).catch(() => undefined);
for (let round = 0; round < rounds; round++) {
  // Four failures in a row at most, since the fifth would lock the card and answer without hashing:
  // then a right password resets the known cards' counts, and the unknown cards are new ones.
  if (round > 0 && round % 4 === 0) {
    for (const persona of known) await call('POST', '/auth/login', { cardNumber: persona.cardNumber, password: persona.password });
  }
  for (const [n, persona] of known.entries()) {
    const onKnown = await call('POST', '/auth/login', { cardNumber: persona.cardNumber, password: 'wrong-0' });
    const onUnknown = await call('POST', '/auth/login', {
      cardNumber: String(3_900_000 + Math.floor(round / 4) * 10 + n),
      password: 'wrong-0',
    });
    if (onKnown.status !== 401 || onUnknown.status !== 401)
      throw new Error(`expected 401 twice, got ${onKnown.status} and ${onUnknown.status}`);
    timings.known.push(onKnown.ms);
    timings.unknown.push(onUnknown.ms);
  }
}

const [knownMedian, unknownMedian] = [median(timings.known), median(timings.unknown)];
const difference = Math.abs(knownMedian - unknownMedian) / Math.max(knownMedian, unknownMedian);
console.info(`PBKDF2-SHA-256 at ${HASH_ITERATIONS} iterations; ${timings.known.length} wrong passwords on each kind of card`);
console.info(`known card:   median ${knownMedian.toFixed(1)} ms`);
console.info(`unknown card: median ${unknownMedian.toFixed(1)} ms`);
console.info(`difference:   ${(difference * 100).toFixed(1)} % (must stay under 20 %)`);
process.exitCode = difference < 0.2 ? 0 : 1;
