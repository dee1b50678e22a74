import { readFileSync, writeFileSync } from 'node:fs';
import { patronOnServer, requestEmail } from './client';
import { spills } from './data-files';
import { Tally, type Fault } from './fault';
import { refusedStart } from './server';

/**
 * One damaged byte in a record with more after it is not a crash: the server must refuse to start,
 * name the file and the byte, and leave the log as it is (before framing, every later record was
 * silently dropped).
 */
export const corruptRecord: Fault = {
  name: 'damaged record mid-log',
  async run(context) {
    const tally = new Tally();
    const { dataDir, server, client, files } = await patronOnServer(context, tally.figures);
    const { log } = files;
    for (const address of ['one@example.jp', 'two@example.jp', 'three@example.jp']) await requestEmail(client, 1, address);
    await server.kill();

    const bytes = readFileSync(log);
    const second = bytes.indexOf(0x0a) + 1;
    const damaged = second + Math.floor((bytes.indexOf(0x0a, second) - second) / 2);
    bytes[damaged] = bytes[damaged]! ^ 0x20;
    writeFileSync(log, bytes);

    const start = await refusedStart(dataDir);
    tally.check('the server refuses to start', !start.listened && start.code !== 0, `exit ${start.code}`);
    tally.check(
      'it names the file and the byte position of the damaged record',
      start.output.includes(`${log} has a damaged record at byte ${second}`),
      start.output,
    );
    tally.check('it prints neither a stack nor the library', !spills(start.output), start.output.slice(0, 2000));
    tally.check('the log is left as it was', readFileSync(log).equals(bytes));
    return tally.result();
  },
};
