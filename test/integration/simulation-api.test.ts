import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { MaterialType } from '../../src/api/contract/common';
import type { ProfileId } from '../../src/api/contract/library';
import type { SimEvent } from '../../src/api/contract/simulation';
import type { Library } from '../../mocks/runtime/library-host';
import { api, interceptApiRequests, openLibrary, persona, titlesIn, unreservedBookOnShelfAt } from './harness';

interceptApiRequests();

const DAY_MINUTES = 24 * 60;

async function signInAs(profileId: ProfileId, situation: Parameters<typeof persona>[1]) {
  const { token } = await api.call('simSignIn', { body: { cardNumber: persona(profileId, situation).cardNumber } });
  useSessionToken.setState({ token });
}

const kinds = (events: SimEvent[]) => events.map((event) => event.kind);

describe('the demo panel through the simulation API: library and patron', () => {
  it('lists every persona with a description and signs in as one in a click, under the login rules', async () => {
    openLibrary({ profileId: 'p001' });
    const { personas } = await api.call('simGetStatus');
    expect(personas.map((item) => item.situation)).toEqual(['reader', 'holder', 'near-limit', 'quiet', 'newcomer', 'newcomer-just-issued']);
    expect(personas[0]!.description.ja).toMatch(/借りている/);
    const signed = await api.call('simSignIn', { body: { cardNumber: personas[0]!.cardNumber } });
    useSessionToken.setState({ token: signed.token });
    await expect(api.call('getSession')).resolves.toMatchObject({ patron: { name: personas[0]!.name } });
    // p001's just-issued temporary password works only after 30 minutes, even from the panel.
    await expect(api.call('simSignIn', { body: { cardNumber: personas[5]!.cardNumber } })).rejects.toMatchObject({
      code: 'TEMPORARY_PASSWORD_NOT_YET_VALID',
    });
    await expect(api.call('simSignIn', { body: { cardNumber: '100099999' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to sign in a patron who has no password yet, with the reason', async () => {
    openLibrary({ profileId: 'p002' });
    const newcomer = persona('p002', 'newcomer');
    await expect(api.call('simSignIn', { body: { cardNumber: newcomer.cardNumber } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'no-password' },
    });
  });

  it('registers a patron at the counter with a card and a temporary password that logs in and must be replaced', async () => {
    openLibrary({ profileId: 'p003' });
    const { persona: created, usableFrom } = await api.call('simCreatePatron', {
      body: { name: '中村 太郎', nameKana: 'ナカムラ タロウ', birthDate: '1999-03-04', email: 'taro@example.jp' },
    });
    expect(usableFrom).toBeNull();
    expect(created).toMatchObject({ situation: 'counter', name: '中村 太郎', temporary: true });
    expect(created.password).toMatch(/^[a-z0-9]{6}$/);
    const { personas } = await api.call('simGetStatus');
    expect(personas.at(-1)!.cardNumber).toBe(created.cardNumber);
    const { token, session } = await api.call('login', { body: { cardNumber: created.cardNumber, password: created.password! } });
    expect(session.mustChangePassword).toBe(true);
    useSessionToken.setState({ token });
    await expect(api.call('getSummary')).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
  });

  it('gives p001 counter patrons their birthday as MMDD, usable after 30 minutes, and p004 ones no password', async () => {
    openLibrary({ profileId: 'p001' });
    const first = await api.call('simCreatePatron', {
      body: { name: '木村 葵', nameKana: 'キムラ アオイ', birthDate: '2000-07-09', phone: '03-1234-5678' },
    });
    expect(first.persona.password).toBe('0709');
    expect(first.usableFrom).toBe('2026-11-24T10:30:00+09:00');
    openLibrary({ profileId: 'p004' });
    const second = await api.call('simCreatePatron', {
      body: { name: '木村 葵', nameKana: 'キムラ アオイ', birthDate: '2000-07-09', phone: '03-1234-5678' },
    });
    expect(second.persona).toMatchObject({ password: null, temporary: false });
  });

  it('says what to fix when the counter form is wrong, and creates nothing', async () => {
    openLibrary({ profileId: 'p003' });
    await expect(
      api.call('simCreatePatron', { body: { name: '中村 太郎', nameKana: 'Nakamura', birthDate: '1999-03-04' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [
          { path: 'nameKana', code: 'kana_only' },
          { path: 'phone', code: 'contact_required' },
        ],
      },
    });
    const { personas } = await api.call('simGetStatus');
    expect(personas.some((item) => item.situation === 'counter')).toBe(false);
  });
});

describe('the demo panel through the simulation API: time', () => {
  it('moving time answers what happened, oldest first: a placed reservation is approved, secured and becomes ready with a notice', async () => {
    const host = openLibrary({ profileId: 'p003' });
    await signInAs('p003', 'holder');
    const { branches } = await api.call('getLibrary');
    const pickup = branches[0]!.id;
    const free = await unreservedBookOnShelfAt(host, pickup);
    await api.call('placeReservations', {
      body: { requestId: 'time-test-1', titleIds: [free.id], pickupBranchId: pickup, contactMethod: 'email1', mode: 'normal' },
    });
    const { clock, events } = await api.call('simAdvanceClock', { body: { minutes: 2 * DAY_MINUTES } });
    expect(clock.now).toBe('2026-11-26T10:00:00+09:00');
    const mine = events.filter((event) => event.titleId === free.id);
    expect(kinds(mine)).toEqual(['approved', 'secured', 'ready', 'mail-sent']);
    expect(mine[0]).toMatchObject({ state: 'awaiting-pick', demoPatron: true, patronName: persona('p003', 'holder').name });
    expect(mine[3]!.subject).toMatch(/\S/);
    expect(events.map((event) => event.at)).toEqual([...events.map((event) => event.at)].sort());
  });

  it('reports loans becoming overdue and other patrons’ returns, and moves to a date', async () => {
    openLibrary({ profileId: 'p004' });
    const { events } = await api.call('simSetClock', { body: { now: '2026-12-20T10:00:00+09:00' } });
    const overdue = events.filter((event) => event.kind === 'overdue');
    expect(overdue.some((event) => event.cardNumber === persona('p004', 'reader').cardNumber)).toBe(true);
    expect(events.some((event) => event.kind === 'returned' && !event.demoPatron)).toBe(true);
  });
});

describe('the demo panel through the simulation API: the counter', () => {
  it('returns a loan: it leaves the patron, and the copy goes to the first of the queue', async () => {
    openLibrary({ profileId: 'p004' });
    const reader = persona('p004', 'reader');
    const before = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    expect(before.loans).toHaveLength(5);
    const reserved = await api.call('getLoans').catch(() => null);
    expect(reserved).toBeNull(); // not signed in: the counter needs no session
    const loan = before.loans[0]!;
    const { events } = await api.call('simCounterReturn', { body: { loanId: loan.loanId } });
    expect(events[0]).toMatchObject({ kind: 'returned', cardNumber: reader.cardNumber, titleId: loan.titleId });
    const after = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    expect(after.loans.map((item) => item.loanId)).not.toContain(loan.loanId);
    await expect(api.call('simCounterReturn', { body: { loanId: loan.loanId } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'already-returned' },
    });
  });

  it('a returned copy with a queue goes to the next patron (secured), who is told when it is ready', async () => {
    openLibrary({ profileId: 'p004' });
    const reader = persona('p004', 'reader');
    const { loans } = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    const queued = [];
    for (const loan of loans) {
      const view = await api.call('simGetTitle', { params: { titleId: loan.titleId } });
      if (view.reservations.some((reservation) => reservation.state === 'awaiting-return')) queued.push(loan);
    }
    expect(queued.length).toBeGreaterThan(0);
    const { events } = await api.call('simCounterReturn', { body: { loanId: queued[0]!.loanId } });
    expect(kinds(events).slice(0, 2)).toEqual(['returned', 'secured']);
  });

  it('lends a copy from the shelf, and the ready copy of the patron’s own reservation', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const quiet = persona('p003', 'quiet');
    const [title] = await host.run(async (library) =>
      library.db.tables.titles.filter(
        (row) =>
          row.materialType === 'book' &&
          !row.referenceOnly &&
          library.db.tables.copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf'),
      ),
    );
    const { events } = await api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: title!.id } });
    expect(events).toMatchObject([{ kind: 'lent', cardNumber: quiet.cardNumber, titleId: title!.id }]);
    const view = await api.call('simGetPatron', { params: { cardNumber: quiet.cardNumber } });
    expect(view.loans).toMatchObject([{ titleId: title!.id, overdue: false }]);
    await expect(api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: title!.id } })).rejects.toMatchObject({
      details: { reason: 'already-borrowed' },
    });

    const holder = persona('p003', 'holder');
    const ready = (await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } })).reservations.find(
      (item) => item.state === 'ready',
    )!;
    await api.call('simCounterLend', { body: { cardNumber: holder.cardNumber, titleId: ready.titleId } });
    const holderNow = await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } });
    expect(holderNow.reservations.map((item) => item.reservationId)).not.toContain(ready.reservationId);
    expect(holderNow.loans.find((loan) => loan.titleId === ready.titleId)?.copyId).toBe(ready.copyId);
  });

  it("refuses a loan past the library's 貸出点数, per kind where the library counts per kind (p004), in the envelope", async () => {
    const host = openLibrary({ profileId: 'p004' });
    const quiet = persona('p004', 'quiet');
    const onShelf = (type: MaterialType, count: number) =>
      host.run(async (library) =>
        library.db.tables.titles
          .filter(
            (row) =>
              row.materialType === type &&
              !row.referenceOnly &&
              library.db.tables.copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf'),
          )
          .slice(0, count),
      );
    const lend = (titleId: string) => api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId } });
    const kamishibai = await onShelf('kamishibai', 3);
    const [cd] = await onShelf('cd', 1);
    await lend(kamishibai[0]!.id);
    await lend(kamishibai[1]!.id);
    await expect(lend(kamishibai[2]!.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
      details: { reason: 'loan-limit-exceeded' },
    });
    // 紙芝居 2点 says nothing of CD, which has a limit of its own.
    await expect(lend(cd!.id)).resolves.toMatchObject({ events: [{ kind: 'lent', titleId: cd!.id }] });
    expect((await api.call('simGetPatron', { params: { cardNumber: quiet.cardNumber } })).loans).toHaveLength(3);
  });

  it('lends up to the limit of every kind together (p003: 10) and refuses the next', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const quiet = persona('p003', 'quiet');
    const books = await host.run(async (library) =>
      library.db.tables.titles
        .filter(
          (row) =>
            row.materialType === 'book' &&
            !row.referenceOnly &&
            library.db.tables.copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf'),
        )
        .slice(0, 11),
    );
    for (const book of books.slice(0, 10)) await api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: book.id } });
    await expect(api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: books[10]!.id } })).rejects.toMatchObject({
      details: { reason: 'loan-limit-exceeded' },
    });
    expect((await api.call('simGetPatron', { params: { cardNumber: quiet.cardNumber } })).loans).toHaveLength(10);
  });

  it('places a reservation at the counter under the library’s limits, approved at once', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const quiet = persona('p003', 'quiet');
    const [title] = await host.run(async (library) =>
      library.db.tables.titles.filter(
        (row) =>
          row.materialType === 'book' &&
          !row.referenceOnly &&
          library.db.tables.copies.where('titleId', row.id).every((copy) => copy.status === 'on-loan'),
      ),
    );
    const { events } = await api.call('simCounterReserve', { body: { cardNumber: quiet.cardNumber, titleId: title!.id } });
    expect(kinds(events)).toEqual(['reserved', 'approved']);
    const view = await api.call('simGetPatron', { params: { cardNumber: quiet.cardNumber } });
    expect(view.reservations).toMatchObject([{ titleId: title!.id }]);
    expect(['awaiting-return', 'waiting']).toContain(view.reservations[0]!.state);
    await expect(api.call('simCounterReserve', { body: { cardNumber: quiet.cardNumber, titleId: title!.id } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'reserved-by-you' },
    });
    const nearLimit = persona('p003', 'near-limit');
    const others = await titlesIn(host, (row) => row.materialType === 'book' && !row.referenceOnly);
    await api.call('simCounterReserve', { body: { cardNumber: nearLimit.cardNumber, titleId: others[10]!.id } });
    await expect(
      api.call('simCounterReserve', { body: { cardNumber: nearLimit.cardNumber, titleId: others[11]!.id } }),
    ).rejects.toMatchObject({ details: { reason: 'limit-exceeded' } });
  });

  it('marks a copy lost: the ready reservation it was held for goes back to waiting, and the copy is gone', async () => {
    openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const ready = (await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } })).reservations.find(
      (item) => item.state === 'ready',
    )!;
    const { events } = await api.call('simCounterLose', { body: { copyId: ready.copyId! } });
    expect(events).toMatchObject([{ kind: 'lost', cardNumber: holder.cardNumber }]);
    const after = (await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } })).reservations.find(
      (item) => item.reservationId === ready.reservationId,
    )!;
    expect(after.state).not.toBe('ready');
    expect(after.copyId).toBeNull();
    const title = await api.call('simGetTitle', { params: { titleId: ready.titleId } });
    expect(title.copies.find((copy) => copy.copyId === ready.copyId)?.status).toBe('lost');
    await expect(api.call('simCounterLose', { body: { copyId: ready.copyId! } })).rejects.toMatchObject({
      details: { reason: 'already-lost' },
    });
  });

  it('receives an ordered item: a title the library did not have goes to the first reservation waiting for it', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const investigating = (await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } })).reservations.find(
      (item) => item.state === 'investigating' || item.state === 'on-order',
    );
    expect(investigating).toBeDefined();
    const { events } = await api.call('simCounterReceive', { body: { titleId: investigating!.titleId } });
    expect(kinds(events)[0]).toBe('received');
    expect(kinds(events)).toContain('secured');
    const after = (await api.call('simGetPatron', { params: { cardNumber: holder.cardNumber } })).reservations.find(
      (item) => item.reservationId === investigating!.reservationId,
    )!;
    expect(['in-transit', 'ready']).toContain(after.state);
    const copies = await host.run(async (library) => library.db.tables.copies.where('titleId', investigating!.titleId));
    expect(copies.length).toBeGreaterThan(0);
  });
});

describe('the demo panel through the simulation API: network and mail', () => {
  it('offline: library requests fail as a network error while the simulation API still answers', async () => {
    openLibrary({ profileId: 'p003' });
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: true } });
    await expect(api.call('getLibrary')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await expect(api.call('simGetStatus')).resolves.toMatchObject({ network: { offline: true } });
    await api.call('simSetNetwork', { body: { latency: 'none', failureRate: 0, offline: false } });
    await expect(api.call('getLibrary')).resolves.toBeDefined();
  });

  it('the mailbox of one patron holds the ready notice with the library’s words', async () => {
    openLibrary({ profileId: 'p004' });
    const holder = persona('p004', 'holder');
    await api.call('simAdvanceClock', { body: { minutes: 7 * DAY_MINUTES } });
    const { items } = await api.call('simGetMail', { query: { cardNumber: holder.cardNumber } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.cardNumber === holder.cardNumber)).toBe(true);
  });
});

describe('the demo panel through the simulation API: scenarios', () => {
  it('saves the library, restores it after changes, with the patron signed in again and the clock where it was', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { loans } = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    await api.call('simCounterReturn', { body: { loanId: loans[0]!.loanId } });
    const saved = await api.call('simSaveScenario', { body: { name: '1冊返した', cardNumber: reader.cardNumber } });
    expect(saved).toMatchObject({
      builtIn: false,
      name: { ja: '1冊返した' },
      profileId: 'p003',
      available: true,
      now: '2026-11-24T10:00:00+09:00',
    });

    await api.call('simAdvanceClock', { body: { minutes: 3 * DAY_MINUTES } });
    await api.call('simCounterReturn', { body: { loanId: loans[1]!.loanId } });
    const restored = await api.call('simRestoreScenario', { params: { scenarioId: saved.id } });
    expect(restored.status.clock.now).toBe('2026-11-24T10:00:00+09:00');
    expect(restored.signIn?.session.patron.name).toBe(reader.name);
    const after = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    expect(after.loans.map((loan) => loan.loanId)).toEqual(loans.slice(1).map((loan) => loan.loanId));
    useSessionToken.setState({ token: restored.signIn!.token });
    await expect(api.call('getLoans')).resolves.toMatchObject({ counts: { total: 4 } });
  });

  it('exports a small file, imports it back, and refuses a file of another schema or a broken one', async () => {
    openLibrary({ profileId: 'p003' });
    await api.call('simCreatePatron', {
      body: { name: '中村 太郎', nameKana: 'ナカムラ タロウ', birthDate: '1999-03-04', phone: '03-1111-2222' },
    });
    const saved = await api.call('simSaveScenario', { body: { name: '新しい利用者' } });
    const file = await api.call('simExportScenario', { params: { scenarioId: saved.id } });
    expect(file).toMatchObject({ format: 'shiori-scenario', profileId: 'p003', name: '新しい利用者' });
    expect(JSON.stringify(file).length).toBeLessThan(50_000);
    expect(file.changes.patrons?.put).toHaveLength(1);
    const imported = await api.call('simImportScenario', { body: file });
    expect(imported.id).not.toBe(saved.id);
    await api.call('simReset');
    expect((await api.call('simGetStatus')).personas.some((item) => item.situation === 'counter')).toBe(false);
    await api.call('simRestoreScenario', { params: { scenarioId: imported.id } });
    expect((await api.call('simGetStatus')).personas.some((item) => item.name === '中村 太郎')).toBe(true);

    await expect(api.call('simImportScenario', { body: { ...file, schemaVersion: 1 } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'schema-mismatch' },
    });
    await expect(
      api.call('simImportScenario', { body: { ...file, changes: { nonsense: { put: [], delete: [] } } } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(api.call('simImportScenario', { body: { format: 'something else' } as never })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const { items } = await api.call('simListScenarios');
    expect(items.filter((item) => !item.builtIn)).toHaveLength(2);
    await api.call('simDeleteScenario', { params: { scenarioId: saved.id } });
    await expect(api.call('simExportScenario', { params: { scenarioId: saved.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps no session or password hash in a file, refuses a file carrying one, and gives restored patrons their passwords back', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const newcomer = persona('p003', 'newcomer');
    // A session, a failed login and a patron registered at the counter, all in the library being saved.
    await api.call('simSignIn', { body: { cardNumber: reader.cardNumber } });
    await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: 'wrong1' } })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    const { persona: created } = await api.call('simCreatePatron', {
      body: { name: '中村 太郎', nameKana: 'ナカムラ タロウ', birthDate: '1999-03-04', phone: '03-1111-2222' },
    });
    const saved = await api.call('simSaveScenario', { body: { name: '秘密なし', cardNumber: reader.cardNumber } });
    const file = await api.call('simExportScenario', { params: { scenarioId: saved.id } });
    expect(file.changes.sessions).toBeUndefined();
    expect(JSON.stringify(file)).not.toMatch(/passwordHash|pbkdf2/);
    expect(file.changes.patrons?.put.map((row) => row.cardNumber)).toEqual(
      expect.arrayContaining([newcomer.cardNumber, created.cardNumber]),
    );

    await api.call('simReset');
    const imported = await api.call('simImportScenario', { body: file });
    await api.call('simRestoreScenario', { params: { scenarioId: imported.id } });
    for (const { cardNumber, password } of [reader, newcomer, created]) {
      await expect(api.call('login', { body: { cardNumber, password: password! } }), cardNumber).resolves.toMatchObject({
        token: expect.any(String),
      });
    }

    const patronRow = file.changes.patrons!.put[0]!;
    const session = { id: 'a-token-of-my-choosing', patronId: patronRow.id, createdAt: file.now, lastSeenAt: file.now };
    await expect(
      api.call('simImportScenario', { body: { ...file, changes: { ...file.changes, sessions: { put: [session], delete: [] } } } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'changes.sessions', code: 'scenario_holds_secret' }] },
    });
    const hashed = { ...file.changes, patrons: { put: [{ ...patronRow, passwordHash: 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==' }], delete: [] } };
    await expect(api.call('simImportScenario', { body: { ...file, changes: hashed } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'changes.patrons.put.0', code: 'scenario_holds_secret' }] },
    });
  });

  it('still restores a scenario saved before files left out hashes, its patrons with the seed passwords', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const saved = await api.call('simSaveScenario', { body: { name: '以前の保存' } });
    const stored = (await host.scenarios.get(saved.id))!;
    const row = await host.run(async (library) => library.db.tables.patrons.where('cardNumber', reader.cardNumber)[0]!);
    const oldFile = {
      ...stored.file,
      changes: { patrons: { put: [{ ...row, passwordHash: 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==' }], delete: [] } },
    };
    await host.scenarios.put({ id: saved.id, file: oldFile });
    await api.call('simRestoreScenario', { params: { scenarioId: saved.id } });
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it('refuses a file whose rows do not fit their tables or name rows the library does not have, listing each problem', async () => {
    const host = openLibrary({ profileId: 'p003' });
    const rows = <T>(read: (library: Library) => T) => host.run(async (library) => read(library));
    const saved = await api.call('simSaveScenario', { body: { name: '壊れたファイル' } });
    const file = await api.call('simExportScenario', { params: { scenarioId: saved.id } });
    const reader = persona('p003', 'reader');
    const { loans } = await api.call('simGetPatron', { params: { cardNumber: reader.cardNumber } });
    const { items } = await api.call('searchCatalogue', { query: { q: 'の', pageSize: 1 } });
    const titleId = items[0]!.id;
    // A title row missing its fields once made every search answer 500 until a reset.
    const broken = {
      ...file,
      changes: {
        titles: { put: [{ id: titleId, title: '題名だけ' }], delete: [] },
        loans: { put: [], delete: [] },
      },
    };
    const refusal = await api.call('simImportScenario', { body: broken }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'VALIDATION_FAILED' });
    const fields = (refusal as { details: { fields: { path: string; code: string }[] } }).details.fields;
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(['changes.titles.put.0.titleReading', 'changes.titles.put.0.acquiredAt']),
    );
    expect(fields.every((field) => field.code === 'scenario_row_invalid')).toBe(true);

    const script = {
      ...file,
      changes: {
        titles: {
          put: [{ ...(await rows((library) => library.db.tables.titles.get(titleId)!)), etextUrl: 'javascript:alert(1)' }],
          delete: [],
        },
      },
    };
    await expect(api.call('simImportScenario', { body: script })).rejects.toMatchObject({
      details: { fields: [{ path: 'changes.titles.put.0.etextUrl', code: 'scenario_row_invalid' }] },
    });

    const orphaned = {
      ...file,
      changes: {
        patrons: { put: [], delete: [await rows((library) => library.db.tables.patrons.where('cardNumber', reader.cardNumber)[0]!.id)] },
      },
    };
    const dangling = await api.call('simImportScenario', { body: orphaned }).catch((error: unknown) => error);
    expect(dangling).toMatchObject({ code: 'VALIDATION_FAILED' });
    const paths = (dangling as { details: { fields: { path: string; code: string }[] } }).details.fields.map((field) => field.path);
    expect(paths).toContain(`loans.${loans[0]!.loanId}.patronId`);

    // Nothing broken was kept, and search still answers.
    expect((await api.call('simListScenarios')).items.filter((item) => !item.builtIn)).toHaveLength(1);
    await expect(api.call('searchCatalogue', { query: { q: 'の' } })).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it('plays the built-in scenarios in any profile that can show them', async () => {
    openLibrary({ profileId: 'p003' });
    const { items } = await api.call('simListScenarios');
    expect(items.filter((item) => item.builtIn).map((item) => item.id)).toEqual([
      'in-transit',
      'series-half-delivered',
      'everything-overdue',
      'cart-at-the-limit',
      'big-account',
      'reading-goal-one-short',
    ]);

    const transit = await api.call('simRestoreScenario', { params: { scenarioId: 'in-transit' } });
    useSessionToken.setState({ token: transit.signIn!.token });
    const { items: reservations } = await api.call('getReservations');
    expect(reservations.map((item) => item.state)).toEqual(['in-transit']);
    const { events } = await api.call('simAdvanceClock', { body: { minutes: 7 * DAY_MINUTES } });
    expect(events.some((event) => event.kind === 'ready' && event.cardNumber === persona('p003', 'quiet').cardNumber)).toBe(true);

    const overdue = await api.call('simRestoreScenario', { params: { scenarioId: 'everything-overdue' } });
    useSessionToken.setState({ token: overdue.signIn!.token });
    const loans = await api.call('getLoans');
    expect(loans.counts.overdue).toBe(loans.counts.total);

    const cart = await api.call('simRestoreScenario', { params: { scenarioId: 'cart-at-the-limit' } });
    useSessionToken.setState({ token: cart.signIn!.token });
    const full = await api.call('getCart');
    expect(full.items).toHaveLength(full.maxItems);
  });

  it('series half delivered: volume 1 on loan, volume 2 ready, the rest on their way in order', async () => {
    openLibrary({ profileId: 'p003' });
    const restored = await api.call('simRestoreScenario', { params: { scenarioId: 'series-half-delivered' } });
    useSessionToken.setState({ token: restored.signIn!.token });
    const loans = await api.call('getLoans');
    expect(loans.items).toHaveLength(1);
    const { items } = await api.call('getReservations');
    const ordered = items.filter((item) => item.order).sort((a, b) => a.order!.position - b.order!.position);
    expect(ordered.map((item) => item.order!.position)).toEqual([2, 3, 4]);
    expect(ordered[0]!.state).toBe('ready');
    expect(ordered[2]!.state).toBe('preparing');
  });

  it('big account: the patron holds 200 loans and 200 open reservations, beyond the limits of one patron', async () => {
    openLibrary({ profileId: 'p003' });
    const restored = await api.call('simRestoreScenario', { params: { scenarioId: 'big-account' } });
    expect(restored.signIn?.session.patron.name).toBe(persona('p003', 'quiet').name);
    useSessionToken.setState({ token: restored.signIn!.token });
    const loans = await api.call('getLoans');
    expect(loans.items).toHaveLength(200);
    const { items } = await api.call('getReservations');
    expect(items).toHaveLength(200);
    expect(items.every((item) => item.state !== 'requested' && item.state !== 'cancelled')).toBe(true);
  });

  it('refuses a built-in scenario the profile cannot show (p000 takes no ordered reservations)', async () => {
    openLibrary({ profileId: 'p000' });
    const { items } = await api.call('simListScenarios');
    expect(items.find((item) => item.id === 'series-half-delivered')?.available).toBe(false);
    await expect(api.call('simRestoreScenario', { params: { scenarioId: 'series-half-delivered' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'not-offered-by-profile' },
    });
  });
});
