import { render, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../mocks/seed/personas';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { i18next } from '../../src/lib/i18n/i18n';
import { api, advanceClock, API_BASE, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

type User = ReturnType<typeof userEvent.setup>;

/**
 * A fresh library and one of its demo patrons as the counter registered them: the phone is in the
 * library's patrons table, not in the persona.
 */
async function patronOf(profileId: ProfileId, situation: Situation) {
  const host = openLibrary({ profileId });
  const demo = persona(profileId, situation);
  const row = await host.run(async (library) => library.db.tables.patrons.where('cardNumber', demo.cardNumber)[0]!);
  return { ...demo, phone: row.phone! };
}

/** 田中 由紀 asks for a password by e-mail (p004) without the form; the link mailed to her. */
async function appliedByEmail(newcomer: Awaited<ReturnType<typeof patronOf>>, address: string): Promise<string> {
  const { cardNumber, nameKana, birthDate, phone } = newcomer;
  await api.call('register', { body: { cardNumber, nameKana, birthDate, phone, newPassword: 'Okegawa7', email: address } });
  return linkSentTo(address);
}

interface Entry {
  cardNumber: string;
  nameKana: string;
  birthDate: string;
  phone: string;
  email?: string;
  password: string;
  again?: string;
}

/** Fills 新規パスワード登録 as a patron types it and presses the form's button. */
async function fillIn(user: User, entry: Entry, submit: string) {
  await user.type(await screen.findByLabelText('利用者番号'), entry.cardNumber);
  await user.type(screen.getByLabelText('氏名カナ'), entry.nameKana);
  await user.type(screen.getByLabelText('生年月日'), entry.birthDate);
  await user.type(screen.getByLabelText('電話番号'), entry.phone);
  if (entry.email !== undefined) await user.type(screen.getByLabelText('メールアドレス'), entry.email);
  await user.type(screen.getByLabelText('新しいパスワード'), entry.password);
  await user.type(screen.getByLabelText('新しいパスワード（確認）'), entry.again ?? entry.password);
  await user.click(screen.getByRole('button', { name: submit }));
}

/** The newest confirmation link in the simulated mailbox for an address. */
async function linkSentTo(address: string): Promise<string> {
  const { items } = await api.call('simGetMail', { query: { to: address } });
  expect(items.length, `mail to ${address}`).toBeGreaterThan(0);
  expect(items[0]!.links).toHaveLength(1);
  return items[0]!.links[0]!;
}

/** The heading appears first; the screen moves focus to it in an effect right after. */
async function focusedHeading(name: string) {
  const heading = await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(heading).toHaveFocus());
}

/** The page's news once it says `text`: a loading status comes first and is replaced by it. */
async function statusSaying(text: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
  return screen.getByRole('status');
}

/** Counts the requests to one endpoint; each still goes on to the simulated library. */
function countRequests(path: string) {
  const counter = { count: 0 };
  overrideApi(
    http.post(`${API_BASE}${path}`, () => {
      counter.count++;
    }),
  );
  return counter;
}

const MISMATCH =
  '利用者番号・氏名カナ・生年月日・電話番号が、図書館に登録された内容と一致しません。登録したとおりに入力したか確認してください。';

describe('新規パスワード登録 (p002)', () => {
  it('a newcomer registers with the data the counter has, typed the way people type it, then logs in through the form', async () => {
    const newcomer = await patronOf('p002', 'newcomer');
    const { user, router } = renderApp('/login');

    await user.click(await screen.findByRole('link', { name: '新規パスワード登録（はじめての方・パスワードを忘れた方）' }));
    expect(await screen.findByRole('heading', { level: 1, name: '新規パスワード登録' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/register');
    expect(screen.getByLabelText('氏名カナ')).toHaveAccessibleDescription(
      'カタカナで（ひらがな・半角も可、小さい「ャュョ」は大きくても可）',
    );
    expect(screen.getByLabelText('新しいパスワード')).toHaveAccessibleDescription(
      '半角英数字6〜8文字（記号は使えません）・大文字と小文字は区別されます',
    );
    expect(screen.queryByLabelText('メールアドレス')).not.toBeInTheDocument();

    // The birth date as 1990/4/15 is read and shown as the day it means before anything is sent.
    await user.type(screen.getByLabelText('生年月日'), '1990/4/15');
    expect(screen.getByText(/「1990年4月15日\(日\)」として送信します/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('生年月日'));
    await fillIn(
      user,
      { cardNumber: newcomer.cardNumber, nameKana: 'たなか ゆき', birthDate: '1990/4/15', phone: newcomer.phone, password: 'Shinki26' },
      '登録する',
    );

    await focusedHeading('登録完了');
    expect(screen.getByRole('status')).toHaveTextContent('パスワードを登録しました。ログインしてください。');
    await user.click(screen.getByRole('link', { name: 'ログインする' }));
    await logInThroughForm(user, newcomer.cardNumber, 'Shinki26');
    expect(await screen.findByRole('heading', { level: 1, name: 'マイページ' })).toBeInTheDocument();
    expect(screen.getByText('田中 由紀 さん')).toBeInTheDocument();
  });

  it('registers again when the password is forgotten: the new one works and the old one no longer does', async () => {
    const reader = await patronOf('p002', 'reader');
    const { user } = renderApp('/register');
    await fillIn(
      user,
      { cardNumber: reader.cardNumber, nameKana: 'ヤマダ ハナコ', birthDate: '19850612', phone: reader.phone, password: 'Wasure9' },
      '登録する',
    );
    await focusedHeading('登録完了');

    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(api.call('login', { body: { cardNumber: reader.cardNumber, password: 'Wasure9' } })).resolves.toMatchObject({
      session: { mustChangePassword: false },
    });
  });

  it("checks the form's own mistakes before sending: the card's format, a real day, the two passwords alike", async () => {
    openLibrary({ profileId: 'p002' });
    const sent = countRequests('/auth/register');
    const { user } = renderApp('/register');
    await fillIn(
      user,
      {
        cardNumber: '12345',
        nameKana: 'タナカ ユキ',
        birthDate: '1990/2/30',
        phone: '03-5555-1004',
        password: 'Shinki26',
        again: 'Shinki27',
      },
      '登録する',
    );

    expect(await screen.findByText('10桁の半角数字で入力してください（例：2000000001）。')).toBeInTheDocument();
    expect(screen.getByLabelText('生年月日')).toHaveAccessibleDescription(/生年月日は西暦の年・月・日で入力してください/);
    expect(screen.getByLabelText('新しいパスワード（確認）')).toHaveAccessibleDescription(
      '確認のため、新しいパスワードと同じものを入力してください。',
    );
    expect(screen.getByLabelText('利用者番号')).toHaveFocus();
    expect(sent.count).toBe(0);
  });

  it("shows the library's field refusals next to their fields: kana only, then the password policy", async () => {
    const newcomer = await patronOf('p002', 'newcomer');
    const { user } = renderApp('/register');
    await fillIn(
      user,
      { cardNumber: newcomer.cardNumber, nameKana: '田中 由紀', birthDate: '19900415', phone: newcomer.phone, password: 'abc' },
      '登録する',
    );

    const kana = screen.getByLabelText('氏名カナ');
    await waitFor(() =>
      expect(kana).toHaveAccessibleDescription(/カタカナで入力してください（ひらがな・半角カタカナも使えます。漢字や英字は使えません）。$/),
    );
    expect(kana).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(kana);
    await user.type(kana, 'タナカ ユキ');
    expect(kana).not.toHaveAccessibleDescription(/カタカナで入力してください/);
    await user.click(screen.getByRole('button', { name: '登録する' }));
    const password = screen.getByLabelText('新しいパスワード');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/6〜8文字で入力してください。$/));
    expect(password).toHaveFocus();
  });

  it('says which kinds of data to check, never which one differed, keeps what was typed, and says until when a locked card waits', async () => {
    const newcomer = await patronOf('p002', 'newcomer');
    const { user } = renderApp('/register');
    await fillIn(
      user,
      { cardNumber: newcomer.cardNumber, nameKana: 'タナカ ユキ', birthDate: '19900415', phone: '03-0000-0000', password: 'Shinki26' },
      '登録する',
    );

    const wrongPhone = await screen.findByRole('alert');
    expect(wrongPhone).toHaveTextContent(MISMATCH);
    expect(wrongPhone).toHaveTextContent('続けて5回一致しないと、15分間は登録もログインもできなくなります。');
    // The patron, at the form's foot, is brought to the message.
    await waitFor(() => expect(wrongPhone.parentElement).toHaveFocus());
    expect(screen.getByLabelText('利用者番号')).toHaveValue(newcomer.cardNumber);
    expect(screen.getByLabelText('氏名カナ')).toHaveValue('タナカ ユキ');
    expect(screen.getByLabelText('生年月日')).toHaveValue('19900415');
    expect(screen.getByLabelText('電話番号')).toHaveValue('03-0000-0000');
    expect(screen.getByLabelText('新しいパスワード')).toHaveValue('Shinki26');

    // A wrong birth date is told in the very same words.
    await user.clear(screen.getByLabelText('電話番号'));
    await user.type(screen.getByLabelText('電話番号'), newcomer.phone);
    await user.clear(screen.getByLabelText('生年月日'));
    await user.type(screen.getByLabelText('生年月日'), '19900416');
    await user.click(screen.getByRole('button', { name: '登録する' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '登録する' })).toBeEnabled());
    expect(screen.getByRole('alert').textContent).toBe(wrongPhone.textContent);

    for (let attempt = 3; attempt <= 5; attempt++) {
      await user.click(screen.getByRole('button', { name: '登録する' }));
      await waitFor(() => expect(screen.getByRole('button', { name: '登録する' })).toBeEnabled());
    }
    expect(screen.getByRole('alert')).toHaveTextContent(
      '続けて一致しなかったため、このカードは 2026年11月24日(火) 10:15 まで登録もログインもできません。',
    );
  });

  it('speaks English to a patron who chose it, refusal included', async () => {
    const newcomer = await patronOf('p002', 'newcomer');
    await i18next.changeLanguage('en');
    const { user } = renderApp('/register');
    expect(await screen.findByRole('heading', { level: 1, name: 'New password registration' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Card number'), newcomer.cardNumber);
    await user.type(screen.getByLabelText('Name in katakana'), 'タナカ ユキ');
    await user.type(screen.getByLabelText('Date of birth'), '19900415');
    expect(screen.getByText(/Will be sent as Sun, 15 Apr 1990/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phone number'), '03-0000-0000');
    await user.type(screen.getByLabelText('New password'), 'Shinki26');
    await user.type(screen.getByLabelText('New password again'), 'Shinki26');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The card number, name in katakana, date of birth and phone number do not match what the library has registered.',
    );
  });

  it('keeps everything typed when the library cannot be reached, and registers on the next try', async () => {
    const newcomer = await patronOf('p002', 'newcomer');
    overrideApi(
      http.post(
        `${API_BASE}/auth/register`,
        () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, { status: 503 }),
        { once: true },
      ),
    );
    const { user } = renderApp('/register');
    await fillIn(
      user,
      { cardNumber: newcomer.cardNumber, nameKana: 'タナカ ユキ', birthDate: '19900415', phone: newcomer.phone, password: 'Shinki26' },
      '登録する',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '図書館のシステムが応答しませんでした。少し待ってからもう一度お試しください。入力した内容は残っています。',
    );
    expect(screen.getByLabelText('新しいパスワード（確認）')).toHaveValue('Shinki26');

    await user.click(screen.getByRole('button', { name: '登録する' }));
    await focusedHeading('登録完了');
  });
});

describe('パスワード新規登録・再発行 confirmed by e-mail (p004)', () => {
  it("names the library's mail address to allow, beside the address the link goes to, as seed 004 does", async () => {
    await patronOf('p004', 'newcomer');
    renderApp('/register');
    const group = await screen.findByRole('group', { name: '確認メールの送り先' });
    expect(group).toHaveTextContent('図書館からのメールは、下記のアドレスを受信可能にしておいてください。');
    expect(group).toHaveTextContent('図書館メールアドレス：toshokan@lib.okegawa.example');
  });

  it('a newcomer registers, opens the link from the mailbox, and logs in; the password works only after the link', async () => {
    const newcomer = await patronOf('p004', 'newcomer');
    const { user, router } = renderApp('/login');

    await user.click(await screen.findByRole('link', { name: 'パスワード新規登録・再発行（はじめての方・パスワードを忘れた方）' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'パスワード新規登録・再発行' })).toBeInTheDocument();
    await fillIn(
      user,
      {
        cardNumber: newcomer.cardNumber,
        nameKana: 'ﾀﾅｶ ﾕｷ',
        birthDate: '1990-04-15',
        phone: newcomer.phone,
        email: 'yuki@example.jp',
        password: 'Okegawa7',
      },
      '確認メールを送る',
    );

    await focusedHeading('確認メールを送りました');
    expect(screen.getByRole('status')).toHaveTextContent('yuki@example.jp あてに、確認のリンクを書いたメールを送りました。');
    expect(screen.getByText('リンクは送信から24時間（2026年11月25日(水) 10:00 まで）有効で、1回だけ使えます。')).toBeInTheDocument();
    expect(screen.getByText(/リンクを開くまでは、新しいパスワードではログインできません/)).toBeInTheDocument();
    await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: 'Okegawa7' } })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });

    const link = await linkSentTo('yuki@example.jp');
    expect(link).toMatch(/^\/confirm\?token=/);
    await router.navigate(link);
    expect(await screen.findByRole('heading', { level: 1, name: '登録の確認' })).toBeInTheDocument();
    const done = await statusSaying('パスワードの登録が完了しました。ログインしてください。');
    expect(done).toHaveTextContent('利用者番号（下4桁）：******0005');

    await user.click(screen.getByRole('link', { name: 'ログインする' }));
    await logInThroughForm(user, newcomer.cardNumber, 'Okegawa7');
    expect(await screen.findByRole('heading', { level: 1, name: 'マイページ' })).toBeInTheDocument();
    expect(screen.getByText('田中 由紀 さん')).toBeInTheDocument();
  });

  it('asks for the address, and checks its form before sending', async () => {
    openLibrary({ profileId: 'p004' });
    const sent = countRequests('/auth/register');
    const { user } = renderApp('/register');
    const email = await screen.findByLabelText('メールアドレス');
    expect(email).toHaveAttribute('type', 'email');
    await fillIn(
      user,
      {
        cardNumber: '4000000005',
        nameKana: 'タナカ ユキ',
        birthDate: '19900415',
        phone: '03-5555-1004',
        email: 'yuki@example',
        password: 'Okegawa7',
      },
      '確認メールを送る',
    );
    await waitFor(() => expect(email).toHaveAccessibleDescription(/メールアドレスは「name@example.jp」の形で入力してください。$/));
    expect(sent.count).toBe(0);
  });

  it('says a link was used already, and what to do', async () => {
    const newcomer = await patronOf('p004', 'newcomer');
    const link = await appliedByEmail(newcomer, 'yuki@example.jp');
    await api.call('confirm', { body: { token: new URL(link, 'http://app').searchParams.get('token')! } });

    renderApp(link);
    const used = await statusSaying('このリンクはすでに使われています（リンクは1回だけ使えます）。');
    expect(used).toHaveTextContent('パスワードの登録ならそのままログインでき');
    expect(screen.getByRole('link', { name: 'ログインする' })).toHaveAttribute('href', '/login');
  });

  it('refuses a link opened more than 24 hours later, and leads back to the form for a new one', async () => {
    const newcomer = await patronOf('p004', 'newcomer');
    const { user, router } = renderApp('/register');
    await fillIn(
      user,
      {
        cardNumber: newcomer.cardNumber,
        nameKana: 'タナカ ユキ',
        birthDate: '19900415',
        phone: newcomer.phone,
        email: 'yuki@example.jp',
        password: 'Okegawa7',
      },
      '確認メールを送る',
    );
    await focusedHeading('確認メールを送りました');
    const link = await linkSentTo('yuki@example.jp');

    await advanceClock(24 * 60 + 1);
    await router.navigate(link);
    const expired = await screen.findByRole('alert');
    expect(expired).toHaveTextContent('このリンクは有効期限が切れています。');
    expect(expired).toHaveTextContent('パスワードはもう一度登録し');
    await user.click(screen.getByRole('link', { name: 'パスワード新規登録・再発行' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'パスワード新規登録・再発行' })).toBeInTheDocument();
    await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: 'Okegawa7' } })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('says a link that does not exist, or an address without one, is not valid', async () => {
    openLibrary({ profileId: 'p004' });
    renderApp('/confirm?token=no-such-token-here');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'このリンクは正しくありません。メールのリンクが途中で切れていないか確かめて',
    );
    expect(screen.getByRole('link', { name: 'パスワード新規登録・再発行' })).toHaveAttribute('href', '/register');
    expect(screen.getByRole('link', { name: 'マイページへ' })).toHaveAttribute('href', '/mypage');
  });

  it('sends the link once although React StrictMode runs the arrival effect twice', async () => {
    const newcomer = await patronOf('p004', 'newcomer');
    const link = await appliedByEmail(newcomer, 'yuki@example.jp');
    const sent = countRequests('/auth/confirm');
    render(
      <StrictMode>
        <App history={createMemoryHistory({ initialEntries: [link], v5Compat: true })} queryClient={createQueryClient()} />
      </StrictMode>,
    );
    await statusSaying('パスワードの登録が完了しました。ログインしてください。');
    expect(sent.count).toBe(1);
  });
});

describe('a link that confirms an e-mail address', () => {
  it('registers the address and leads to マイページ', async () => {
    openLibrary();
    const holder = persona('p003', 'holder');
    const { token } = await api.call('login', { body: { cardNumber: holder.cardNumber, password: holder.password! } });
    useSessionToken.setState({ token });
    await api.call('addEmail', { body: { slot: 2, address: 'kenichi.second@example.jp' } });
    const link = await linkSentTo('kenichi.second@example.jp');

    renderApp(link);
    const done = await statusSaying('メールアドレスを登録しました。');
    expect(done).toHaveTextContent('kenichi.second@example.jp に、図書館からのお知らせが届くようになります。');
    expect(screen.getByRole('link', { name: 'マイページへ' })).toHaveAttribute('href', '/mypage');
    expect((await api.call('getAccount')).emails[1]).toMatchObject({ address: 'kenichi.second@example.jp', pending: null });
  });
});

describe('where the counter issues passwords', () => {
  it.each(['p000', 'p003'] as const)(
    '%s: /register says to bring the card and an ID to the counter, and offers no form',
    async (profileId) => {
      openLibrary({ profileId });
      const { user, router } = renderApp('/login');
      await user.click(await screen.findByRole('link', { name: 'パスワードをお持ちでない方・忘れた方' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'パスワードをお持ちでない方・忘れた方' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/register');
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

      const first = screen.getByRole('region', { name: 'はじめて利用する方' });
      expect(first).toHaveTextContent(
        '利用者カードと本人確認書類（運転免許証・健康保険証など）を図書館のカウンターにお持ちください。仮パスワードを発行します。',
      );
      const policy = profileId === 'p000' ? '半角数字6桁' : '半角英数字4〜8文字（記号は使えません）・大文字と小文字は区別されます';
      expect(first).toHaveTextContent(`はじめにお好きなパスワード（${policy}）に変更していただきます`);
      expect(first).not.toHaveTextContent('分後から使えます');
      expect(screen.getByRole('region', { name: 'パスワードを忘れた方' })).toHaveTextContent(
        '利用者カードと本人確認書類をお持ちのうえ、図書館のカウンターでお申し出ください。',
      );
      await user.click(screen.getByRole('link', { name: 'ログイン画面へ' }));
      expect(await screen.findByRole('heading', { level: 1, name: '認証画面' })).toBeInTheDocument();
    },
  );

  it('p001: explains the temporary password — the birth date as MMDD, usable 30 minutes after it is issued — and a new one for a forgotten password', async () => {
    openLibrary({ profileId: 'p001' });
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'パスワードをお持ちでない方・忘れた方（仮パスワードについて）' }));
    const first = await screen.findByRole('region', { name: 'はじめて利用する方' });
    expect(first).toHaveTextContent('仮パスワードは生年月日の「月日」4桁です（例：4月15日生まれの方は 0415）。');
    expect(first).toHaveTextContent('仮パスワードは、図書館で発行した30分後から使えます。');
    expect(first).toHaveTextContent('お好きなパスワード（半角英数字4〜8文字（記号は使えません）・大文字と小文字は区別されます）');
    const forgotten = screen.getByRole('region', { name: 'パスワードを忘れた方' });
    expect(forgotten).toHaveTextContent('新しい仮パスワードを発行しますので、ログインしてお好きなパスワードに変更してください。');
    expect(within(forgotten).getByText('仮パスワードは、図書館で発行した30分後から使えます。')).toBeInTheDocument();
  });
});
