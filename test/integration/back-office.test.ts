import { describe, expect, it } from 'vitest';
import type { ReservationRow } from '../../mocks/db/schema';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, advanceClock, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

/** Move the library's clock and let the back office catch up (it runs before every request). */
async function passTime(minutes: number) {
  await advanceClock(minutes);
  await api.call('simGetClock');
}

function reservationsOf(host: LibraryHost, cardNumber: string): Promise<ReservationRow[]> {
  return host.run(async (library) => {
    const { patrons, reservations } = library.db.tables;
    const patron = patrons.find((row) => row.cardNumber === cardNumber)!;
    return reservations.where('patronId', patron.id).sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

const holderOf = (profileId: ProfileId) => persona(profileId, 'holder').cardNumber;

describe('the back office, driven by the library clock', () => {
  it('approves a 予約申込 after five minutes, secures the copy within two hours and tells the patron by e-mail', async () => {
    const host = openLibrary();
    const requested = (await reservationsOf(host, holderOf('p003'))).find((row) => row.state === 'requested')!;

    await passTime(2);
    expect((await reservationsOf(host, holderOf('p003'))).find((row) => row.id === requested.id)?.state).toBe('requested');
    await passTime(2);
    expect((await reservationsOf(host, holderOf('p003'))).find((row) => row.id === requested.id)?.state).toBe('awaiting-pick');

    await passTime(24 * 60);
    const secured = (await reservationsOf(host, holderOf('p003'))).find((row) => row.id === requested.id)!;
    expect(['ready', 'in-transit']).toContain(secured.state);
    expect(secured.copyId).not.toBeNull();
    if (secured.state === 'ready') {
      expect(secured.pickupDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const mail = await host.run(async (library) =>
        library.db.tables.mail.filter((row) => row.kind === 'ready-notice' && row.patronId === secured.patronId),
      );
      expect(mail.length).toBeGreaterThan(0);
      expect(mail[0]!.subject).toContain('予約資料のご用意ができました');
    }
  });

  it('brings a copy in transit to the pickup branch and makes it 利用可能 with its deadline', async () => {
    const host = openLibrary();
    const travelling = (await reservationsOf(host, holderOf('p003'))).find((row) => row.state === 'in-transit')!;
    await passTime(90);
    const arrived = (await reservationsOf(host, holderOf('p003'))).find((row) => row.id === travelling.id)!;
    expect(arrived).toMatchObject({ state: 'ready', notifiedAt: '2026-11-24T11:00:00+09:00' });
    // p003: a week counting the notice day, 30 November is a Monday closure.
    expect(arrived.pickupDeadline).toBe('2026-12-01');
  });

  it('cancels a ready item nobody collected as 期限切れ the day after its deadline, and frees its copy', async () => {
    const host = openLibrary();
    const ready = (await reservationsOf(host, holderOf('p003'))).find((row) => row.state === 'ready')!;
    await passTime(10 * 24 * 60);
    const after = (await reservationsOf(host, holderOf('p003'))).find((row) => row.id === ready.id)!;
    expect(after).toMatchObject({ state: 'cancelled', cancelReason: 'expired' });
    const copy = await host.run(async (library) => library.db.tables.copies.get(ready.copyId!));
    expect(copy?.status).not.toBe('held');
  });

  it('approves a 取消申込 after five minutes as 本人取消', async () => {
    const host = openLibrary();
    const asked = (await reservationsOf(host, holderOf('p003'))).find((row) => row.state === 'cancel-requested')!;
    await passTime(4);
    expect((await reservationsOf(host, holderOf('p003'))).find((row) => row.id === asked.id)).toMatchObject({
      state: 'cancelled',
      cancelReason: 'patron',
    });
  });

  it('moves a queue as other patrons bring their loans back: the first gets the copy, the next becomes 返却待ち', async () => {
    const host = openLibrary();
    const queued = await host.run(async (library) => {
      const waiting = library.db.tables.reservations.filter((row) => row.state === 'waiting');
      const titleId = waiting.find(
        (row) => library.db.tables.reservations.where('titleId', row.titleId).filter((other) => other.state === 'waiting').length >= 2,
      )!.titleId;
      return library.db.tables.reservations
        .where('titleId', titleId)
        .filter((row) => row.state === 'awaiting-return' || row.state === 'waiting');
    });
    const titleId = queued[0]!.titleId;
    await passTime(30 * 24 * 60);
    const after = await host.run(async (library) => library.db.tables.reservations.where('titleId', titleId));
    const served = after.filter((row) => row.copyId !== null);
    expect(served.length).toBeGreaterThan(0);
    const stillWaiting = after.filter((row) => row.state === 'awaiting-return' || row.state === 'waiting');
    expect(stillWaiting.filter((row) => row.state === 'awaiting-return').length).toBeLessThanOrEqual(1);
    if (stillWaiting.length > 0) {
      const first = [...stillWaiting].sort((a, b) =>
        a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id < b.id ? -1 : 1,
      )[0]!;
      expect(first.state).toBe('awaiting-return');
    }
  });

  it('prepares an ordered series volume by volume: volume 2 stays 準備中 until volume 1 is ready', async () => {
    const host = openLibrary();
    const series = (await reservationsOf(host, holderOf('p003')))
      .filter((row) => row.orderGroupId !== null)
      .sort((a, b) => a.orderPosition! - b.orderPosition!);
    expect(series.map((row) => row.state)).toEqual(['awaiting-return', 'preparing', 'preparing']);
    for (let day = 0; day < 40; day++) {
      await passTime(24 * 60);
      const now = (await reservationsOf(host, holderOf('p003')))
        .filter((row) => row.orderGroupId === series[0]!.orderGroupId)
        .sort((a, b) => a.orderPosition! - b.orderPosition!);
      const [first, second, third] = now;
      if (second!.state !== 'preparing') {
        // Volume 2 moved on only once volume 1 had been made ready (or has expired after being ready).
        expect(first!.copyId).not.toBeNull();
        expect(third!.state === 'preparing' || second!.copyId !== null).toBe(true);
        return;
      }
      expect(third!.state).toBe('preparing');
    }
    throw new Error('Volume 1 never became ready within 40 days');
  });

  it('starts volume 2 of an ordered reservation once volume 1 is cancelled: it no longer waits for it', async () => {
    const host = openLibrary();
    const patron = persona('p003', 'holder');
    const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
    useSessionToken.setState({ token });
    const series = (await reservationsOf(host, patron.cardNumber))
      .filter((row) => row.orderGroupId !== null)
      .sort((a, b) => a.orderPosition! - b.orderPosition!);
    await api.call('cancelReservation', { params: { reservationId: series[0]!.id } });
    await passTime(6);
    const after = (await reservationsOf(host, patron.cardNumber))
      .filter((row) => row.orderGroupId === series[0]!.orderGroupId)
      .sort((a, b) => a.orderPosition! - b.orderPosition!);
    expect(after.map((row) => row.state)).toEqual(['cancelled', expect.not.stringMatching(/^(preparing|cancelled)$/), 'preparing']);
  });

  it('plays out the same way every time: two libraries moved alike end alike', async () => {
    const snapshot = async () => {
      const host = openLibrary();
      await passTime(14 * 24 * 60);
      return host.run(async (library) =>
        library.db.tables.reservations
          .all()
          .map((row) => `${row.id}:${row.state}:${row.copyId}:${row.updatedAt}`)
          .sort(),
      );
    };
    expect(await snapshot()).toEqual(await snapshot());
  });
});
