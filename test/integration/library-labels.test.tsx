import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../mocks/profiles/profiles';
import type { LibraryProfile } from '../../mocks/profiles/profile';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import type { Situation } from '../../mocks/seed/personas';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { paths } from '../../src/lib/paths';
import { api, interceptApiRequests, openLibrary, persona } from './harness';
import { renderApp } from './render-app';

// The label table of each profile (`labels` in mocks/profiles/p00x.ts: every button, heading and
// screen name its seed page names, with the place in the seed it comes from), checked against the
// screens: for every entry, the screen it belongs to is rendered in that library and the label is
// found there, as a patron would read it.

interceptApiRequests();

type Screen =
  'login' | 'register' | 'password' | 'reservations' | 'cancel' | 'change' | 'loans' | 'renew' | 'title' | 'cart' | 'placing' | 'account';
type Role = 'button' | 'link' | 'heading' | 'textbox' | 'combobox' | 'radio' | 'columnheader' | 'text';

/** Where each label of the app stands, and as what: a key or, ending in a dot, every key under it. */
const placeOf: Record<string, { screen: Screen; role: Role }> = {
  'login.cardNumber': { screen: 'login', role: 'textbox' },
  'login.submit': { screen: 'login', role: 'button' },
  'register.title': { screen: 'register', role: 'heading' },
  'password.current': { screen: 'password', role: 'textbox' },
  'password.new': { screen: 'password', role: 'textbox' },
  'password.confirm': { screen: 'password', role: 'textbox' },
  'password.submit': { screen: 'password', role: 'button' },
  'mypage.tab.reservations': { screen: 'reservations', role: 'link' },
  'mypage.tab.loans': { screen: 'reservations', role: 'link' },
  'nav.cart': { screen: 'reservations', role: 'link' },
  'reservation.state.': { screen: 'reservations', role: 'text' },
  'reservation.lock.state.': { screen: 'reservations', role: 'text' },
  'reservation.lock.advice.': { screen: 'reservations', role: 'text' },
  'reservation.ready.title': { screen: 'reservations', role: 'heading' },
  'reservation.cancelledList': { screen: 'reservations', role: 'heading' },
  'reservation.cancel': { screen: 'reservations', role: 'link' },
  'reservation.change': { screen: 'reservations', role: 'link' },
  'reservation.change.title': { screen: 'change', role: 'heading' },
  'reservation.cancel.title': { screen: 'cancel', role: 'heading' },
  'reservation.cancel.submit': { screen: 'cancel', role: 'button' },
  'reservation.cancel.requeue': { screen: 'cancel', role: 'text' },
  'loan.renew': { screen: 'loans', role: 'link' },
  'loan.refusal.not-offered': { screen: 'loans', role: 'text' },
  'loan.renew.submit': { screen: 'renew', role: 'button' },
  'cart.add': { screen: 'title', role: 'button' },
  'cart.reserve': { screen: 'cart', role: 'button' },
  'cart.selectAll': { screen: 'cart', role: 'button' },
  'reserve.next': { screen: 'placing', role: 'button' },
  'reserve.ordered': { screen: 'placing', role: 'button' },
  'reserve.confirmTitle': { screen: 'placing', role: 'heading' },
  'reserve.confirm': { screen: 'placing', role: 'button' },
  'reserve.resultTitle': { screen: 'placing', role: 'heading' },
  'reserve.finish': { screen: 'placing', role: 'link' },
  'mypage.title': { screen: 'reservations', role: 'heading' },
  'login.title': { screen: 'login', role: 'heading' },
  'nav.mypage': { screen: 'reservations', role: 'link' },
  'reserve.pickupBranch': { screen: 'placing', role: 'combobox' },
  'contact.email1': { screen: 'account', role: 'radio' },
  'loan.column.': { screen: 'loans', role: 'columnheader' },
  'reservation.column.': { screen: 'reservations', role: 'columnheader' },
  'reservation.list.title': { screen: 'reservations', role: 'heading' },
  'account.link': { screen: 'reservations', role: 'link' },
  'account.contact.title': { screen: 'account', role: 'heading' },
  'account.contact.submit': { screen: 'account', role: 'button' },
  'account.password': { screen: 'account', role: 'link' },
  'account.email.title': { screen: 'account', role: 'heading' },
};

function placeOfLabel(key: string) {
  const place = placeOf[key] ?? Object.entries(placeOf).find(([prefix]) => prefix.endsWith('.') && key.startsWith(prefix))?.[1];
  if (!place) throw new Error(`No screen is known for the label ${key}: add where it stands to placeOf`);
  return place;
}

let host: LibraryHost;

async function signIn(profileId: ProfileId, situation: Situation) {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

/** Signs a demo patron in and opens a page of theirs, once it shows what `ready` waits for. */
async function openAs(
  profileId: ProfileId,
  situation: Situation,
  path: string | (() => Promise<string>),
  ready: () => Promise<unknown>,
): Promise<void> {
  await signIn(profileId, situation);
  renderApp(typeof path === 'string' ? path : await path());
  await ready();
}

/** A 取消 or 変更 step of the holder's first reservation that offers it, as its row's link opens it. */
function openReservationStep(profileId: ProfileId, action: 'cancel' | 'changePickup') {
  return openAs(
    profileId,
    'holder',
    async () => {
      const { id } = (await api.call('getReservations')).items.find((item) => item.actions[action].allowed)!;
      return action === 'cancel' ? paths.reservationCancel(id) : paths.reservationChange(id);
    },
    // The step's own way back, drawn with its text: マイページ's pickup banner has a heading of its own.
    () => screen.findByRole('link', { name: '戻る' }),
  );
}

/** Books anyone may reserve, not in a series, with a copy to lend. */
function books(count: number) {
  return host.run(async (library) => {
    const { titles, copies } = library.db.tables;
    return titles
      .filter(
        (title) =>
          title.materialType === 'book' &&
          !title.referenceOnly &&
          title.seriesId === null &&
          copies.where('titleId', title.id).some((copy) => copy.status !== 'lost'),
      )
      .slice(0, count);
  });
}

/** A name as the label (a row's link adds ：title, a list's heading its count). */
const named = (label: string) => (name: string) => name === label || name.startsWith(`${label}：`) || name.startsWith(`${label} `);

/** Whether the label stands on the screen now, as what the table says. */
function shown(label: string, role: Role): boolean {
  if (role === 'text') return screen.queryAllByText((_, element) => element?.textContent?.includes(label) ?? false).length > 0;
  if (role === 'textbox') return screen.queryAllByLabelText(label).length > 0;
  // A column's own words, before what a sortable one adds (近い順).
  if (role === 'columnheader')
    return screen
      .queryAllByRole('columnheader')
      .some((header) => (header.querySelector('button') ?? header).firstChild?.textContent === label);
  return screen.queryAllByRole(role, { name: named(label) }).length > 0;
}

/** Each screen's way in, as a patron of the library gets there; the placing steps check their labels on the way. */
const visit: Record<Screen, (profileId: ProfileId, check: (step: Screen) => void) => Promise<void>> = {
  login: async () => {
    renderApp('/login');
    await screen.findByLabelText('パスワード');
  },
  register: async () => {
    renderApp('/register');
    await screen.findByRole('heading', { level: 1 });
  },
  // A temporary password leads to the first password's form.
  password: (profileId) => openAs(profileId, 'newcomer', '/password', () => screen.findAllByLabelText(/パスワード/)),
  reservations: (profileId) => openAs(profileId, 'holder', '/mypage/reservations', () => screen.findAllByRole('table')),
  cancel: (profileId) => openReservationStep(profileId, 'cancel'),
  change: (profileId) => openReservationStep(profileId, 'changePickup'),
  loans: (profileId) => openAs(profileId, 'reader', '/mypage/loans', () => screen.findByRole('table')),
  // 利用者情報, where 連絡方法 is chosen among the library's (the reader has an e-mail address registered).
  account: (profileId) => openAs(profileId, 'reader', '/mypage/account', () => screen.findByRole('group', { name: /^予約の連絡方法/ })),
  renew: (profileId) =>
    openAs(
      profileId,
      'reader',
      async () => `/mypage/loans/${(await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!.id}/renew`,
      () => screen.findByRole('heading', { level: 2 }),
    ),
  title: async () => {
    const [book] = await books(1);
    renderApp(`/titles/${book!.id}`);
    await screen.findByRole('heading', { level: 1, name: book!.title });
  },
  cart: async (profileId) => {
    await signIn(profileId, 'quiet');
    await api.call('addToCart', { body: { titleIds: (await books(2)).map((book) => book.id) } });
    renderApp('/mypage/cart');
    await screen.findByRole('list', { name: /の資料$/ });
  },
  placing: async (profileId, check) => {
    const labels = profiles[profileId].labels;
    await signIn(profileId, 'quiet');
    const picked = await books(2);
    await api.call('addToCart', { body: { titleIds: picked.map((book) => book.id) } });
    const { user } = renderApp(`/reserve?titles=${picked.map((book) => book.id).join(',')}`);
    const pickup = await screen.findByRole('combobox', { name: labels['reserve.pickupBranch']?.ja ?? '受取館' });
    await user.selectOptions(pickup, within(pickup).getAllByRole('option')[1]!);
    check('placing');
    const form = pickup.closest('form')!;
    await user.click(
      within(form)
        .getAllByRole('button')
        .find((button) => button.getAttribute('type') === 'submit')!,
    );
    await screen.findByRole('heading', { level: 1, name: labels['reserve.confirmTitle']?.ja ?? '予約内容の確認' });
    check('placing');
    await user.click(screen.getByRole('button', { name: labels['reserve.confirm']?.ja ?? '予約する' }));
    await screen.findByRole('heading', { level: 1, name: labels['reserve.resultTitle']?.ja ?? '予約結果' });
    check('placing');
  },
};

/** The screens a profile's label table names, each with its labels. */
function tableOf(profile: LibraryProfile) {
  const screens = new Map<Screen, { key: string; ja: string; seed: string; role: Role }[]>();
  for (const [key, label] of Object.entries(profile.labels)) {
    const place = placeOfLabel(key);
    screens.set(place.screen, [...(screens.get(place.screen) ?? []), { key, ja: label.ja, seed: label.seed, role: place.role }]);
  }
  return [...screens].map(([name, labels]) => [profile.id, name, labels] as const);
}

describe("each library's label table, on its screens", () => {
  it.each(Object.values(profiles).flatMap(tableOf))('%s: %s', async (profileId, name, labels) => {
    host = openLibrary({ profileId });
    // A label may stand on any step of a journey (the placing steps): each is looked for at every step.
    const found = new Set<string>();
    const check = () => labels.filter((label) => shown(label.ja, label.role)).forEach((label) => found.add(label.key));
    await visit[name](profileId, check);
    check();
    const missing = labels.filter((label) => !found.has(label.key)).map((label) => `${label.key} 「${label.ja}」 (${label.seed})`);
    expect(missing, `not on the ${name} screen of ${profileId}`).toEqual([]);
  });
});
