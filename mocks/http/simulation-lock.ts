// The simulation API over HTTP can sign in as anyone, move the clock and reset the library: on a
// server that may run for days on a shared machine, only who holds the secret printed at start
// (or given in SHIORI_SIM_SECRET) may use it. The page's demo panel needs none: there the library
// runs inside the page itself.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import type { SimulationAccess } from '../handlers/define-handler';
import { DomainError } from '../domain/errors';

/** Shorter secrets could be guessed by a process on the same machine. */
const MIN_SECRET_LENGTH = 16;

export const newSimulationSecret = () => randomBytes(24).toString('base64url');

function checkedSimulationSecret(secret: string): string {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The simulation secret must be at least ${MIN_SECRET_LENGTH} characters long`);
  return secret;
}

// Digests of equal length, so that comparing them takes the same time whatever was sent.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Admits a request to the simulation API only with `secret` in its header; otherwise 401 UNAUTHENTICATED in the envelope. */
export function simulationLock(secret: string): SimulationAccess {
  const expected = digest(checkedSimulationSecret(secret));
  return {
    admit(request) {
      const sent = request.headers.get(SIMULATION_SECRET_HEADER);
      if (sent === null || !timingSafeEqual(digest(sent), expected)) {
        throw new DomainError('UNAUTHENTICATED', `The simulation API needs the server's secret in the ${SIMULATION_SECRET_HEADER} header`);
      }
    },
  };
}

const simulationPath = new RegExp(`^${SIMULATION_PREFIX}(/|$)`, 'i');

/** Whether a request goes to the simulation API (matched as loosely as the router matches it, so that no case variant slips through). */
export const isSimulationPath = (pathname: string) => simulationPath.test(pathname);
