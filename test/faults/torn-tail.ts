import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { killAndRestart, patronOnServer, pendingEmail, requestEmail } from './client';
import { Tally, type Fault } from './fault';
import { startServer } from './server';

/**
 * A crash in the middle of an append leaves half a record at the end of the log. The server must
 * start, cut it away and say so, and a write acknowledged after that must survive the next restart
 * (before framing, every such write was lost, 5 of 5).
 */
export const tornTail: Fault = {
  name: 'torn last record',
  async run(context) {
    const tally = new Tally();
    const world = await patronOnServer(context, tally.figures);
    const { client, files } = world;
    const { log } = files;
    await requestEmail(client, 1, 'before@example.jp');
    await world.server.kill();

    const whole = statSync(log).size;
    const lastRecord = readFileSync(log).subarray(0, whole - 1);
    const tail = lastRecord.subarray(lastRecord.lastIndexOf(0x0a) + 1);
    appendFileSync(log, tail.subarray(0, Math.floor(tail.length / 2)));

    world.server = await startServer(world.dataDir);
    client.baseUrl = world.server.url;
    tally.check(
      'it reports the torn record on stderr with the file and byte position',
      world.server.output().includes(`${log}: the last record (bytes ${whole}–`),
      world.server.output(),
    );
    tally.check(
      'the log is cut back to its last whole record',
      statSync(log).size === whole,
      `${statSync(log).size} bytes, ${whole} expected`,
    );
    const after = await requestEmail(client, 1, 'after@example.jp');
    if (after.status >= 200 && after.status < 300) tally.figures.acknowledgedWrites += 1;
    await killAndRestart(world);
    const found = await pendingEmail(client, 1);
    await world.server.stop();
    if (found !== 'after@example.jp') tally.figures.acknowledgedLost += 1;
    tally.check('a write acknowledged after the cut survives the next restart', found === 'after@example.jp', `found ${found}`);
    return tally.result();
  },
};
