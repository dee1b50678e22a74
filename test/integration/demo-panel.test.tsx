import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../mocks/seed/personas';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { LIBRARY_COPY_KEY } from '../../src/api/queries/library-copy';
import { useDemoStore } from '../../src/demo/demo-store';
import { api, interceptApiRequests, openLibrary, persona, unreservedBookOnShelfAt } from './harness';
import { renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

type User = ReturnType<typeof renderApp>['user'];

const panel = () => screen.findByRole('complementary', { name: 'デモパネル' });

/** Opens the panel with its button and goes to one of its tabs. */
async function openPanel(user: User, tab?: string) {
  await user.click(await screen.findByRole('button', { name: 'デモ' }));
  const sheet = await panel();
  if (tab) await user.click(within(sheet).getByRole('tab', { name: tab }));
  return sheet;
}

function start(path = '/', profileId: ProfileId = 'p003') {
  host = openLibrary({ profileId });
  return renderApp(path);
}

/** Saving, restoring, switching and resetting seed a whole library again: on a busy machine that takes seconds. */
const restoring = 30_000;
const seeding = { timeout: 60_000 };

/** Signs a demo patron of p003 in for the calls the test makes itself. */
async function signInAs(situation: Situation) {
  const patron = persona('p003', situation);
  const { token } = await api.call('simSignIn', { body: { cardNumber: patron.cardNumber } });
  useSessionToken.setState({ token });
  return patron;
}

const loansOf = async (cardNumber: string) => (await api.call('simGetPatron', { params: { cardNumber } })).loans;

describe('the demo panel: opening', () => {
  it('opens from its button and with Alt+Shift+D, starts reading at its heading, and Escape closes it back to the button', async () => {
    const { user } = start();
    const button = await screen.findByRole('button', { name: 'デモ' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('title', 'デモパネル（Alt+Shift+D）');

    await user.click(button);
    const sheet = await panel();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(sheet).toHaveAttribute('data-panel', 'shiori-demo-panel');
    await waitFor(() => expect(within(sheet).getByRole('heading', { level: 2, name: 'デモパネル' })).toHaveFocus());
    expect(within(sheet).getByText('Alt+Shift+D で開閉')).toBeInTheDocument();
    const tabs = within(sheet)
      .getAllByRole('tab')
      .map((tab) => tab.textContent);
    expect(tabs).toEqual(['図書館と利用者', '時間', '窓口', 'メール', '通信', 'シナリオ']);
    expect(within(sheet).getByRole('tab', { name: '図書館と利用者' })).toHaveAttribute('aria-selected', 'true');
    // The arrow keys move between the tabs, and the tab shown follows.
    within(sheet).getByRole('tab', { name: '図書館と利用者' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(sheet).getByRole('tab', { name: '時間' })).toHaveFocus();
    expect(within(sheet).getByRole('tabpanel', { name: '時間' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'デモパネル' })).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Alt>}{Shift>}[KeyD]{/Shift}{/Alt}');
    expect(await panel()).toBeInTheDocument();
    // The panel remembers where the designer was, for the life of the tab.
    expect(within(await panel()).getByRole('tab', { name: '時間' })).toHaveAttribute('aria-selected', 'true');
    expect(JSON.parse(sessionStorage.getItem('shiori.demo.open')!).state.open).toBe(true);
    await user.keyboard('{Alt>}{Shift>}[KeyD]{/Shift}{/Alt}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'デモパネル' })).not.toBeInTheDocument());
  });
});

describe('the demo panel: library and patron', () => {
  it('signs in as a demo patron in one click and shows マイページ', async () => {
    const { user, router } = start();
    const sheet = await openPanel(user);
    const reader = persona('p003', 'reader');
    const card = (await within(sheet).findByText(reader.description.ja)).closest('li')!;
    expect(card).toHaveTextContent(`利用者番号 ${reader.cardNumber}`);
    expect(card).toHaveTextContent(`パスワード ${reader.password}`);
    await user.click(within(card).getByRole('button', { name: '山田 花子さんでログイン' }));

    const summary = await screen.findByRole('region', { name: '利用状況' });
    expect(summary).toHaveTextContent('山田 花子');
    expect(router.state.location.pathname).toMatch(/^\/mypage/);
    await expect(api.call('getSession')).resolves.toMatchObject({ patron: { name: '山田 花子' } });
    expect(within(card).getByText('いまのデモ利用者')).toBeInTheDocument();
  });

  it('switches My本棚 on in a library whose page does not name it (p003), and 保留 off: the app shows what the library now offers', async () => {
    const { user } = start();
    await signInAs('reader');
    const sheet = await openPanel(user);
    const settings = within(sheet).getByRole('region', { name: '図書館の設定' });
    const shelves = within(settings).getByRole('checkbox', { name: /^My本棚/ });
    const hold = within(settings).getByRole('checkbox', { name: /^予約の保留を受け付ける/ });
    expect(shelves).not.toBeChecked();
    expect(hold).toBeChecked();
    await user.click(shelves);
    expect(await within(settings).findByText('設定を変更しました。')).toBeInTheDocument();
    await waitFor(() => expect(shelves).toBeChecked());
    expect((await api.call('getLibrary')).features.shelves).toBe(true);
    await user.click(hold);
    await waitFor(() => expect(hold).not.toBeChecked());
    expect((await api.call('getLibrary')).reservations.hold).toBeNull();
    await expect(api.call('getShelves')).resolves.toMatchObject({ shelves: expect.any(Array) });
  });

  it('switches お知らせ and 利用者カード off: the menu and マイページ lose their entries, and their addresses are not found', async () => {
    const { user, router } = start();
    await signInAs('reader');
    await router.navigate('/mypage/reservations');
    expect((await screen.findAllByRole('link', { name: /^お知らせ/ })).length).toBeGreaterThan(0);
    expect(await screen.findByRole('link', { name: '利用者カードを表示する' })).toBeInTheDocument();
    const sheet = await openPanel(user);
    const settings = within(sheet).getByRole('region', { name: '図書館の設定' });
    const notices = within(settings).getByRole('checkbox', { name: /^お知らせ/ });
    const card = within(settings).getByRole('checkbox', { name: /^利用者カード/ });
    expect(notices).toBeChecked();
    expect(card).toBeChecked();
    await user.click(notices);
    await waitFor(() => expect(notices).not.toBeChecked());
    await user.click(card);
    await waitFor(() => expect(card).not.toBeChecked());
    expect((await api.call('getLibrary')).features).toMatchObject({ notices: false, libraryCard: false });
    await waitFor(() => expect(screen.queryByRole('link', { name: /^お知らせ/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: '利用者カードを表示する' })).not.toBeInTheDocument();
    for (const path of ['/mypage/notices', '/mypage/card']) {
      await router.navigate(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeInTheDocument();
    }
  });

  it('says why a patron without a password cannot be signed in (p002), next to that patron', async () => {
    const { user } = start('/', 'p002');
    const sheet = await openPanel(user);
    const newcomer = persona('p002', 'newcomer');
    const card = (await within(sheet).findByText(`利用者番号 ${newcomer.cardNumber}`)).closest('li')!;
    expect(card).toHaveTextContent('パスワード未登録（利用者がオンラインで登録する）');
    await user.click(within(card).getByRole('button', { name: `${newcomer.name}さんでログイン` }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('この利用者はまだパスワードを持っていません。');
    expect(useSessionToken.getState().token).toBeNull();
  });

  it('registers a patron at the counter, shows the card and the temporary password, and signs them in to change it', async () => {
    const { user } = start();
    const sheet = await openPanel(user);
    const form = within(await within(sheet).findByRole('region', { name: '窓口で利用者を作成' }));
    // The form says what is missing before anything is sent; the library says the rest.
    await user.click(form.getByRole('button', { name: '利用者カードを作る' }));
    expect(form.getByRole('textbox', { name: '氏名' })).toHaveAccessibleDescription(/入力してください。/);
    await user.type(form.getByRole('textbox', { name: '氏名' }), '中村 太郎');
    await user.type(form.getByRole('textbox', { name: '氏名カナ' }), 'Nakamura');
    await user.type(form.getByLabelText('生年月日'), '1999-03-04');
    await user.type(form.getByRole('textbox', { name: 'メールアドレス（任意）' }), 'taro@example.jp');
    await user.click(form.getByRole('button', { name: '利用者カードを作る' }));
    expect(await form.findByText(/カタカナで入力してください/)).toBeInTheDocument();
    expect((await api.call('simGetStatus')).personas.some((item) => item.situation === 'counter')).toBe(false);

    await user.clear(form.getByRole('textbox', { name: '氏名カナ' }));
    await user.type(form.getByRole('textbox', { name: '氏名カナ' }), 'ナカムラ タロウ');
    await user.click(form.getByRole('button', { name: '利用者カードを作る' }));
    expect(await form.findByText('中村 太郎さんの利用者カードを作りました。')).toBeInTheDocument();
    const created = (await api.call('simGetStatus')).personas.at(-1)!;
    expect(created).toMatchObject({ situation: 'counter', name: '中村 太郎', temporary: true });
    const facts = form.getByRole('status');
    expect(facts).toHaveTextContent(created.cardNumber);
    expect(facts).toHaveTextContent(created.password!);
    // The list of demo patrons has them too.
    const personas = within(within(sheet).getByRole('region', { name: 'デモ利用者' }));
    expect(await personas.findByRole('button', { name: '中村 太郎さんでログイン' })).toBeInTheDocument();

    await user.click(within(facts).getByRole('button', { name: '中村 太郎さんでログイン' }));
    expect(await screen.findByRole('heading', { level: 1, name: '仮パスワードを本パスワードに変更してください' })).toBeInTheDocument();
  });

  it('switches the library profile, logs out and goes home', seeding, async () => {
    const { user, router } = start('/search');
    const sheet = await openPanel(user);
    await user.click(await within(sheet).findByRole('button', { name: '山田 花子さんでログイン' }));
    await screen.findByRole('region', { name: '利用状況' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '切り替える図書館' }), 'p001');
    await user.click(within(sheet).getByRole('button', { name: '切り替える' }));
    expect(await within(sheet).findByText('いまの図書館：大洲市立図書館（p001）', {}, { timeout: restoring })).toBeInTheDocument();
    expect((await api.call('simGetStatus')).profileId).toBe('p001');
    expect(useSessionToken.getState().token).toBeNull();
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('link', { name: /大洲市立図書館/ })).toBeInTheDocument();
    // The next visit's login form starts from the new library's words, not the old one's.
    await waitFor(() => expect(JSON.parse(localStorage.getItem(LIBRARY_COPY_KEY)!)).toMatchObject({ library: { id: 'p001' } }));
    expect(within(sheet).getByRole('button', { name: '山田 花子さんでログイン' })).toBeInTheDocument();
    expect(within(sheet).getByText(`利用者番号 ${persona('p001', 'reader').cardNumber}`)).toBeInTheDocument();
  });
});

describe('the demo panel: time', () => {
  it('advances the clock by a day and reads what the back office did as sentences, hiding other patrons until asked', async () => {
    const { user } = start();
    // 佐藤 健一 places a reservation online; a day later the library has approved and secured it.
    await signInAs('holder');
    const { branches } = await api.call('getLibrary');
    const free = await unreservedBookOnShelfAt(host, branches[0]!.id);
    await api.call('placeReservations', {
      body: { requestId: 'demo-panel-time', titleIds: [free.id], pickupBranchId: branches[0]!.id, contactMethod: 'email1', mode: 'normal' },
    });

    const sheet = await openPanel(user, '時間');
    const clock = within(await within(sheet).findByRole('region', { name: '模擬時刻' }));
    expect(clock.getByText('2026年11月24日(火) 10:00')).toBeInTheDocument();
    expect(clock.getByText('時計は止まっています（進めたときだけ進みます）。')).toBeInTheDocument();
    await user.click(clock.getByRole('button', { name: '+1日' }));

    expect(await clock.findByText('2026年11月25日(水) 10:00')).toBeInTheDocument();
    const log = within(within(sheet).getByRole('region', { name: '出来事の記録' }));
    const title = free.volumeLabel ? `${free.title} ${free.volumeLabel}` : free.title;
    expect(
      await log.findByText(new RegExp(`^11月24日 10:0\\d 佐藤 健一さんの『${title}』の予約が承認されました（.+）$`)),
    ).toBeInTheDocument();
    expect(log.getByText(new RegExp(`佐藤 健一さんが予約した『${title}』を${branches[0]!.name.ja}で確保しました$`))).toBeInTheDocument();
    expect(log.getByText('+1日進めた → 11月25日 10:00')).toBeInTheDocument();
    expect(log.getByRole('status')).toHaveTextContent(/^\+1日進めた: \d+件の出来事を記録しました。$/);

    // Other patrons bring their loans back meanwhile: counted, shown on request.
    const showAll = log.getByRole('checkbox', { name: /^ほかの利用者の出来事も表示する（\d+件）$/ });
    const before = log.getAllByRole('listitem').length;
    await user.click(showAll);
    expect(log.getAllByRole('listitem').length).toBeGreaterThan(before);

    await user.click(log.getByRole('button', { name: '記録を消す' }));
    expect(log.getByText(/^まだ記録はありません。/)).toBeInTheDocument();
  });

  it('moves to a date in Tokyo time, and says clearly that time cannot go back', async () => {
    const { user } = start();
    const sheet = await openPanel(user, '時間');
    const clock = within(await within(sheet).findByRole('region', { name: '模擬時刻' }));
    const target = clock.getByLabelText('進める先の日時（東京時間）');
    expect(target).toHaveValue('2026-11-24T10:00');
    await user.clear(target);
    await user.type(target, '2026-11-20T09:00');
    await user.click(clock.getByRole('button', { name: '日時へ進める' }));
    expect(await clock.findByText('過去には戻せません。いまの模擬時刻より後の日時を選んでください。')).toBeInTheDocument();
    expect(target).toHaveAttribute('aria-invalid', 'true');

    await user.clear(target);
    await user.type(target, '2026-12-01T09:30');
    await user.click(clock.getByRole('button', { name: '日時へ進める' }));
    expect(await clock.findByText('2026年12月1日(火) 09:30')).toBeInTheDocument();
    expect((await api.call('simGetClock')).now).toBe('2026-12-01T09:30:00+09:00');
    expect(within(sheet).getByText('12月1日 09:30へ進めた → 12月1日 09:30')).toBeInTheDocument();
  });
});

describe('the demo panel: counter', () => {
  it('returns a loan of the reader: it leaves her list, and the log reads it', async () => {
    const { user } = start();
    const reader = persona('p003', 'reader');
    const loans = await loansOf(reader.cardNumber);
    const sheet = await openPanel(user, '窓口');
    await user.selectOptions(await within(sheet).findByRole('combobox', { name: 'デモ利用者から選ぶ' }), reader.cardNumber);
    const list = await within(sheet).findByRole('list', { name: '貸出中（5冊）' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(list).getAllByText('延滞')).toHaveLength(1);

    const first = loans[0]!;
    await user.click(within(list).getByRole('button', { name: `返却：${first.title}` }));
    expect(await within(sheet).findByRole('list', { name: '貸出中（4冊）' })).toBeInTheDocument();
    expect(within(sheet).queryByRole('button', { name: `返却：${first.title}` })).not.toBeInTheDocument();
    expect(within(sheet).getByText(new RegExp(`山田 花子さんが『${first.title}』を返却しました`))).toBeInTheDocument();
    expect((await loansOf(reader.cardNumber)).map((loan) => loan.loanId)).not.toContain(first.loanId);

    // The same sentence went into the event log.
    await user.click(within(sheet).getByRole('tab', { name: '時間' }));
    expect(await within(sheet).findByText('窓口：返却 → 11月24日 10:00')).toBeInTheDocument();
  });

  it('finds a title, lends it to the chosen patron, and says why a second loan is refused', async () => {
    const { user } = start();
    const quiet = persona('p003', 'quiet');
    // A book on the shelf whose title no other record shares, so that the search finds it alone by name.
    const title = await host.run(async (library) => {
      const { titles, copies } = library.db.tables;
      const named = (name: string) => titles.filter((row) => row.title === name).length;
      return titles.find(
        (row) =>
          row.materialType === 'book' &&
          !row.referenceOnly &&
          row.volumeLabel === null &&
          copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf') &&
          named(row.title) === 1,
      )!;
    });
    const sheet = await openPanel(user, '窓口');
    await user.selectOptions(await within(sheet).findByRole('combobox', { name: 'デモ利用者から選ぶ' }), quiet.cardNumber);
    expect(await within(sheet).findByText('借りている資料はありません。')).toBeInTheDocument();
    await user.type(within(sheet).getByRole('searchbox', { name: '書名・著者名など' }), title.title);
    await user.click(within(sheet).getByRole('button', { name: '検索' }));
    await user.click(await within(sheet).findByRole('button', { name: `選ぶ：${title.title}` }));
    expect(await within(sheet).findByRole('heading', { level: 4, name: title.title })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: '高橋 翔さんに貸出' }));
    expect(await within(sheet).findByText(new RegExp(`高橋 翔さんに『${title.title}』を貸し出しました`))).toBeInTheDocument();
    expect(await within(sheet).findByRole('list', { name: '貸出中（1冊）' })).toBeInTheDocument();
    expect((await loansOf(quiet.cardNumber)).map((loan) => loan.titleId)).toEqual([title.id]);

    await user.click(within(sheet).getByRole('button', { name: '高橋 翔さんに貸出' }));
    expect(await within(sheet).findByText(/この利用者は、この資料をすでに借りています。/)).toBeInTheDocument();
  });
});

describe('the demo panel: the counter within the library’s limits', () => {
  it('says why a loan past the library’s 貸出点数 is refused (p004: 紙芝居 2点) and lends nothing', async () => {
    const { user } = start('/', 'p004');
    const quiet = persona('p004', 'quiet');
    // Three 紙芝居 on a shelf, the third with a title no other record shares, so that the search finds it alone.
    const kamishibai = await host.run(async (library) => {
      const { titles, copies } = library.db.tables;
      return titles
        .filter((row) => row.materialType === 'kamishibai' && copies.where('titleId', row.id).some((copy) => copy.status === 'on-shelf'))
        .sort((a, b) => titles.filter((row) => row.title === a.title).length - titles.filter((row) => row.title === b.title).length)
        .slice(0, 3);
    });
    const third = kamishibai[0]!;
    for (const title of kamishibai.slice(1))
      await api.call('simCounterLend', { body: { cardNumber: quiet.cardNumber, titleId: title.id } });

    const sheet = await openPanel(user, '窓口');
    await user.selectOptions(await within(sheet).findByRole('combobox', { name: 'デモ利用者から選ぶ' }), quiet.cardNumber);
    expect(await within(sheet).findByRole('list', { name: '貸出中（2冊）' })).toBeInTheDocument();
    await user.type(within(sheet).getByRole('searchbox', { name: '書名・著者名など' }), third.title);
    await user.click(within(sheet).getByRole('button', { name: '検索' }));
    await user.click(await within(sheet).findByRole('button', { name: `選ぶ：${third.title}` }));
    await user.click(await within(sheet).findByRole('button', { name: '高橋 翔さんに貸出' }));
    expect(await within(sheet).findByText(/この種類の資料を図書館の貸出点数の上限まで借りています/)).toBeInTheDocument();
    expect(await loansOf(quiet.cardNumber)).toHaveLength(2);
  });
});

describe('the demo panel: mail', () => {
  it("reads a patron's confirmation mail, and its link works in the app", async () => {
    const { user } = start();
    const holder = await signInAs('holder');
    await api.call('addEmail', { body: { slot: 2, address: 'kenichi.second@example.jp' } });

    useDemoStore.setState({ cardNumber: holder.cardNumber });
    const sheet = await openPanel(user, 'メール');
    expect(within(sheet).getByRole('combobox', { name: '宛先の利用者' })).toHaveValue(holder.cardNumber);
    const subject = await within(sheet).findByRole('button', { name: /メールアドレス/ });
    expect(subject).toHaveAttribute('aria-expanded', 'false');
    await user.click(subject);
    expect(subject).toHaveAttribute('aria-expanded', 'true');
    expect(within(sheet).getByText(/\/confirm\?token=/, { selector: '.demo-mail-body' })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('link', { name: /^\/confirm\?token=/ }));
    expect(await screen.findByText('メールアドレスを登録しました。')).toBeInTheDocument();
    expect((await api.call('getAccount')).emails.find((email) => email.slot === 2)?.address).toBe('kenichi.second@example.jp');

    // Every patron's mail, when asked for all.
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '宛先の利用者' }), '');
    const { items } = await api.call('simGetMail', {});
    expect(await within(sheet).findByText(`${items.length}通`)).toBeInTheDocument();
  });
});

describe('the demo panel: network', () => {
  it('makes the library fail or go offline for the app, while the panel keeps working', async () => {
    const { user } = start();
    const sheet = await openPanel(user, '通信');
    const region = within(await within(sheet).findByRole('region', { name: '通信' }));
    expect(region.getByRole('radio', { name: 'すぐ応答する' })).toBeChecked();
    await user.selectOptions(region.getByRole('combobox', { name: '失敗させる割合' }), '30');
    expect(await region.findByText('通信の設定を変えました。')).toBeInTheDocument();
    expect((await api.call('simGetStatus')).network).toEqual({ latency: 'none', failureRate: 0.3, offline: false });

    await user.click(region.getByRole('checkbox', { name: 'オフライン（図書館に接続できない）' }));
    await waitFor(async () => expect((await api.call('simGetStatus')).network.offline).toBe(true));
    await expect(api.call('getLibrary')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    // The panel still reads the simulated library.
    await user.click(within(sheet).getByRole('tab', { name: '時間' }));
    expect(await within(sheet).findByText('2026年11月24日(火) 10:00')).toBeInTheDocument();

    await user.click(within(sheet).getByRole('tab', { name: '通信' }));
    await user.click(within(sheet).getByRole('checkbox', { name: 'オフライン（図書館に接続できない）' }));
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '失敗させる割合' }), '0');
    await waitFor(async () =>
      expect((await api.call('simGetStatus')).network).toEqual({ latency: 'none', failureRate: 0, offline: false }),
    );
    await expect(api.call('getLibrary')).resolves.toBeDefined();
  });
});

describe('the demo panel: scenarios', () => {
  it('saves the library with the patron signed in, and restores it after changes, signing them in again', seeding, async () => {
    const { user, router } = start();
    const reader = persona('p003', 'reader');
    const sheet = await openPanel(user);
    await user.click(await within(sheet).findByRole('button', { name: '山田 花子さんでログイン' }));
    await screen.findByRole('region', { name: '利用状況' });
    const loans = await loansOf(reader.cardNumber);
    await api.call('simCounterReturn', { body: { loanId: loans[0]!.loanId } });

    await user.click(within(sheet).getByRole('tab', { name: 'シナリオ' }));
    const save = within(await within(sheet).findByRole('region', { name: 'いまの状態を保存' }));
    expect(save.getByRole('textbox', { name: 'シナリオ名' })).toHaveAccessibleDescription(
      'ログイン中の山田 花子さんも記録します（復元するとログインします）。',
    );
    await user.type(save.getByRole('textbox', { name: 'シナリオ名' }), '1冊返した');
    await user.click(save.getByRole('button', { name: '保存' }));
    expect(await save.findByText('「1冊返した」を保存しました。')).toBeInTheDocument();
    const savedList = await within(sheet).findByRole('list', { name: '保存したシナリオ' });
    expect(within(savedList).getByText('1冊返した')).toBeInTheDocument();

    // Meanwhile: two days, another loan back, and logged out.
    await api.call('simAdvanceClock', { body: { minutes: 2 * 24 * 60 } });
    await api.call('simCounterReturn', { body: { loanId: loans[1]!.loanId } });
    await user.click(screen.getByRole('button', { name: 'ログアウト' }));
    await waitFor(() => expect(useSessionToken.getState().token).toBeNull());

    // Logging out forgets what the app had read, the panel's lists included: they are read again.
    // The list on show until then is replaced a moment after the token goes; a click on it would be lost.
    await waitFor(() => expect(savedList).not.toBeInTheDocument());
    const savedAgain = within(await within(sheet).findByRole('list', { name: '保存したシナリオ' }));
    await user.click(savedAgain.getByRole('button', { name: '復元：1冊返した' }));
    expect(await within(sheet).findByText('「1冊返した」を復元しました。', {}, { timeout: restoring })).toBeInTheDocument();
    expect((await loansOf(reader.cardNumber)).map((loan) => loan.loanId)).toEqual(loans.slice(1).map((loan) => loan.loanId));
    expect((await api.call('simGetClock')).now).toBe('2026-11-24T10:00:00+09:00');
    expect(await screen.findByRole('region', { name: '利用状況' })).toHaveTextContent('山田 花子');
    expect(router.state.location.pathname).toMatch(/^\/mypage/);
  });

  it('restores a built-in scenario, shows its address, and resets to the seed after a confirmation', seeding, async () => {
    const { user, router } = start();
    const sheet = await openPanel(user, 'シナリオ');
    const builtIn = within(await within(sheet).findByRole('list', { name: '用意されたシナリオ' }));
    const transit = builtIn.getByText('予約資料が配送中').closest('li')!;
    expect(transit).toHaveTextContent('http://localhost:3000/?library=p003&scenario=in-transit');
    await user.click(within(transit).getByRole('button', { name: '復元：予約資料が配送中' }));
    expect(await within(sheet).findByText('「予約資料が配送中」を復元しました。', {}, { timeout: restoring })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '利用状況' })).toHaveTextContent('高橋 翔');
    expect((await api.call('getReservations')).items.map((item) => item.state)).toEqual(['in-transit']);

    const reset = within(within(sheet).getByRole('region', { name: 'シードに戻す' }));
    await user.click(reset.getByRole('button', { name: 'シードに戻す' }));
    expect(reset.getByText('いまの図書館の変更はすべて消えます。シードに戻しますか？')).toBeInTheDocument();
    await user.click(reset.getByRole('button', { name: '戻す' }));
    expect(await reset.findByText('図書館をシードの状態に戻しました。', {}, { timeout: restoring })).toBeInTheDocument();
    expect(useSessionToken.getState().token).toBeNull();
    expect(router.state.location.pathname).toBe('/');
    await signInAs('quiet');
    expect((await api.call('getReservations')).items).toEqual([]);
  });

  it('exports a saved scenario as a file and imports it back, refusing a file that is not JSON', seeding, async () => {
    const { user } = start();
    await api.call('simSaveScenario', { body: { name: '書き出し用' } });
    const file = await api.call('simExportScenario', { params: { scenarioId: (await api.call('simListScenarios')).items.at(-1)!.id } });
    const sheet = await openPanel(user, 'シナリオ');
    const imports = within(await within(sheet).findByRole('region', { name: 'ファイルから読み込む' }));
    await user.upload(
      imports.getByLabelText('シナリオのファイル（JSON）'),
      new File(['not json'], 'broken.json', { type: 'application/json' }),
    );
    expect(await imports.findByText(/^JSON のファイルではありません。/)).toBeInTheDocument();

    await user.upload(
      imports.getByLabelText('シナリオのファイル（JSON）'),
      new File([JSON.stringify({ ...file, name: '読み込んだ' })], 'scenario.json', { type: 'application/json' }),
    );
    expect(await imports.findByText('「読み込んだ」を読み込みました。')).toBeInTheDocument();
    expect((await api.call('simListScenarios')).items.filter((item) => !item.builtIn).map((item) => item.name.ja)).toContain('読み込んだ');
    expect(await within(within(sheet).getByRole('list', { name: '保存したシナリオ' })).findByText('読み込んだ')).toBeInTheDocument();
  });
});
