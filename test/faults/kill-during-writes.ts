import { Client, demoPassword, demoPatrons, pendingEmail, requestEmail } from './client';
import { Tally, type Fault } from './fault';
import { startServer } from './server';

const ROUNDS = 10;

/** One patron's e-mail slot, written by one writer in sequence: each write asks for the address `w<n>@…` with a larger n. */
interface Writer {
  client: Client;
  slot: 1 | 2;
  /** The n of the last write the server acknowledged. */
  acknowledged: number;
}

const numberOf = (address: string | null) => (address ? Number(/^w(\d+)@/.exec(address)?.[1] ?? -1) : 0);

/**
 * Eight writers (four patrons, two e-mail slots each) write without pause; once the round's
 * randomly chosen number of writes was acknowledged, the server is killed with SIGKILL while the
 * others are in flight, and started again. Every slot must then hold its last acknowledged
 * address, or the one that was in flight after it: an older one means an acknowledged write lost.
 */
export const killDuringWrites: Fault = {
  name: `kill -9 during writes, ${ROUNDS} restarts`,
  async run(context) {
    const tally = new Tally();
    const dataDir = context.seededDataDir();
    let server = await startServer(dataDir);
    const writers: Writer[] = [];
    for (const cardNumber of demoPatrons) {
      const client = new Client(server.url, tally.figures);
      await client.logIn(cardNumber, demoPassword);
      writers.push({ client, slot: 1, acknowledged: 0 }, { client, slot: 2, acknowledged: 0 });
    }
    let written = 0;
    let lost = 0;
    const misses: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const killAfter = 10 + Math.floor(Math.random() * 50);
      let acknowledgedThisRound = 0;
      let reached!: () => void;
      const enough = new Promise<void>((resolve) => (reached = resolve));
      let killed = false;
      const writing = writers.map(async (writer) => {
        while (!killed) {
          const n = (written += 1);
          try {
            const answer = await requestEmail(writer.client, writer.slot, `w${n}@example.jp`);
            if (answer.status >= 200 && answer.status < 300) {
              writer.acknowledged = n;
              tally.figures.acknowledgedWrites += 1;
              if ((acknowledgedThisRound += 1) >= killAfter) reached();
            }
          } catch {
            return; // The connection died with the server.
          }
        }
      });
      await enough;
      killed = true;
      await server.kill();
      await Promise.all(writing);
      server = await startServer(dataDir);
      for (const writer of writers) {
        writer.client.baseUrl = server.url;
        const found = numberOf(await pendingEmail(writer.client, writer.slot));
        if (found < writer.acknowledged) {
          lost += 1;
          misses.push(`round ${round}, slot ${writer.slot}: w${found} after w${writer.acknowledged} was acknowledged`);
        }
      }
    }
    await server.stop();
    tally.figures.acknowledgedLost += lost;
    tally.check(`every acknowledged write survived ${ROUNDS} kill -9 restarts`, lost === 0, misses.join('; '));
    tally.check('no answer was a 5xx or outside the envelope', tally.figures.serverErrors + tally.figures.envelopeViolations === 0);
    return tally.result();
  },
};
