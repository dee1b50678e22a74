import { patronOnServer } from './client';
import { Tally, type Fault } from './fault';
import { SIMULATION_SECRET_HEADER } from '../../src/api/contract/endpoints';
import { fuzzOperations } from './fuzz';
import { simulationSecret } from './server';

/** How many requests the fuzz sends in the suite (`FUZZ_REQUESTS` to change it). */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);

/**
 * Every operation of openapi.json with malformed parameters, bodies, methods and escapes, with a
 * patron's token, against the real server: no 5xx, and every answer the envelope or its schema.
 */
export const fuzzEveryOperation: Fault = {
  name: 'fuzz of every operation',
  async run(context) {
    const tally = new Tally();
    const world = await patronOnServer(context, tally.figures);
    try {
      const fuzz = await fuzzOperations({
        baseUrl: world.server.url,
        requests: REQUESTS,
        seed: 1,
        token: world.client.token,
        headers: { [SIMULATION_SECRET_HEADER]: simulationSecret },
      });
      tally.figures.requests += fuzz.requests;
      tally.figures.serverErrors += fuzz.serverErrors;
      tally.figures.envelopeViolations += fuzz.envelopeViolations;
      const detail = fuzz.failures.slice(0, 10).join('\n');
      tally.check(`${fuzz.requests} requests, no 5xx`, fuzz.serverErrors === 0, detail);
      tally.check('every answer the envelope or its schema', fuzz.envelopeViolations === 0, detail);
    } finally {
      await world.server.stop();
    }
    return tally.result();
  },
};
