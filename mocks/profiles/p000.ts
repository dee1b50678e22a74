import { ReservationState } from '../../src/api/contract/reservations';
import { common, type LibraryProfile } from './profile';

const waiting = { ja: '順番待ち', en: 'Waiting', seed: '予約状況の確認: 状態' };
const cancelAtDeskOrByPhone = {
  ja: '最寄りの市内図書館の窓口か、電話で取消を申し込んでください。',
  en: 'To cancel it, ask at the desk of your nearest city library or by phone.',
  seed: '予約状況の確認: 操作 (表示なし)',
};

/** From seed 000: an 8-digit card printed 0123456-7, a 6-digit password, no online renewal. */
export const p000: LibraryProfile = {
  id: 'p000',
  name: { ja: 'みなと市立図書館', en: 'Minato City Library' },
  branches: [
    { id: 'chuo', name: { ja: '中央図書館', en: 'Central Library' }, kind: 'library', handlesAv: true },
    { id: 'kita', name: { ja: '北図書館', en: 'North Library' }, kind: 'library', handlesAv: true },
    { id: 'minami', name: { ja: '南図書館', en: 'South Library' }, kind: 'library', handlesAv: true },
    { id: 'higashi', name: { ja: '東図書館', en: 'East Library' }, kind: 'library', handlesAv: true },
    { id: 'shichokaku', name: { ja: '視聴覚センター', en: 'Audiovisual Centre' }, kind: 'facility', handlesAv: true },
  ],
  cardNumber: { length: 8, printedExample: '0123456-7', typedExample: '01234567', barcode: 'codabar' },
  password: { minLength: 6, maxLength: 6, charset: 'digits', caseSensitive: true },
  passwordRules: { first: 'counter-temporary', temporaryUsableAfterMinutes: 0, forgotten: 'counter', firstChangeAsksTemporary: false },
  cart: { maxItems: 30 },
  reservations: {
    ordered: 'none',
    maxTotal: 10,
    maxPerType: {},
    readyCountsTowardLimit: true,
    refusesOwnLoansAndReservations: false,
    notReservable: ['reference-only', 'etext'],
    pickupPeriod: { days: 7, from: 'secured', countsStartDay: false, skipsClosedDays: false },
    cancelledVisibleDays: 0,
    cancelledList: 'with-open',
    approvalMinutes: 5,
    readyListed: 'with-open',
    // 操作: 「表示なし」 where 取消 is not possible; the reason (状態) stays readable.
    refusedActions: 'hidden',
    hold: { maxDays: 60 },
  },
  loans: { ...common.loans, onlineRenewal: false, maxRenewals: 0, reminderDaysBefore: null },
  contact: { emailAddresses: 0, methods: ['phone', 'mobile'] },
  features: {
    loanHistory: false,
    selfRegistration: false,
    libraryCard: true,
    notices: true,
    shelves: false,
    readingMarathon: false,
    calendars: true,
    // The page names 取消 only: no way to change a reservation's 受取館 or 連絡 online.
    reservationChanges: false,
  },
  checksPasswordFormAtLogin: true,
  session: common.session,
  lockout: common.lockout,
  labels: {
    // 認証画面: ① 登録番号, ② パスワード, ③ 認証.
    'login.cardNumber': { ja: '登録番号', en: 'Registration number', seed: '認証画面 ①' },
    'login.submit': { ja: '認証', en: 'Authenticate', seed: '認証画面 ③' },
    'mypage.tab.reservations': { ja: '予約状況', en: 'Reservations', seed: '利用状況の照会' },
    'mypage.tab.loans': { ja: '貸出状況', en: 'Loans', seed: '利用状況の照会' },
    'nav.cart': { ja: '予約かご', en: 'Reservation basket', seed: '利用状況の照会' },
    // The screen of those three lists: our マイページ.
    'mypage.title': { ja: '利用状況の照会', en: 'Your loans and reservations', seed: '利用状況の照会 (便利メニュー, 図①)' },
    // p000 shows two states only: 確保済み for a ready item, 順番待ち for everything before it.
    ...Object.fromEntries(ReservationState.options.map((state) => [`reservation.state.${state}`, waiting])),
    'reservation.state.ready': { ja: '確保済み', en: 'Secured', seed: '予約状況の確認: 状態' },
    'reservation.cancel': { ja: '取消', en: 'Cancel', seed: '予約状況の確認: 操作 (取消ボタン)' },
    // Why a 順番待ち row has no 取消 (its item is secured, on its way), and what to do instead, in the page's words.
    'reservation.lock.state.in-transit': {
      ja: '予約資料が確保されていますが、受取館に届いていない状態',
      en: 'Secured but not yet at the pickup library',
      seed: '予約状況の確認: 操作 (表示なし)',
    },
    'reservation.lock.advice.ready': cancelAtDeskOrByPhone,
    'reservation.lock.advice.in-transit': cancelAtDeskOrByPhone,
    // 本パスワードの登録画面: the password twice, then 設定.
    'password.new': { ja: '本パスワード', en: 'Your password', seed: '本パスワードの登録画面 ①' },
    'password.confirm': { ja: '本パスワード（確認）', en: 'Your password (again)', seed: '本パスワードの登録画面 ②' },
    'password.submit': { ja: '設定', en: 'Set', seed: '本パスワードの登録画面 ③' },
    'loan.refusal.not-offered': {
      ja: '借りている本を引き続き借りたい場合は、最寄りの図書館の窓口で延長手続きを行ってください。インターネットや電話では手続きができません。',
      en: 'To keep a book longer, renew it at the counter of your nearest library. Renewals cannot be made online or by phone.',
      seed: '貸出状況の確認',
    },
    // 認証画面: the login page's name on each of the page's walks (①②③ are its fields and button).
    'login.title': { ja: '認証画面', en: 'Log in', seed: '認証画面' },
    // 「便利メニュー」の中の「利用状況の照会」: the menu's link to the screen of the same name.
    'nav.mypage': { ja: '利用状況の照会', en: 'My page', seed: '利用状況の照会 (便利メニュー, 図①)' },
    // The lists' columns where the page names them otherwise than the portal (its other columns are ours already).
    'loan.column.dueDate': { ja: '返却日', en: 'Due date', seed: '貸出状況の確認: 貸出状況の各項目' },
    'reservation.column.contact': { ja: '連絡', en: 'Contact', seed: '予約状況の確認: 予約状況の各項目' },
    // 「便利メニュー」の中の「利用者情報の変更」: where the password is changed (our 利用者情報).
    'account.link': { ja: '利用者情報の変更', en: 'Your details', seed: 'パスワードの変更 (図①)' },
  },
  notices: {},
  calendar: common.calendar,
  shelves: common.shelves,
  choices: [
    'Reservation limit 10, cart 30: the page states neither.',
    'Pickup period 7 days from securing: the page does not state one.',
    'Contact by phone only: the page shows a 連絡 column without listing e-mail.',
    'Loans: 10 items at once, for 2 weeks: the page states neither.',
    '保留 (holding a waiting reservation until a day) is offered, up to 60 days ahead: the page does not speak of it.',
  ],
};
