import { describe, expect, it } from 'vitest';
import type { RowChange } from '../../mocks/db/database';
import { memoryStorage } from '../../mocks/db/storage';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import type { Situation } from '../../mocks/seed/personas';
import { api, advanceClock, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: Situation, password = persona(profileId, situation).password!) {
  const { token } = await api.call('login', { body: { cardNumber: persona(profileId, situation).cardNumber, password } });
  useSessionToken.setState({ token });
}

/** What the counter registered for a demo patron (the phone is not part of the persona). */
function registered(host: LibraryHost, profileId: ProfileId, situation: Situation) {
  const { cardNumber } = persona(profileId, situation);
  return host.run(async (library) => library.db.tables.patrons.where('cardNumber', cardNumber)[0]!);
}

/** The newest link in the simulated mailbox for an address. */
async function linkSentTo(address: string): Promise<string> {
  const { items } = await api.call('simGetMail', { query: { to: address } });
  expect(items.length, `mail to ${address}`).toBeGreaterThan(0);
  return items[0]!.links[0]!;
}
const tokenOf = (link: string) => new URL(link, 'http://app').searchParams.get('token')!;

describe('新規パスワード登録 (p002): the data as registered at the counter, then log in', () => {
  it('registers with the name in hiragana, a mobile number with hyphens, and the password works at once', async () => {
    const host = openLibrary({ profileId: 'p002' });
    const patron = await registered(host, 'p002', 'newcomer');
    expect(patron.passwordHash).toBeNull();
    const result = await api.call('register', {
      body: {
        cardNumber: patron.cardNumber,
        nameKana: 'たなか ゆき',
        birthDate: patron.birthDate,
        phone: patron.phone!,
        newPassword: 'Shinki26',
      },
    });
    expect(result).toEqual({ status: 'registered', sentTo: null, expiresAt: null });
    await expect(logIn('p002', 'newcomer', 'Shinki26')).resolves.toBeUndefined();
    await expect(logIn('p002', 'newcomer', 'shinki26')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('says only that the data does not match, whichever field differs, and locks the card after five tries', async () => {
    const host = openLibrary({ profileId: 'p002' });
    const patron = await registered(host, 'p002', 'newcomer');
    const good = {
      cardNumber: patron.cardNumber,
      nameKana: patron.nameKana,
      birthDate: patron.birthDate,
      phone: patron.phone!,
      newPassword: 'Shinki26',
    };
    const wrongs = [{ nameKana: 'タナカ ユミ' }, { birthDate: '1990-04-16' }, { phone: '03-0000-0000' }, { cardNumber: '9999999999' }];
    const errors = [];
    for (const wrong of wrongs) errors.push(await api.call('register', { body: { ...good, ...wrong } }).catch((error: unknown) => error));
    for (const error of errors) expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', details: {} });
    await api.call('register', { body: { ...good, nameKana: 'タナカ ユミ' } }).catch(() => null);
    await expect(api.call('register', { body: { ...good, nameKana: 'タナカ ユミ' } })).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    // Locked: even the right data waits for the lock to run out.
    await expect(api.call('register', { body: good })).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    await advanceClock(16);
    await expect(api.call('register', { body: good })).resolves.toMatchObject({ status: 'registered' });
  });

  it("explains the form's own mistakes field by field: the card format, kana only, the password policy", async () => {
    openLibrary({ profileId: 'p002' });
    await expect(
      api.call('register', { body: { cardNumber: '12', nameKana: '田中', birthDate: '1990-04-15', phone: '1', newPassword: 'Shinki26' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [
          expect.objectContaining({ path: 'cardNumber' }),
          expect.objectContaining({ path: 'nameKana', code: 'kana_only' }),
          expect.objectContaining({ path: 'phone' }),
        ],
      },
    });
    const host = openLibrary({ profileId: 'p002' });
    const patron = await registered(host, 'p002', 'newcomer');
    await expect(
      api.call('register', {
        body: {
          cardNumber: patron.cardNumber,
          nameKana: patron.nameKana,
          birthDate: patron.birthDate,
          phone: patron.phone!,
          newPassword: 'abc',
        },
      }),
    ).rejects.toMatchObject({ code: 'PASSWORD_POLICY_VIOLATION' });
  });

  it('is not offered where the counter issues passwords (p003)', async () => {
    openLibrary();
    await expect(
      api.call('register', {
        body: { cardNumber: '3000001', nameKana: 'ヤマダ', birthDate: '1985-06-12', phone: '0355551000', newPassword: 'abcd1234' },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'not-offered' },
    });
  });
});

describe('パスワード登録 with an e-mail link (p004)', () => {
  it('works only once the link is opened, once, and within 24 hours', async () => {
    const host = openLibrary({ profileId: 'p004' });
    const patron = await registered(host, 'p004', 'newcomer');
    const result = await api.call('register', {
      body: {
        cardNumber: patron.cardNumber,
        nameKana: patron.nameKana,
        birthDate: patron.birthDate,
        phone: patron.phone!,
        newPassword: 'Okegawa7',
        email: 'yuki@example.jp',
      },
    });
    expect(result).toMatchObject({ status: 'confirmation-sent', sentTo: 'yuki@example.jp' });
    await expect(logIn('p004', 'newcomer', 'Okegawa7')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });

    const link = await linkSentTo('yuki@example.jp');
    expect(link).toMatch(/^\/confirm\?token=/);
    expect(await api.call('confirm', { body: { token: tokenOf(link) } })).toMatchObject({
      kind: 'registration',
      address: 'yuki@example.jp',
    });
    await expect(api.call('confirm', { body: { token: tokenOf(link) } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'used' },
    });
    await logIn('p004', 'newcomer', 'Okegawa7');
    expect((await api.call('getAccount')).emails[0]).toMatchObject({ slot: 1, address: 'yuki@example.jp', pending: null });
  });

  it('refuses a link opened after 24 hours, and a re-issue by the same form replaces the earlier link', async () => {
    const host = openLibrary({ profileId: 'p004' });
    const patron = await registered(host, 'p004', 'reader');
    const body = {
      cardNumber: patron.cardNumber,
      nameKana: patron.nameKana,
      birthDate: patron.birthDate,
      phone: patron.phone!,
      newPassword: 'Again123',
      email: 'reader@example.jp',
    };
    await api.call('register', { body });
    const first = await linkSentTo('reader@example.jp');
    await api.call('register', { body: { ...body, newPassword: 'Again456' } });
    const second = await linkSentTo('reader@example.jp');
    expect(second).not.toBe(first);
    await expect(api.call('confirm', { body: { token: tokenOf(first) } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'expired' },
    });
    await advanceClock(24 * 60 + 1);
    await expect(api.call('confirm', { body: { token: tokenOf(second) } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'expired' },
    });
    // The old password still works: nothing changed without the link.
    await expect(logIn('p004', 'reader')).resolves.toBeUndefined();
    await expect(api.call('confirm', { body: { token: 'no-such-token-here' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('withdraws only the link still open when the form is sent again: an earlier one, already withdrawn, is not written again', async () => {
    const commits: RowChange[][] = [];
    const storage = memoryStorage();
    const host = openLibrary({
      profileId: 'p004',
      storage: () => ({ ...storage, commit: (changes, whole) => (commits.push([...changes]), storage.commit(changes, whole)) }),
    });
    const patron = await registered(host, 'p004', 'reader');
    const body = { cardNumber: patron.cardNumber, nameKana: patron.nameKana, birthDate: patron.birthDate, phone: patron.phone! };
    for (const newPassword of ['Again123', 'Again456', 'Again789'])
      await api.call('register', { body: { ...body, newPassword, email: 'reader@example.jp' } });
    const links = await host.run(async (library) =>
      library.db.tables.confirmations.where('patronId', patron.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    );
    expect(links).toHaveLength(3);
    const third = commits
      .at(-1)!
      .filter((change) => change.table === 'confirmations')
      .map((change) => change.key);
    // The third request writes its own link and closes the second; the first was closed by the second request.
    expect(third.sort()).toEqual([links[1]!.id, links[2]!.id].sort());
  });
});

describe('E-mail and 連絡方法', () => {
  it('adds メールアドレス2, used only once its link is opened', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const before = await api.call('getAccount');
    expect(before.emails.map((email) => email.slot)).toEqual([1, 2]);
    expect(before.emails[1]).toEqual({ slot: 2, address: null, pending: null });
    const pending = await api.call('addEmail', { body: { slot: 2, address: 'kenichi.second@example.jp' } });
    expect(pending.emails[1]).toMatchObject({ address: null, pending: { address: 'kenichi.second@example.jp' } });
    expect(pending.registeredContactMethods).not.toContain('email2');
    await api.call('confirm', { body: { token: tokenOf(await linkSentTo('kenichi.second@example.jp')) } });
    const after = await api.call('getAccount');
    expect(after.emails[1]).toEqual({ slot: 2, address: 'kenichi.second@example.jp', pending: null });
    expect(after.registeredContactMethods).toContain('email2');
  });

  it('says 該当する E-mail アドレスが存在しません (email_not_registered) when e-mail is chosen with no address', async () => {
    openLibrary();
    await logIn('p003', 'quiet');
    await expect(api.call('changeContact', { body: { contactMethod: 'email1', applyToReservations: false } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'contactMethod', code: 'email_not_registered' })] },
    });
  });

  it('changes the default contact and, when asked, the open reservations whose contact may still change', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    const { items } = await api.call('getReservations');
    const changeable = items.filter((item) => item.actions.changeContact.allowed && item.contactMethod !== 'phone').length;
    const result = await api.call('changeContact', { body: { contactMethod: 'phone', applyToReservations: true } });
    expect(result.account.contactMethod).toBe('phone');
    expect(result.reservationsUpdated).toBe(changeable);
    const after = (await api.call('getReservations')).items;
    for (const item of after) if (item.actions.changeContact.allowed) expect(item.contactMethod).toBe('phone');
    expect(after.find((item) => item.state === 'ready')!.contactMethod).toBe('email1');
  });

  it('refuses to remove the address that is the default contact, and removes one that is not', async () => {
    openLibrary();
    await logIn('p003', 'holder');
    await expect(api.call('removeEmail', { params: { slot: '1' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'in-use' },
    });
    await api.call('addEmail', { body: { slot: 2, address: 'second@example.jp' } });
    await api.call('confirm', { body: { token: tokenOf(await linkSentTo('second@example.jp')) } });
    expect((await api.call('removeEmail', { params: { slot: '2' } })).emails[1]).toEqual({ slot: 2, address: null, pending: null });
  });

  it('sends the same notice to both addresses when both are chosen (p003), and keeps either from being removed meanwhile', async () => {
    const host = openLibrary({ profileId: 'p003' });
    await logIn('p003', 'reader');
    await expect(api.call('changeContact', { body: { contactMethod: 'email-both', applyToReservations: false } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'contactMethod', code: 'email_not_registered' }] },
    });
    const { cardNumber } = persona('p003', 'reader');
    await host.run((library) =>
      library.transact(() => {
        const patron = library.db.tables.patrons.where('cardNumber', cardNumber)[0]!;
        library.db.tables.patrons.update(patron.id, { email2: 'reader-mobile@example.jp' });
      }),
    );
    const changed = await api.call('changeContact', { body: { contactMethod: 'email-both', applyToReservations: false } });
    expect(changed.account.contactMethod).toBe('email-both');
    await expect(api.call('removeEmail', { params: { slot: '2' } })).rejects.toMatchObject({ code: 'CONFLICT' });

    // The nearest due date's reminder goes out to each address.
    const { items } = await api.call('getLoans');
    const next = items.find((item) => !item.overdue)!;
    const clock = await api.call('simGetClock');
    await advanceClock(Math.round((Date.parse(`${next.dueDate}T12:00:00+09:00`) - Date.parse(clock.now)) / 60_000));
    const reminders = await host.run(async (library) =>
      library.db.tables.mail.filter((mail) => mail.kind === 'due-reminder' && mail.body.includes(`返却期限日：${next.dueDate}`)),
    );
    expect(reminders.map((mail) => mail.to).sort()).toEqual(['reader-mobile@example.jp', 'reader@example.jp']);
    expect(new Set(reminders.map((mail) => mail.body)).size).toBe(1);
  });

  it('keeps one address where the library keeps one (p001), and rejects a malformed address', async () => {
    openLibrary({ profileId: 'p001' });
    await logIn('p001', 'quiet');
    expect((await api.call('getAccount')).emails.map((email) => email.slot)).toEqual([1]);
    await expect(api.call('addEmail', { body: { slot: 2, address: 'a@example.jp' } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(api.call('addEmail', { body: { slot: 1, address: 'not an address' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
