import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { api, advanceClock, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: 'reader' | 'quiet' = 'reader') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

let requests = 0;
const requestId = () => `renew-request-${++requests}`;

describe('貸出状況', () => {
  it("lists the reader's five loans by due date, with 延滞, 予約 有, counts, the nearest due date and each renewal allowed or refused with its reason", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const { items, counts, nextDueDate } = await api.call('getLoans');
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.dueDate)).toEqual([...items.map((item) => item.dueDate)].sort());
    expect(counts).toEqual({ total: 5, overdue: 1, renewable: 2 });
    const overdue = items.find((item) => item.overdue)!;
    expect(overdue.overdueDays).toBeGreaterThan(0);
    expect(overdue.actions.renew).toEqual({ allowed: false, reason: 'overdue', newDueDate: null });
    expect(items.find((item) => item.reserved)!.actions.renew.reason).toBe('reserved');
    expect(items.find((item) => item.renewals === 1)!.actions.renew.reason).toBe('renewal-limit');
    expect(nextDueDate).toBe(items.filter((item) => !item.overdue)[0]!.dueDate);
    expect(items.some((item) => item.materialType === 'cd')).toBe(true);
    for (const item of items) expect(item.copyId).toMatch(/\S/);
  });

  it('says the counter renews where the library offers no online renewal (p000)', async () => {
    openLibrary({ profileId: 'p000' });
    await logIn('p000');
    const { items, counts } = await api.call('getLoans');
    expect(counts.renewable).toBe(0);
    for (const item of items) expect(item.actions.renew.reason).toBe('not-offered');
  });

  it('shows nothing for a patron without loans', async () => {
    openLibrary();
    await logIn('p003', 'quiet');
    expect(await api.call('getLoans')).toEqual({ items: [], counts: { total: 0, overdue: 0, renewable: 0 }, nextDueDate: null });
  });
});

describe('貸出延長', () => {
  it('renews a loan to the date the list promised, once: a retry answers the same, a second renewal is refused', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const loan = (await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!;
    const id = requestId();
    const renewed = await api.call('renewLoan', { params: { loanId: loan.id }, body: { requestId: id } });
    expect(renewed).toMatchObject({
      id: loan.id,
      dueDate: loan.actions.renew.newDueDate,
      renewals: 1,
      actions: { renew: { allowed: false, reason: 'renewal-limit' } },
    });
    expect(await api.call('renewLoan', { params: { loanId: loan.id }, body: { requestId: id } })).toEqual(renewed);
    await expect(api.call('renewLoan', { params: { loanId: loan.id }, body: { requestId: requestId() } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'renewal-limit' },
    });
  });

  it('refuses an overdue loan and one reserved by others with the reason, and changes nothing', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const before = await api.call('getLoans');
    for (const reason of ['overdue', 'reserved'] as const) {
      const loan = before.items.find((item) => item.actions.renew.reason === reason)!;
      await expect(api.call('renewLoan', { params: { loanId: loan.id }, body: { requestId: requestId() } })).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason },
      });
    }
    expect(await api.call('getLoans')).toEqual(before);
  });

  it("answers NOT_FOUND for a loan that is not the patron's", async () => {
    const host = openLibrary({ profileId: 'p004' });
    const someoneElses = await host.run(
      async (library) => library.db.tables.loans.find((loan) => loan.returnedAt === null && loan.patronId.startsWith('P01'))!.id,
    );
    await logIn('p004');
    await expect(api.call('renewLoan', { params: { loanId: someoneElses }, body: { requestId: requestId() } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('一括延長 renews every renewable loan and names, per loan, the new due date or the reason; a retry renews nothing twice', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const before = await api.call('getLoans');
    const id = requestId();
    const { outcomes } = await api.call('renewAllLoans', { body: { requestId: id } });
    expect(outcomes.map((outcome) => outcome.loanId)).toEqual(before.items.map((item) => item.id));
    expect(outcomes.filter((outcome) => outcome.renewed)).toHaveLength(2);
    for (const outcome of outcomes) {
      const item = before.items.find((candidate) => candidate.id === outcome.loanId)!;
      expect(outcome).toMatchObject(
        item.actions.renew.allowed
          ? { renewed: true, dueDate: item.actions.renew.newDueDate, reason: null }
          : { renewed: false, dueDate: item.dueDate, reason: item.actions.renew.reason },
      );
    }
    expect(await api.call('renewAllLoans', { body: { requestId: id } })).toEqual({ outcomes });
    expect((await api.call('getLoans')).counts.renewable).toBe(0);
  });
});

describe('the loans over simulated time', () => {
  it('turns a loan 延滞 once the clock passes its due date, and reminds a patron reached by e-mail before it', async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const { items } = await api.call('getLoans');
    const next = items.find((item) => !item.overdue)!;
    const mailsBefore = await host.run(async (library) => library.db.tables.mail.filter((mail) => mail.kind === 'due-reminder').length);
    // To the day after its due date.
    const clock = await api.call('simGetClock');
    const days = Math.round((Date.parse(`${next.dueDate}T12:00:00+09:00`) - Date.parse(clock.now)) / 86_400_000) + 1;
    await advanceClock(days * 24 * 60);
    // Days without a click end the session: the patron logs in again.
    await logIn('p004');
    const after = await api.call('getLoans');
    expect(after.items.find((item) => item.id === next.id)).toMatchObject({ overdue: true, actions: { renew: { reason: 'overdue' } } });
    expect(after.counts.overdue).toBeGreaterThan(1);
    const reminders = await host.run(async (library) => library.db.tables.mail.filter((mail) => mail.kind === 'due-reminder'));
    expect(reminders.length).toBeGreaterThan(mailsBefore);
    expect(reminders.some((mail) => mail.to === 'reader@example.jp' && mail.body.includes(`返却期限日：${next.dueDate}`))).toBe(true);
  });
});

describe('貸出履歴', () => {
  it('shows only loans returned since the patron opted in (p004 reader: three, not the two before)', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    const history = await api.call('getLoanHistory');
    expect(history).toMatchObject({ offered: true, enabled: true });
    expect(history.items).toHaveLength(3);
    expect(history.items.map((item) => item.returnedAt)).toEqual([...history.items.map((item) => item.returnedAt)].sort().reverse());
    for (const item of history.items) expect(item.returnedAt >= history.since!.slice(0, 10)).toBe(true);
  });

  it('is off by default; opting in records from then on, never before; opting out forgets', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004', 'quiet');
    expect(await api.call('getLoanHistory')).toEqual({ offered: true, enabled: false, since: null, items: [] });
    const on = await api.call('setLoanHistory', { body: { enabled: true } });
    expect(on).toMatchObject({ enabled: true, items: [] });
    expect(await api.call('setLoanHistory', { body: { enabled: true } })).toEqual(on);
    expect(await api.call('setLoanHistory', { body: { enabled: false } })).toEqual({
      offered: true,
      enabled: false,
      since: null,
      items: [],
    });

    openLibrary({ profileId: 'p004' });
    await logIn('p004');
    await api.call('setLoanHistory', { body: { enabled: false } });
    const again = await api.call('setLoanHistory', { body: { enabled: true } });
    expect(again.items).toEqual([]);
  });

  it('is not kept where the library offers none (p003)', async () => {
    openLibrary();
    await logIn('p003');
    expect(await api.call('getLoanHistory')).toEqual({ offered: false, enabled: false, since: null, items: [] });
    await expect(api.call('setLoanHistory', { body: { enabled: true } })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
