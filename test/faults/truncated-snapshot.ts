import { existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { demoPassword, patronOnServer, requestEmail } from './client';
import { spills } from './data-files';
import { Tally, type Fault } from './fault';
import { refusedStart } from './server';

/**
 * A snapshot cut short (a disk that lost its end) must stop the start with a message that says
 * what is wrong and names the previous snapshot kept beside it, without printing the snapshot
 * (before, the start crashed and dumped it to stderr).
 */
export const truncatedSnapshot: Fault = {
  name: 'truncated snapshot',
  async run(context) {
    const tally = new Tally();
    const { dataDir, server, client, files } = await patronOnServer(context, tally.figures);
    const { snapshot } = files;
    // A reset writes a new snapshot, so that the seeded one is kept as the previous.
    const reset = await client.simulation('POST', '/reset');
    tally.check('a reset writes a new snapshot and keeps the previous one', reset.status < 300 && existsSync(`${snapshot}.prev`));
    await client.logIn('3000004', demoPassword);
    await requestEmail(client, 1, 'kept@example.jp');
    await server.kill();

    const previous = readFileSync(`${snapshot}.prev`);
    truncateSync(snapshot, Math.floor(statSync(snapshot).size / 3));
    const start = await refusedStart(dataDir);
    tally.check('the server refuses to start', !start.listened && start.code !== 0, `exit ${start.code}`);
    tally.check('it says the snapshot is not whole', start.output.includes(`${snapshot} is not a whole snapshot`), start.output);
    tally.check('it names the previous snapshot to restore', start.output.includes(`mv ${snapshot}.prev ${snapshot}`), start.output);
    tally.check('it prints neither a stack nor the library', !spills(start.output), start.output.slice(0, 2000));
    tally.check('the previous snapshot is left as it was', readFileSync(`${snapshot}.prev`).equals(previous));
    return tally.result();
  },
};
