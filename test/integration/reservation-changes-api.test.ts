import { describe, expect, it } from 'vitest';
import { addDays, tokyoDate } from '../../mocks/domain/time';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { ApiError } from '../../src/api/client/api-error';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, advanceClock, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: 'reader' | 'holder' | 'quiet' = 'holder') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error('the library accepted it');
  return error;
}

async function today(): Promise<string> {
  return tokyoDate(Date.parse((await api.call('simGetClock')).now));
}

let requests = 0;
const requestId = () => `bulk-change-${++requests}`;

describe('一括変更 (several reservations at once)', () => {
  it('changes the pickup branch of each reservation that allows it and names the reason for each that does not, once per request id', async () => {
    openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const before = (await api.call('getReservations')).items.filter((item) => item.state !== 'cancelled');
    const changeable = before.filter((item) => item.actions.changePickup.allowed);
    const locked = before.filter((item) => !item.actions.changePickup.allowed);
    expect(changeable.length).toBeGreaterThan(0);
    expect(locked.length).toBeGreaterThan(0);
    const branch = changeable[0]!.actions.changePickup.branchIds.find((id) => id !== changeable[0]!.pickupBranchId)!;
    const body = { requestId: requestId(), reservationIds: before.map((item) => item.id), pickupBranchId: branch };

    const { outcomes } = await api.call('changeReservations', { body });
    expect(outcomes.map((outcome) => outcome.reservationId)).toEqual(body.reservationIds);
    for (const item of locked) {
      expect(outcomes.find((outcome) => outcome.reservationId === item.id)).toMatchObject({
        changed: false,
        reason: item.actions.changePickup.reason,
        title: item.title,
      });
    }
    const after = (await api.call('getReservations')).items;
    for (const outcome of outcomes) {
      const was = before.find((item) => item.id === outcome.reservationId)!;
      const now = after.find((item) => item.id === outcome.reservationId)!;
      expect(now.pickupBranchId).toBe(outcome.changed ? branch : was.pickupBranchId);
    }

    // The same request again answers the same and changes nothing more; the same key for another change is refused.
    expect(await api.call('changeReservations', { body })).toEqual({ outcomes });
    const conflict = await refusal(api.call('changeReservations', { body: { ...body, pickupBranchId: changeable[0]!.pickupBranchId } }));
    expect(conflict.code).toBe('CONFLICT');
    expect((await api.call('getReservations')).items).toEqual(after);
  });

  it("answers another patron's reservation as one that does not exist, and leaves it as it was", async () => {
    openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const theirs = (await api.call('getReservations')).items.find((item) => item.actions.changeContact.allowed)!;
    await logIn('p003', 'reader');
    const { outcomes } = await api.call('changeReservations', {
      body: { requestId: requestId(), reservationIds: [theirs.id], contactMethod: 'phone' },
    });
    expect(outcomes).toEqual([{ reservationId: theirs.id, title: null, volumeLabel: null, changed: false, reason: 'not-found' }]);
    await logIn('p003');
    expect((await api.call('getReservations')).items.find((item) => item.id === theirs.id)).toEqual(theirs);
  });

  it('refuses a contact method the patron has not registered, per row, as the single change does', async () => {
    openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const { items, contactMethods } = await api.call('getReservations');
    const open = items.find((item) => item.actions.changeContact.allowed)!;
    const unregistered = (['email1', 'email2', 'phone', 'mobile'] as const).find((method) => !contactMethods.includes(method))!;
    const { outcomes } = await api.call('changeReservations', {
      body: { requestId: requestId(), reservationIds: [open.id], contactMethod: unregistered },
    });
    expect(outcomes[0]).toMatchObject({ changed: false, reason: 'contact-not-registered' });
  });
});

/** The demo patron's reservation first in a queue for a title out on loan, and that loan. */
function firstInQueue(host: LibraryHost, cardNumber: string) {
  return host.run(async (library) => {
    const { patrons, reservations, loans, copies } = library.db.tables;
    const patron = patrons.find((row) => row.cardNumber === cardNumber)!;
    const reservation = reservations.where('patronId', patron.id).find((row) => row.state === 'awaiting-return')!;
    const copy = copies.where('titleId', reservation.titleId).find((row) => row.status === 'on-loan')!;
    const loan = loans.where('copyId', copy.id).find((row) => row.returnedAt === null)!;
    return { reservation, loan, copyId: copy.id };
  });
}

describe('保留 (a reservation on hold)', () => {
  it('keeps its place while a copy that comes back passes it by, and resumes by itself on its day, taking a copy on the shelf', async () => {
    const host = openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const { reservation, loan, copyId } = await firstInQueue(host, persona('p003', 'holder').cardNumber);
    const row = (await api.call('getReservations')).items.find((item) => item.id === reservation.id)!;
    expect(row.actions.hold).toMatchObject({
      allowed: true,
      reason: null,
      earliest: addDays(await today(), 1),
      latest: addDays(await today(), 60),
    });
    const until = addDays(await today(), 3);

    const held = await api.call('holdReservation', { params: { reservationId: reservation.id }, body: { until } });
    expect(held).toMatchObject({ heldUntil: until, queuePosition: 1, actions: { resume: { allowed: true } } });

    await api.call('simCounterReturn', { body: { loanId: loan.id } });
    const passedBy = await host.run(async (library) => library.db.tables.reservations.get(reservation.id)!);
    expect(passedBy.copyId).toBeNull();
    expect((await api.call('getReservations')).items.find((item) => item.id === reservation.id)).toMatchObject({
      heldUntil: until,
      queuePosition: 1,
    });
    // Nobody else waits for this title: the copy goes back on the shelf rather than to the held reservation.
    expect((await host.run(async (library) => library.db.tables.copies.get(copyId)!)).status).toBe('on-shelf');

    const { events } = await advanceClock(3 * 24 * 60);
    expect(events.some((event) => event.kind === 'resumed' && event.titleId === reservation.titleId)).toBe(true);
    await logIn('p003');
    const resumed = (await api.call('getReservations')).items.find((item) => item.id === reservation.id)!;
    expect(resumed.heldUntil).toBeNull();
    // On its day it takes the copy waiting on the shelf.
    expect(resumed.state).not.toBe('awaiting-return');
    expect(await host.run(async (library) => library.db.tables.reservations.get(reservation.id)!.copyId)).toBe(copyId);
  });

  it('resumes early when the patron asks, and says the limits: a day after today, at most the library’s days ahead, waiting reservations only', async () => {
    const host = openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const { reservation } = await firstInQueue(host, persona('p003', 'holder').cardNumber);
    const day = await today();
    const params = { reservationId: reservation.id };

    const tooSoon = await refusal(api.call('holdReservation', { params, body: { until: day } }));
    expect(tooSoon.code).toBe('VALIDATION_FAILED');
    expect(tooSoon.details.fields?.[0]?.code).toBe('hold_not_after_today');
    const tooFar = await refusal(api.call('holdReservation', { params, body: { until: addDays(day, 61) } }));
    expect(tooFar.details.fields?.[0]?.code).toBe('hold_too_far');

    await api.call('holdReservation', { params, body: { until: addDays(day, 60) } });
    expect(await api.call('resumeReservation', { params })).toMatchObject({ heldUntil: null, actions: { resume: { allowed: false } } });
    expect(await api.call('resumeReservation', { params })).toMatchObject({ heldUntil: null });

    const ready = (await api.call('getReservations')).items.find((item) => item.state === 'ready')!;
    expect(ready.actions.hold).toEqual({ allowed: false, reason: 'not-waiting', earliest: null, latest: null });
    const refused = await refusal(api.call('holdReservation', { params: { reservationId: ready.id }, body: { until: addDays(day, 2) } }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details.reason).toBe('not-waiting');
  });

  it("cannot hold another patron's reservation", async () => {
    const host = openLibrary({ profileId: 'p003' });
    await logIn('p003', 'reader');
    const { reservation } = await firstInQueue(host, persona('p003', 'holder').cardNumber);
    const refused = await refusal(
      api.call('holdReservation', { params: { reservationId: reservation.id }, body: { until: addDays(await today(), 2) } }),
    );
    expect(refused.code).toBe('NOT_FOUND');
    expect((await refusal(api.call('resumeReservation', { params: { reservationId: reservation.id } }))).code).toBe('NOT_FOUND');
  });

  it('is a setting of the library the demo panel switches: off, no reservation may be held (not-offered); on again, the profile’s limit', async () => {
    const host = openLibrary({ profileId: 'p003' });
    await logIn('p003');
    const { reservation } = await firstInQueue(host, persona('p003', 'holder').cardNumber);
    const params = { reservationId: reservation.id };
    const until = addDays(await today(), 2);

    expect(await api.call('simSetSettings', { body: { reservationHold: false } })).toEqual({ reservationHold: false });
    expect((await api.call('getLibrary')).reservations.hold).toBeNull();
    const row = (await api.call('getReservations')).items.find((item) => item.id === reservation.id)!;
    expect(row.actions.hold).toEqual({ allowed: false, reason: 'not-offered', earliest: null, latest: null });
    const refused = await refusal(api.call('holdReservation', { params, body: { until } }));
    expect(refused.details.reason).toBe('not-offered');

    await api.call('simSetSettings', { body: { reservationHold: true } });
    expect((await api.call('getLibrary')).reservations.hold).toEqual({ maxDays: 60 });
    expect(await api.call('holdReservation', { params, body: { until } })).toMatchObject({ heldUntil: until });
  });
});

describe('予約内容変更 where the library offers none online (p000: seed 000 names 取消 alone)', () => {
  it('says so in every row and refuses a change or a bulk change with not-offered, changing nothing; cancelling stays as the row allows', async () => {
    openLibrary({ profileId: 'p000' });
    await logIn('p000');
    expect((await api.call('getLibrary')).features.reservationChanges).toBe(false);
    const before = (await api.call('getReservations')).items;
    for (const item of before) {
      expect(item.actions.changePickup).toMatchObject({ allowed: false, reason: 'not-offered' });
      expect(item.actions.changeContact).toEqual({ allowed: false, reason: 'not-offered' });
    }
    const waiting = before.find((item) => item.state === 'waiting' && item.actions.cancel.allowed)!;
    expect(waiting).toBeDefined();
    const other = before.find((item) => item.pickupBranchId !== waiting.pickupBranchId)?.pickupBranchId ?? 'kita';

    const refused = await refusal(
      api.call('changeReservation', { params: { reservationId: waiting.id }, body: { pickupBranchId: other } }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { reason: 'not-offered' } });
    const bulk = await refusal(
      api.call('changeReservations', { body: { requestId: requestId(), reservationIds: [waiting.id], contactMethod: 'mobile' } }),
    );
    expect(bulk).toMatchObject({ code: 'CONFLICT', details: { reason: 'not-offered' } });
    expect((await api.call('getReservations')).items).toEqual(before);
  });

  it('is a feature the demo panel switches: on in p000, a change goes through; off in p003, it is refused', async () => {
    openLibrary({ profileId: 'p000' });
    await logIn('p000');
    await api.call('simSetSettings', { body: { reservationChanges: true } });
    const waiting = (await api.call('getReservations')).items.find((item) => item.actions.changePickup.allowed)!;
    const branch = waiting.actions.changePickup.branchIds.find((id) => id !== waiting.pickupBranchId)!;
    expect(await api.call('changeReservation', { params: { reservationId: waiting.id }, body: { pickupBranchId: branch } })).toMatchObject({
      pickupBranchId: branch,
    });

    openLibrary({ profileId: 'p003' });
    await logIn('p003');
    await api.call('simSetSettings', { body: { reservationChanges: false } });
    expect((await api.call('getLibrary')).features.reservationChanges).toBe(false);
    const row = (await api.call('getReservations')).items.find((item) => item.state === 'waiting')!;
    const refused = await refusal(api.call('changeReservation', { params: { reservationId: row.id }, body: { contactMethod: 'phone' } }));
    expect(refused.details.reason).toBe('not-offered');
  });
});
