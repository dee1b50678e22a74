import { killAndRestart, patronOnServer } from './client';
import { Tally, type Fault } from './fault';

const PARALLEL = 20;

/**
 * Twenty placings sent at once with one requestId (a double-clicked button, a retrying proxy) must
 * make one reservation and give every sender the same answer, before and after a restart.
 */
export const sameKeyPlacings: Fault = {
  name: `${PARALLEL} parallel placings, one key`,
  async run(context) {
    const tally = new Tally();
    const world = await patronOnServer(context, tally.figures);
    const { client } = world;
    const [titleId] = await client.reservableTitles(1);
    const requestId = `faults-same-key-${Date.now()}`;
    const body = { requestId, titleIds: [titleId], pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal' };
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, () => client.call('POST', '/me/reservations', { body, headers: { 'Idempotency-Key': requestId } })),
    );
    tally.check(
      `all ${PARALLEL} answer 200`,
      answers.every((answer) => answer.status === 200),
      answers.map((answer) => answer.status).join(' '),
    );
    const first = JSON.stringify(answers[0]!.body);
    tally.check(
      'all answers are the same',
      answers.every((answer) => JSON.stringify(answer.body) === first),
      first,
    );
    const placed = (answers[0]!.body as { placed?: unknown[] }).placed ?? [];
    tally.check('the answer places the title', placed.length === 1, first);
    tally.figures.acknowledgedWrites += 1;

    const reservationsOfTitle = async () => {
      const list = await client.call('GET', '/me/reservations');
      return (list.body as { items: { titleId: string }[] }).items.filter((item) => item.titleId === titleId).length;
    };
    const count = await reservationsOfTitle();
    tally.check('exactly one reservation is made', count === 1, `${count} reservations`);
    await killAndRestart(world);
    const afterRestart = await reservationsOfTitle();
    await world.server.stop();
    tally.check('exactly one after a kill -9 and restart', afterRestart === 1, `${afterRestart} reservations`);
    tally.figures.duplicates += Math.max(0, count - 1, afterRestart - 1);
    tally.figures.acknowledgedLost += afterRestart === 0 ? 1 : 0;
    return tally.result();
  },
};
