import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { killAndRestart, patronOnServer, pendingEmail, requestEmail } from './client';
import { Tally, type Fault } from './fault';

/** Limit how large the running server may make a file (RLIMIT_FSIZE), as a disk that fills up does: a write past it fails with EFBIG. */
const limitFileSize = (pid: number, bytes: number | 'unlimited') => execFileSync('prlimit', [`--pid=${pid}`, `--fsize=${bytes}:`]);

/**
 * The disk fills up in the middle of a write: the running server's file size limit is lowered to
 * a few bytes past the log's end, so that the next record is written in part and then fails with
 * EFBIG (as root, permissions would not stop a write). That write must answer the 500 envelope and
 * leave the library as it was, in memory too; once there is room again, the next write succeeds,
 * and a restart finds the log whole.
 */
export const failingDisk: Fault = {
  name: 'disk full mid-write',
  async run(context) {
    const tally = new Tally();
    const world = await patronOnServer(context, tally.figures);
    const { client, files } = world;
    await requestEmail(client, 1, 'before@example.jp');
    tally.figures.acknowledgedWrites += 1;

    limitFileSize(world.server.pid, statSync(files.log).size + 64);
    const failed = await requestEmail(client, 1, 'lost@example.jp', true);
    limitFileSize(world.server.pid, 'unlimited');
    const code = (failed.body as { error?: { code?: string } } | null)?.error?.code;
    tally.check(
      'the write that met a full disk answers 500 INTERNAL_ERROR',
      failed.status === 500 && code === 'INTERNAL_ERROR',
      `${failed.status} ${code}`,
    );
    const seen = await pendingEmail(client, 1);
    tally.check('the next read shows the library as it was before that write', seen === 'before@example.jp', `found ${seen}`);

    const after = await requestEmail(client, 1, 'after@example.jp');
    tally.check('once there is room again, writes succeed', after.status >= 200 && after.status < 300, `${after.status}`);
    tally.figures.acknowledgedWrites += 1;
    await killAndRestart(world);
    tally.check('the restart finds no torn record in the log', !world.server.output().includes('cut short'), world.server.output());
    const found = await pendingEmail(client, 1);
    await world.server.stop();
    if (found !== 'after@example.jp') tally.figures.acknowledgedLost += 1;
    tally.check(
      'after a restart the library holds every acknowledged write and nothing of the failed one',
      found === 'after@example.jp',
      `found ${found}`,
    );
    return tally.result();
  },
};
