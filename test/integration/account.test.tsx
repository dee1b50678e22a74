import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../mocks/seed/personas';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import type { ProfileId } from '../../src/api/contract/library';
import { profiles } from '../../mocks/profiles/profiles';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

async function openAccount(profileId: ProfileId, situation: Situation) {
  host = openLibrary({ profileId });
  const patron = persona(profileId, situation);
  const app = renderApp(`/login?next=${encodeURIComponent('/mypage/account')}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  await screen.findByRole('region', { name: '登録内容' });
  return app;
}

const patronOf = (profileId: ProfileId, situation: Situation) =>
  host.run(async (library) => library.db.tables.patrons.where('cardNumber', persona(profileId, situation).cardNumber)[0]!);

describe('利用者情報: registration, e-mail addresses and 連絡方法', () => {
  it('shows the registration with the phones changed only at the counter, and a way to change the password', async () => {
    await openAccount('p003', 'holder');
    const registration = screen.getByRole('region', { name: '登録内容' });
    expect(registration).toHaveTextContent('佐藤 健一（サトウ ケンイチ）');
    expect(registration).toHaveTextContent('***0002');
    expect(registration).toHaveTextContent('氏名・電話番号の変更は、図書館のカウンターでお申し出ください。');
    expect(within(registration).getByRole('link', { name: 'パスワードを変更する' })).toHaveAttribute(
      'href',
      '/password?next=%2Fmypage%2Faccount',
    );
  });

  it('adds メールアドレス2: a confirmation e-mail goes out, and the address is used once its link is opened', async () => {
    const { user, router } = await openAccount('p003', 'holder');
    const emails = screen.getByRole('region', { name: 'メールアドレス' });
    // Slot 2 is empty: sending nothing says what to type.
    await user.click(within(emails).getAllByRole('button', { name: '確認メールを送る' })[1]!);
    expect(within(emails).getByText('メールアドレスを入力してください。')).toBeInTheDocument();
    await user.type(within(emails).getByRole('textbox', { name: 'メールアドレス2を登録' }), 'kenichi.second@example.jp');
    await user.click(within(emails).getAllByRole('button', { name: '確認メールを送る' })[1]!);
    expect(await within(emails).findByText(/kenichi\.second@example\.jp に確認メールを送りました。/)).toBeInTheDocument();
    expect((await patronOf('p003', 'holder')).email2).toBeNull();

    const { items } = await api.call('simGetMail', { query: { to: 'kenichi.second@example.jp' } });
    await router.navigate(items[0]!.links[0]!);
    expect(await screen.findByText('メールアドレスを登録しました。')).toBeInTheDocument();
    expect((await patronOf('p003', 'holder')).email2).toBe('kenichi.second@example.jp');
    await router.navigate('/mypage/account');
    expect(
      await within(await screen.findByRole('region', { name: 'メールアドレス' })).findByText('kenichi.second@example.jp'),
    ).toBeInTheDocument();
  });

  it('says 該当する E-mail アドレスが存在しません when e-mail is chosen with no address, and leads to the address form', async () => {
    const { user } = await openAccount('p003', 'quiet');
    const contact = screen.getByRole('region', { name: '予約連絡方法' });
    await user.click(within(contact).getByRole('radio', { name: /^メールアドレス1/ }));
    await user.click(within(contact).getByRole('button', { name: '更新' }));
    const alert = await within(contact).findByRole('alert');
    expect(alert).toHaveTextContent('該当する E-mail アドレスが存在しません。');
    expect(within(alert).getByRole('link', { name: 'メールアドレスを登録する' })).toHaveAttribute('href', '#account-email-1');
    expect(document.getElementById('account-email-1')).toHaveAccessibleName('メールアドレス1を登録');
    expect((await patronOf('p003', 'quiet')).contactMethod).toBe('phone');
  });

  it('changes the default contact and, when asked, the open reservations that may still change', async () => {
    const { user } = await openAccount('p003', 'holder');
    const contact = screen.getByRole('region', { name: '予約連絡方法' });
    expect(within(contact).getByRole('radio', { name: /^メールアドレス1/ })).toBeChecked();
    await user.click(within(contact).getByRole('radio', { name: /^電話/ }));
    expect(within(contact).getByRole('checkbox', { name: '予約中の資料の連絡方法も変更する' })).toBeChecked();
    await user.click(within(contact).getByRole('button', { name: '更新' }));
    expect(
      await within(contact).findByText(/^連絡方法を「電話」に変更しました。 予約 \d+件の連絡方法も変更しました。$/),
    ).toBeInTheDocument();
    expect((await patronOf('p003', 'holder')).contactMethod).toBe('phone');
    const reservations = (await api.call('getReservations')).items;
    for (const item of reservations) if (item.actions.changeContact.allowed) expect(item.contactMethod).toBe('phone');
  });

  it('chooses both addresses as the contact where the library sends to both (p003)', async () => {
    host = openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    await host.run((library) =>
      library.transact(() => {
        const patron = library.db.tables.patrons.where('cardNumber', holder.cardNumber)[0]!;
        library.db.tables.patrons.update(patron.id, { email2: 'holder-mobile@example.jp' });
      }),
    );
    const { user } = renderApp(`/login?next=${encodeURIComponent('/mypage/account')}`);
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    const contact = await screen.findByRole('region', { name: '予約連絡方法' });
    await user.click(within(contact).getByRole('radio', { name: '両方のメールアドレス（1と2）' }));
    await user.click(within(contact).getByRole('button', { name: '更新' }));
    expect(await within(contact).findByText(/^連絡方法を「両方のメールアドレス（1と2）」に変更しました。/)).toBeInTheDocument();
    expect((await patronOf('p003', 'holder')).contactMethod).toBe('email-both');
  });

  it('refuses to remove the address in use as the contact, says why, and keeps it', async () => {
    const { user } = await openAccount('p003', 'holder');
    const emails = screen.getByRole('region', { name: 'メールアドレス' });
    await user.click(within(emails).getByRole('button', { name: 'メールアドレス1を削除' }));
    expect(await within(emails).findByText(/このアドレスは連絡方法として使われているため削除できません。/)).toBeInTheDocument();
    await waitFor(async () => expect((await patronOf('p003', 'holder')).email1).toBe('holder@example.jp'));
  });

  it.each([
    ['p001', [], ['ドメイン指定受信を設定されている方は「@city.ozu.ehime.jp」を指定設定してください。']],
    [
      'p002',
      ['個人情報保護の為、変更されたパスワードは図書館でもわかりませんので、ご自身の責任において大切に管理して下さい。'],
      ['図書館からのメールアドレス（yoyaku@izumi-library.jp）を受信可能に設定してください。'],
    ],
    [
      'p004',
      ['安全のためパスワードは定期的に変更されることをおすすめします。'],
      ['図書館からのメールは、下記のアドレスを受信可能にしておいてください。', '図書館メールアドレス：toshokan@lib.okegawa.example'],
    ],
  ] as const)(
    "in %s gives what the library's page says beside the password and the e-mail addresses",
    async (profileId, password, email) => {
      await openAccount(profileId, 'quiet');
      const registration = screen.getByRole('region', { name: '登録内容' });
      // The section as the library heads it (p002: Eメールアドレスの変更).
      const addresses = screen.getByRole('region', { name: profiles[profileId].labels['account.email.title']?.ja ?? 'メールアドレス' });
      for (const text of password) expect(registration).toHaveTextContent(text);
      for (const text of email) expect(addresses).toHaveTextContent(text);
    },
  );

  it('gives no library notice where the page has none (p003)', async () => {
    await openAccount('p003', 'quiet');
    expect(document.querySelector('.library-notice')).toBeNull();
  });

  it('shows one address where the library keeps one (p001)', async () => {
    await openAccount('p001', 'quiet');
    expect(screen.getByRole('textbox', { name: 'メールアドレスを登録' })).toBeInTheDocument();
    expect(screen.queryByText('メールアドレス2')).not.toBeInTheDocument();
  });
});
