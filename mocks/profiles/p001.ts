import { common, type LibraryProfile } from './profile';

/** From seed 001: 9-digit card, temporary password = birth date MMDD usable 30 minutes after issue. */
export const p001: LibraryProfile = {
  id: 'p001',
  name: { ja: '大洲市立図書館', en: 'Ozu City Library' },
  branches: [
    { id: 'ozu', name: { ja: '大洲図書館', en: 'Ozu Library' }, kind: 'library', handlesAv: true },
    { id: 'nagahama', name: { ja: '長浜図書館', en: 'Nagahama Library' }, kind: 'library', handlesAv: true },
    { id: 'hijikawa', name: { ja: '肱川図書館', en: 'Hijikawa Library' }, kind: 'library', handlesAv: true },
    { id: 'kawabe', name: { ja: '河辺図書館', en: 'Kawabe Library' }, kind: 'library', handlesAv: true },
  ],
  cardNumber: { length: 9, printedExample: '100000001', typedExample: '100000001', barcode: 'codabar' },
  password: { minLength: 4, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: {
    first: 'birthdate-temporary',
    temporaryUsableAfterMinutes: 30,
    forgotten: 'counter-temporary',
    firstChangeAsksTemporary: true,
  },
  cart: { maxItems: 20 },
  reservations: {
    ordered: 'none',
    maxTotal: 10,
    maxPerType: {},
    readyCountsTowardLimit: true,
    refusesOwnLoansAndReservations: true,
    notReservable: ['reference-only', 'etext'],
    pickupPeriod: { days: 7, from: 'notice', countsStartDay: false, skipsClosedDays: false },
    cancelledVisibleDays: 0,
    cancelledList: 'with-open',
    approvalMinutes: 5,
    readyListed: 'with-open',
    refusedActions: 'disabled',
    hold: { maxDays: 60 },
  },
  loans: { ...common.loans, renewalRefusalShownIn: 'note' },
  contact: { emailAddresses: 1, methods: ['phone', 'mobile', 'email1'] },
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
    // 仮パスワードから本パスワードへの変更: “ログインする”, then 旧パスワード, 新パスワード, 再入力 and “変更する”.
    'login.submit': { ja: 'ログインする', en: 'Log in', seed: '仮パスワードから本パスワードへの変更 1.' },
    'password.current': { ja: '旧パスワード', en: 'Old password', seed: '仮パスワードから本パスワードへの変更 1.' },
    'password.new': { ja: '新パスワード', en: 'New password', seed: '仮パスワードから本パスワードへの変更 1.' },
    'password.confirm': { ja: '再入力', en: 'New password again', seed: '仮パスワードから本パスワードへの変更 1.' },
    'password.submit': { ja: '変更する', en: 'Change', seed: '仮パスワードから本パスワードへの変更 1.' },
    // 貸出・予約状況の照会の方法: the card number and password, then “利用者認証を行います”: the login step's name here.
    'login.title': { ja: '利用者認証を行います', en: 'Patron authentication', seed: '貸出・予約状況の照会の方法' },
    'mypage.tab.reservations': { ja: '予約中一覧', en: 'Reservations', seed: '貸出・予約状況の照会の方法' },
    'mypage.tab.loans': { ja: '貸出中一覧', en: 'Loans', seed: '貸出・予約状況の照会の方法' },
    'nav.cart': { ja: '予約カート', en: 'Reservation cart', seed: 'インターネット予約の手順' },
    'cart.add': { ja: 'カートに入れる', en: 'Add to cart', seed: 'インターネット予約の手順' },
    'cart.reserve': { ja: '予約する', en: 'Reserve', seed: 'インターネット予約の手順' },
    'reserve.confirm': { ja: '予約を確定する', en: 'Confirm the reservation', seed: 'インターネット予約の手順' },
    'reserve.resultTitle': { ja: '予約受付完了', en: 'Reservation received', seed: 'インターネット予約の手順' },
    'reserve.finish': { ja: '予約完了', en: 'Finish', seed: 'インターネット予約の手順' },
    // 「“取消”ボタンをクリックすると、取消の確認画面が表示され、“変更する”ボタンをクリックすると予約が取り消されます」
    'reservation.cancel': { ja: '取消', en: 'Cancel', seed: 'インターネット予約の取消しと変更の手順' },
    'reservation.cancel.submit': { ja: '変更する', en: 'Confirm', seed: 'インターネット予約の取消しと変更の手順' },
    'loan.renew': { ja: '貸出延長', en: 'Renew', seed: 'インターネット貸出期間延長の方法' },
    'loan.renew.submit': { ja: '変更する', en: 'Renew', seed: 'インターネット貸出期間延長の方法' },
    // 「図書館ホームページから、“利用照会”のボタンをクリックしてください」: the menu's link to our マイページ.
    'nav.mypage': { ja: '利用照会', en: 'My page', seed: '仮パスワードから本パスワードへの変更 1.' },
    // 「受取場所を市内の4図書館から指定し、連絡方法は電話・携帯電話・メールから選んでください」 (one address: メール).
    'reserve.pickupBranch': { ja: '受取場所', en: 'Pickup branch', seed: 'インターネット予約の手順' },
    'contact.email1': { ja: 'メール', en: 'E-mail', seed: 'インターネット予約の手順' },
    // 「次に“パスワードの変更”をクリックしてください」: 利用者情報's way to the password form.
    'account.password': { ja: 'パスワードの変更', en: 'Change your password', seed: '仮パスワードから本パスワードへの変更 1.' },
  },
  notices: {
    // 利用案内, in the words of seed 001
    guide: [
      {
        ja: 'インターネット予約は、予約がシステムに反映されるまでに若干時間がかかります。また、新着図書配架初日及び開館時間中は来館者優先で貸出を行います。そのため、貸出可能の資料を予約されても取り置きを確定するものではありません。予約された資料の貸出準備が整いましたら、図書館から連絡しますのでお待ちください。',
        en: "An online reservation takes a little while to reach the library's system, and visitors come first on the day new books go on the shelves and during opening hours: reserving an item that is on the shelf does not set it aside. The library will tell you when your item is ready.",
      },
    ],
    'account.email': [
      {
        ja: 'ドメイン指定受信を設定されている方は「@city.ozu.ehime.jp」を指定設定してください。',
        en: 'If your phone or mail service accepts mail only from chosen domains, add “@city.ozu.ehime.jp”.',
      },
    ],
  },
  calendar: common.calendar,
  shelves: common.shelves,
  choices: [
    'Reservation limit 10, cart 20: the page states neither.',
    'Renewal adds 14 days from the day of renewal: the page says only that a loan may be renewed once (「貸出延長は1回のみ可能」), not for how long.',
    'Loans: 10 items at once, for 2 weeks: the page states neither.',
    '保留 (holding a waiting reservation until a day) is offered, up to 60 days ahead: the page does not speak of it.',
  ],
};
