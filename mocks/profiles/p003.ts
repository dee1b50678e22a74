import { common, type LibraryProfile } from './profile';

/** From seed 003: six libraries and related facilities, シリーズ予約, the full list of eleven states. */
export const p003: LibraryProfile = {
  id: 'p003',
  name: { ja: '市川市立図書館', en: 'Ichikawa City Library' },
  branches: [
    { id: 'chuo', name: { ja: '中央図書館', en: 'Central Library' }, kind: 'library', handlesAv: true },
    { id: 'ekiminami', name: { ja: '市川駅南口図書館', en: 'Ichikawa Station South Library' }, kind: 'library', handlesAv: true },
    { id: 'gyotoku', name: { ja: '行徳図書館', en: 'Gyotoku Library' }, kind: 'library', handlesAv: true },
    { id: 'minamigyotoku', name: { ja: '南行徳図書館', en: 'Minami-Gyotoku Library' }, kind: 'library', handlesAv: true },
    { id: 'shintoku', name: { ja: '信篤図書館', en: 'Shintoku Library' }, kind: 'library', handlesAv: true },
    { id: 'hirata', name: { ja: '平田図書館', en: 'Hirata Library' }, kind: 'library', handlesAv: true },
    { id: 'ogashiwa', name: { ja: '大柏公民館図書室', en: 'Ogashiwa Community Centre Room' }, kind: 'facility', handlesAv: false },
    { id: 'soya', name: { ja: '曽谷公民館図書室', en: 'Soya Community Centre Room' }, kind: 'facility', handlesAv: false },
  ],
  cardNumber: { length: 7, printedExample: '3000001', typedExample: '3000001', barcode: 'codabar' },
  password: { minLength: 4, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: { first: 'counter-temporary', temporaryUsableAfterMinutes: 0, forgotten: 'counter', firstChangeAsksTemporary: true },
  cart: { maxItems: 10 },
  reservations: {
    ordered: 'series',
    maxTotal: 20,
    maxPerType: { cd: 5, dvd: 5 },
    readyCountsTowardLimit: true,
    refusesOwnLoansAndReservations: false,
    notReservable: ['reference-only', 'etext'],
    pickupPeriod: { days: 7, from: 'notice', countsStartDay: true, skipsClosedDays: false },
    cancelledVisibleDays: 7,
    cancelledList: 'with-open',
    approvalMinutes: 5,
    readyListed: 'with-open',
    refusedActions: 'disabled',
    hold: { maxDays: 60 },
  },
  loans: common.loans,
  // 「メールアドレスは 2 つまで登録できます。2 つとも選択した場合は、同じメールが 2 つのアドレスに届きます。」
  contact: { emailAddresses: 2, methods: ['email1', 'email2', 'email-both', 'phone', 'mobile'] },
  features: {
    loanHistory: false,
    selfRegistration: false,
    libraryCard: true,
    notices: true,
    shelves: false,
    readingMarathon: false,
    calendars: true,
    reservationChanges: true,
  },
  checksPasswordFormAtLogin: false,
  session: common.session,
  lockout: common.lockout,
  labels: {
    'login.submit': { ja: 'ログイン (認証)', en: 'Log in', seed: '1. ログイン ②' },
    'mypage.tab.reservations': { ja: '予約状況', en: 'Reservations', seed: '2. 予約を確認するには ②' },
    'mypage.tab.loans': { ja: '貸出状況', en: 'Loans', seed: 'none: seed 003 names no loan list (the portal’s word)' },
    'nav.cart': { ja: '予約かご', en: 'Reservation basket', seed: '1. 予約かご ⑥' },
    'cart.add': { ja: '予約かごへ', en: 'Add to reservation basket', seed: '1. 資料検索 ⑤' },
    'cart.selectAll': { ja: '全選択', en: 'Select all', seed: '1. 予約かご ⑥' },
    'reserve.next': { ja: '通常予約する', en: 'Reserve normally', seed: '1. 予約かご ⑦' },
    'reserve.ordered': { ja: 'シリーズ予約する', en: 'Reserve as a series', seed: '1. 予約かご ⑦' },
    'reserve.confirm': { ja: '予約する', en: 'Reserve', seed: '1. 予約かご ⑧' },
    'reserve.resultTitle': { ja: '予約結果', en: 'Reservation result', seed: '1. 完了 ⑨' },
    'reservation.change': { ja: '予約内容変更', en: 'Change', seed: '3. 予約の受取場所を変更するには ②' },
    'reservation.change.title': { ja: '予約情報変更', en: 'Change this reservation', seed: '3. 予約の受取場所を変更するには ③' },
    'reservation.cancel': { ja: '予約取消', en: 'Cancel', seed: '4. 予約を取消するには ②' },
    'reservation.cancel.title': { ja: '予約取消確認', en: 'Cancel this reservation?', seed: '4. 予約を取消するには ③' },
    'reservation.cancel.submit': { ja: '取消する', en: 'Cancel reservation', seed: '4. 予約を取消するには ③' },
    // 「「ログイン」ボタンをクリックすると、認証画面が表示されます」
    'login.title': { ja: '認証画面', en: 'Log in', seed: '1. ログイン ①' },
    // 「「予約受取館/場所」をプルダウンメニューで選択し」: the placing form's pickup field.
    'reserve.pickupBranch': { ja: '予約受取館/場所', en: 'Pickup branch', seed: '1. 予約かご ⑦' },
    // 「自分の「予約状況一覧」画面を表示させます」: the list's own heading (its tab stays 予約状況).
    'reservation.list.title': { ja: '予約状況一覧', en: 'Reservations', seed: '3. 予約の受取場所を変更するには ①' },
    // 5. 連絡方法を変更するには: 「利用者情報変更」をクリック, 「予約連絡方法」のプルダウンメニュー, 「更新」ボタン.
    'account.link': { ja: '利用者情報変更', en: 'Your details', seed: '5. 連絡方法を変更するには ②' },
    'account.contact.title': { ja: '予約連絡方法', en: 'Contact method', seed: '5. 連絡方法を変更するには ②' },
    'account.contact.submit': { ja: '更新', en: 'Change', seed: '5. 連絡方法を変更するには ②' },
  },
  notices: {
    // 利用案内, in the words of seed 003
    guide: [
      {
        ja: '資料の手配には、時間がかかります。また予約をかけた時点で、資料の状態が利用可能（図書館の棚にある）状態であっても、貸出になってしまう場合もありますので、あらかじめご了承ください。',
        en: "Getting an item ready takes time, and an item that is available (on the library's shelf) when you reserve it may still be lent to someone else first.",
      },
    ],
  },
  calendar: common.calendar,
  shelves: common.shelves,
  choices: [
    'Password 4–8 letters and digits: the page does not state a policy.',
    'Limits 20 in all, CD 5, DVD 5: the page names limits without numbers.',
    'Online renewal once, 14 days from the renewal day: the page does not say.',
    'Cancelled reservations listed 7 Tokyo calendar days, the day of the cancel being day one: the page says about a week.',
    'Loans: 10 items at once, for 2 weeks: the page states neither.',
    '保留 (holding a waiting reservation until a day) is offered, up to 60 days ahead: the page does not speak of it.',
  ],
};
