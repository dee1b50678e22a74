import { describe, expect, it } from 'vitest';
import type { TitleRow } from '../../mocks/db/schema';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, firstTitleIn, interceptApiRequests, openLibrary, persona, seriesVolumes, titlesIn } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: 'reader' | 'holder' | 'quiet' | 'near-limit') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

const lendableBook = (title: TitleRow) => title.materialType === 'book' && !title.referenceOnly;
let requests = 0;
const requestId = () => `test-request-${++requests}`;

async function place(
  titleIds: string[],
  extra: Partial<{ pickupBranchId: string; contactMethod: 'email1' | 'phone'; mode: 'normal' | 'ordered'; requestId: string }> = {},
) {
  return api.call('placeReservations', {
    body: { requestId: requestId(), titleIds, pickupBranchId: 'chuo', contactMethod: 'phone', mode: 'normal', ...extra },
  });
}

describe('placing reservations', () => {
  it('places 予約申込 for what may be reserved, names every refusal, and takes the placed titles out of the cart', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const [a, b] = (await titlesIn(host, lendableBook)).slice(0, 2);
    const reference = await firstTitleIn(host, (title) => title.referenceOnly);
    await api.call('addToCart', { body: { titleIds: [a!.id, b!.id] } });

    const result = await place([a!.id, reference.id, b!.id, 'T999999']);
    expect(result.placed.map((item) => item.titleId)).toEqual([a!.id, b!.id]);
    expect(result.refused).toEqual([
      { titleId: reference.id, title: reference.title, reason: 'reference-only' },
      { titleId: 'T999999', title: null, reason: 'not-found' },
    ]);
    expect((await api.call('getCart')).items).toEqual([]);
    const rows = await host.run(async (library) =>
      library.db.tables.reservations.filter((row) => result.placed.some((item) => item.reservationId === row.id)),
    );
    expect(rows.map((row) => row.state)).toEqual(['requested', 'requested']);
  });

  it('never places twice for a retried request: the same requestId answers the same result', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const [a] = await titlesIn(host, lendableBook);
    const first = await place([a!.id], { requestId: 'double-click-1' });
    const again = await place([a!.id], { requestId: 'double-click-1' });
    expect(again).toEqual(first);
    const count = await host.run(
      async (library) => library.db.tables.reservations.filter((row) => row.titleId === a!.id && row.state === 'requested').length,
    );
    expect(count).toBe(1);
    await expect(place(['T1', a!.id], { requestId: 'double-click-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a requestId sent again with another pickup branch, contact method or mode (409), and places nothing more', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const [a] = await titlesIn(host, lendableBook);
    const first = await place([a!.id], { requestId: 'same-key-1' });
    for (const other of [{ pickupBranchId: 'gyotoku' }, { contactMethod: 'email1' as const }, { mode: 'ordered' as const }]) {
      await expect(place([a!.id], { requestId: 'same-key-1', ...other }), JSON.stringify(other)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
    }
    expect(await place([a!.id], { requestId: 'same-key-1' })).toEqual(first);
    const rows = await host.run(async (library) =>
      library.db.tables.reservations.filter((row) => row.titleId === a!.id && row.state === 'requested'),
    );
    expect(rows).toHaveLength(1);
  });

  it('gives every new reservation an id never used before, also after one left the table (collected at the counter)', async () => {
    const host = openLibrary();
    const quiet = persona('p003', 'quiet');
    const [a, b, c] = await titlesIn(host, lendableBook);
    const reserveAtCounter = async (titleId: string) => {
      await api.call('simCounterReserve', { body: { cardNumber: quiet.cardNumber, titleId } });
      return host.run(async (library) => library.db.tables.reservations.filter((row) => row.titleId === titleId).at(-1)!.id);
    };
    const first = await reserveAtCounter(a!.id);
    // Lending the title to the patron ends (deletes) their reservation of it: the table is one row shorter.
    await api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: a!.id } });
    const second = await reserveAtCounter(b!.id);
    const third = await reserveAtCounter(c!.id);
    expect(new Set([first, second, third]).size).toBe(3);
    await logIn('p003', 'quiet');
    const { items } = await api.call('getReservations');
    expect(items.map((item) => item.titleId)).toEqual(expect.arrayContaining([b!.id, c!.id]));
  });

  it('refuses past the limit with 予約可能点数を越えています (near-limit patron: one left), and keeps the refused title in the cart', async () => {
    const host = openLibrary();
    await logIn('p003', 'near-limit');
    const [a, b] = (await titlesIn(host, lendableBook)).slice(0, 2);
    await api.call('addToCart', { body: { titleIds: [a!.id, b!.id] } });
    const result = await place([a!.id, b!.id]);
    expect(result.placed.map((item) => item.titleId)).toEqual([a!.id]);
    expect(result.refused).toEqual([{ titleId: b!.id, title: b!.title, reason: 'limit-exceeded' }]);
    // The refused title stays in the cart, to be reserved later.
    expect((await api.call('getCart')).items.map((item) => item.titleId)).toEqual([b!.id]);
  });

  it('refuses CDs for pickup at a related facility (p003: AV only at the libraries)', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const facility = await host.run(async (library) => library.profile.branches.find((branch) => !branch.handlesAv)!.id);
    const cd = await firstTitleIn(host, (title) => title.materialType === 'cd');
    const result = await place([cd.id], { pickupBranchId: facility });
    expect(result.refused).toEqual([{ titleId: cd.id, title: cd.title, reason: 'pickup-not-possible' }]);
  });

  it('refuses an unknown branch, a contact the patron has not registered, and an ordered reservation where none is offered', async () => {
    openLibrary({ profileId: 'p001' });
    await logIn('p001', 'quiet');
    await expect(
      api.call('placeReservations', {
        body: { requestId: requestId(), titleIds: ['T000001'], pickupBranchId: 'nowhere', contactMethod: 'email1', mode: 'ordered' },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [
          expect.objectContaining({ path: 'pickupBranchId', code: 'unknown_branch' }),
          expect.objectContaining({ path: 'contactMethod', code: 'contact_not_registered' }),
          expect.objectContaining({ path: 'mode', code: 'ordered_not_offered' }),
        ],
      },
    });
  });

  it('takes a シリーズ予約 of volumes of one series only (p003), says so before placing, and refuses it otherwise', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const volumes = await seriesVolumes(host, 2);
    const [single] = await host.run(async (library) =>
      library.db.tables.titles.filter((title) => lendableBook(title) && title.seriesId === null).slice(0, 1),
    );
    const ids = (titles: TitleRow[]) => titles.map((title) => title.id).join(',');

    expect(await api.call('getPlacingOptions', { query: { titleIds: ids(volumes) } })).toEqual({
      ordered: { allowed: true, reason: null },
    });
    expect(await api.call('getPlacingOptions', { query: { titleIds: ids([volumes[0]!, single!]) } })).toEqual({
      ordered: { allowed: false, reason: 'not-one-series' },
    });
    expect(await api.call('getPlacingOptions', { query: { titleIds: ids([volumes[0]!]) } })).toEqual({
      ordered: { allowed: false, reason: 'nothing-to-order' },
    });
    await expect(place([volumes[0]!.id, single!.id], { mode: 'ordered' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'mode', code: 'ordered_not_one_series' })] },
    });
  });

  it('groups an ordered reservation in the order given, later volumes 準備中 once approved', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const volumes = await seriesVolumes(host, 3);
    const result = await place(
      volumes.map((title) => title.id),
      { mode: 'ordered' },
    );
    expect(result.placed).toHaveLength(volumes.length);
    await api.call('simAdvanceClock', { body: { minutes: 6 } });
    await api.call('simGetClock');
    const rows = await host.run(async (library) =>
      library.db.tables.reservations
        .filter((row) => result.placed.some((item) => item.reservationId === row.id))
        .sort((a, b) => a.orderPosition! - b.orderPosition!),
    );
    expect(rows.map((row) => row.orderPosition)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((row) => row.orderGroupId)).size).toBe(1);
    expect(rows[0]!.state).not.toBe('preparing');
    expect(rows.slice(1).map((row) => row.state)).toEqual(['preparing', 'preparing']);
  });
});

describe('予約状況: the reservation list', () => {
  it('shows every state of the holder with queue places, dates, and each action allowed or refused with its reason', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const { items, contactMethods } = await api.call('getReservations');
    const states = new Set(items.map((item) => item.state));
    for (const state of [
      'ready',
      'in-transit',
      'awaiting-pick',
      'requested',
      'awaiting-return',
      'waiting',
      'investigating',
      'on-order',
      'preparing',
      'cancel-requested',
      'cancelled',
    ]) {
      expect(states, state).toContain(state);
    }
    const ready = items.find((item) => item.state === 'ready')!;
    expect(ready.pickupDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ready.actions.cancel).toEqual({ allowed: false, reason: 'ready' });
    const counter = items.find((item) => item.origin === 'counter' && item.state === 'waiting')!;
    expect(counter.actions.changePickup).toMatchObject({ allowed: false, reason: 'counter-made' });
    const waiting = items.find((item) => item.state === 'waiting' && item.origin === 'online')!;
    expect(waiting.queuePosition).toBeGreaterThan(1);
    expect(waiting.waiting).toBeGreaterThanOrEqual(waiting.queuePosition!);
    expect(waiting.actions.cancel).toEqual({ allowed: true, reason: null });
    const series = items
      .filter((item) => item.order !== null)
      .map((item) => item.order!.position)
      .sort();
    expect(series).toEqual([1, 2, 3]);
    // Open ones first, the cancelled (本人取消 and 期限切れ) after them.
    const firstCancelled = items.findIndex((item) => item.state === 'cancelled');
    expect(items.slice(firstCancelled).every((item) => item.state === 'cancelled')).toBe(true);
    expect(
      items
        .filter((item) => item.state === 'cancelled')
        .map((item) => item.cancelReason)
        .sort(),
    ).toEqual(['expired', 'patron']);
    expect(contactMethods).toContain('email1');
  });
});

describe('予約取消 and 予約内容変更', () => {
  it('turns a cancel into 取消申込, still counted, then 取消 (本人取消) once approved', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const waiting = (await api.call('getReservations')).items.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!;
    const asked = await api.call('cancelReservation', { params: { reservationId: waiting.id } });
    expect(asked).toMatchObject({ state: 'cancel-requested', actions: { cancel: { allowed: false, reason: 'cancel-pending' } } });
    expect((await api.call('getSummary')).counts.reservations).toBe(
      (await api.call('getReservations')).items.filter((item) => item.state !== 'cancelled').length,
    );
    await api.call('simAdvanceClock', { body: { minutes: 5 } });
    const after = (await api.call('getReservations')).items.find((item) => item.id === waiting.id)!;
    expect(after).toMatchObject({ state: 'cancelled', cancelReason: 'patron' });
  });

  it('refuses to cancel a ready item or a counter-made one, with the reason, and changes nothing', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const { items } = await api.call('getReservations');
    const ready = items.find((item) => item.state === 'ready')!;
    const counter = items.find((item) => item.origin === 'counter' && item.state === 'waiting')!;
    await expect(api.call('cancelReservation', { params: { reservationId: ready.id } })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.call('cancelReservation', { params: { reservationId: counter.id } })).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = (await api.call('getReservations')).items;
    expect(again.find((item) => item.id === ready.id)?.state).toBe('ready');
    expect(again.find((item) => item.id === counter.id)?.state).toBe('waiting');
  });

  it('changes the pickup branch and the contact method, and refuses a branch that cannot hand the item out', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const waiting = (await api.call('getReservations')).items.find(
      (item) => item.state === 'waiting' && item.actions.changePickup.allowed,
    )!;
    const other = waiting.actions.changePickup.branchIds.find((id) => id !== waiting.pickupBranchId)!;
    const changed = await api.call('changeReservation', {
      params: { reservationId: waiting.id },
      body: { pickupBranchId: other, contactMethod: 'phone' },
    });
    expect(changed).toMatchObject({ pickupBranchId: other, contactMethod: 'phone' });
    await expect(
      api.call('changeReservation', { params: { reservationId: waiting.id }, body: { pickupBranchId: 'nowhere' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'pickupBranchId', code: 'pickup_not_possible' })] },
    });
  });

  it("answers NOT_FOUND for another patron's reservation", async () => {
    const host = openLibrary();
    const someoneElses = await host.run(
      async (library) => library.db.tables.reservations.find((row) => row.patronId.startsWith('P01'))!.id,
    );
    await logIn('p003', 'holder');
    await expect(api.call('cancelReservation', { params: { reservationId: someoneElses } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('順番の変更 and シリーズ予約への変更', () => {
  const ofGroup = async (ids: string[]) => {
    const { items } = await api.call('getReservations');
    return ids.map((id) => items.find((item) => item.id === id)!);
  };

  it('reorders an ordered reservation: the new first volume is fetched, the one it replaced waits as 準備中', async () => {
    const host = openLibrary();
    await logIn('p003', 'quiet');
    const volumes = await seriesVolumes(host, 3);
    const { placed } = await place(
      volumes.map((title) => title.id),
      { mode: 'ordered' },
    );
    const [v1, v2, v3] = placed.map((item) => item.reservationId);
    await api.call('simAdvanceClock', { body: { minutes: 6 } });
    expect((await ofGroup([v1!, v2!, v3!])).map((item) => item.state)).toEqual(['awaiting-pick', 'preparing', 'preparing']);
    expect((await ofGroup([v2!]))[0]!.actions.reorder).toEqual({ allowed: true, reason: null, reservationIds: [v1, v2, v3] });

    const answer = await api.call('orderReservations', { body: { reservationIds: [v3!, v1!, v2!] } });
    expect(answer.items.map((item) => [item.id, item.order?.position, item.state])).toEqual([
      [v3, 1, 'awaiting-pick'],
      [v1, 2, 'preparing'],
      [v2, 3, 'preparing'],
    ]);
    // The same order again changes nothing: a retried request is harmless.
    expect(await api.call('orderReservations', { body: { reservationIds: [v3!, v1!, v2!] } })).toEqual(answer);
    const rows = await ofGroup([v1!, v2!, v3!]);
    expect(new Set(rows.map((item) => item.order?.groupId)).size).toBe(1);
  });

  it('turns normal reservations of a series into an ordered one, and takes in a volume reserved later', async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    const volumes = await seriesVolumes(host, 3);
    const { placed } = await place([volumes[0]!.id, volumes[1]!.id]);
    const [v1, v2] = placed.map((item) => item.reservationId);
    await api.call('simAdvanceClock', { body: { minutes: 6 } });
    expect((await ofGroup([v1!, v2!])).map((item) => [item.order, item.state])).toEqual([
      [null, 'awaiting-pick'],
      [null, 'awaiting-pick'],
    ]);
    const grouped = await api.call('orderReservations', { body: { reservationIds: [v1!, v2!] } });
    expect(grouped.items.map((item) => [item.id, item.order?.position, item.state])).toEqual([
      [v1, 1, 'awaiting-pick'],
      [v2, 2, 'preparing'],
    ]);

    const later = (await place([volumes[2]!.id])).placed[0]!.reservationId;
    const [third] = await ofGroup([later]);
    expect(third!.order).toBeNull();
    expect(third!.actions.reorder.reservationIds).toEqual([v1, v2, later]);
    // Leaving a volume of the ordered reservation out would split it: refused, nothing changes.
    await expect(api.call('orderReservations', { body: { reservationIds: [v1!, later] } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'reservationIds', code: 'group_incomplete' })] },
    });
    const joined = await api.call('orderReservations', { body: { reservationIds: [v1!, later, v2!] } });
    expect(joined.groupId).toBe(grouped.groupId);
    expect(joined.items.map((item) => [item.id, item.order?.position])).toEqual([
      [v1, 1],
      [later, 2],
      [v2, 3],
    ]);
  });

  it("refuses where the library has no ordered reservations, for counter-made or secured volumes, and for another patron's", async () => {
    const host = openLibrary();
    await logIn('p003', 'holder');
    const { items } = await api.call('getReservations');
    const counter = items.find((item) => item.origin === 'counter' && item.state !== 'cancelled')!;
    const ready = items.find((item) => item.state === 'ready')!;
    const movable = items.find((item) => item.actions.reorder.allowed);
    expect(ready.actions.reorder).toEqual({ allowed: false, reason: 'ready', reservationIds: [] });
    expect(counter.actions.reorder).toMatchObject({ allowed: false, reason: 'counter-made' });
    const partner = movable?.actions.reorder.reservationIds.find((id) => id !== movable.id) ?? items[0]!.id;
    await expect(api.call('orderReservations', { body: { reservationIds: [counter.id, partner] } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(api.call('orderReservations', { body: { reservationIds: [partner, ready.id] } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(api.call('orderReservations', { body: { reservationIds: [partner] } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const someoneElses = await host.run(
      async (library) => library.db.tables.reservations.find((row) => row.patronId.startsWith('P01'))!.id,
    );
    await expect(api.call('orderReservations', { body: { reservationIds: [someoneElses, partner] } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await api.call('getReservations')).items).toEqual(items);

    openLibrary({ profileId: 'p001' });
    await logIn('p001', 'holder');
    const own = (await api.call('getReservations')).items.filter((item) => item.state !== 'cancelled');
    expect(own.every((item) => item.actions.reorder.reason === 'not-offered' || item.actions.reorder.reason === 'cancelled')).toBe(true);
    await expect(api.call('orderReservations', { body: { reservationIds: [own[0]!.id, own[1]!.id] } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
