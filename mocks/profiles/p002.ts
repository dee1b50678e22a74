import { common, type LibraryProfile } from './profile';

/** From seed 002: three libraries, self-registration, 7-day pickup not counting closed days. */
export const p002: LibraryProfile = {
  id: 'p002',
  name: { ja: '出水市立図書館', en: 'Izumi City Library' },
  branches: [
    { id: 'chuo', name: { ja: '中央図書館', en: 'Central Library' }, kind: 'library', handlesAv: true },
    { id: 'takaono', name: { ja: '高尾野図書館', en: 'Takaono Library' }, kind: 'library', handlesAv: true },
    { id: 'noda', name: { ja: '野田図書館', en: 'Noda Library' }, kind: 'library', handlesAv: true },
  ],
  cardNumber: { length: 10, printedExample: '2000000001', typedExample: '2000000001', barcode: 'codabar' },
  password: { minLength: 6, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: {
    first: 'self-registration',
    temporaryUsableAfterMinutes: 0,
    forgotten: 'register-again',
    firstChangeAsksTemporary: true,
  },
  cart: { maxItems: 20 },
  reservations: {
    ordered: 'none',
    maxTotal: 10,
    maxPerType: {},
    readyCountsTowardLimit: true,
    refusesOwnLoansAndReservations: false,
    notReservable: ['reference-only', 'etext'],
    pickupPeriod: { days: 7, from: 'secured', countsStartDay: false, skipsClosedDays: true },
    cancelledVisibleDays: 0,
    cancelledList: 'with-open',
    approvalMinutes: 5,
    // 予約中一覧: 「予約をしていてまだ順番がきていない本」; what has come is in 予約確保一覧 only.
    readyListed: 'apart',
    refusedActions: 'disabled',
    hold: { maxDays: 60 },
  },
  // 「注意の欄に「延滞」と表示されているもの…延長はできません」「注意の欄に予約があると表示されているもの…」
  loans: { ...common.loans, renewalRefusalShownIn: 'note' },
  contact: { emailAddresses: 1, methods: ['email1', 'phone'] },
  features: {
    loanHistory: false,
    selfRegistration: true,
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
    'register.title': { ja: '新規パスワード登録', en: 'New password registration', seed: 'パスワードを忘れたら' },
    'mypage.tab.reservations': { ja: '予約中一覧', en: 'Reservations', seed: 'ログイン画面(利用照会)について' },
    'mypage.tab.loans': { ja: '貸出中一覧', en: 'Loans', seed: 'ログイン画面(利用照会)について' },
    'reservation.ready.title': { ja: '予約確保一覧', en: 'Ready to collect', seed: 'ログイン画面(利用照会)について' },
    'nav.cart': { ja: 'カート', en: 'Cart', seed: '予約の仕方' },
    'cart.add': { ja: 'カートに入れる', en: 'Add to cart', seed: '予約の仕方' },
    'cart.reserve': { ja: '予約する', en: 'Reserve', seed: '予約の仕方' },
    // 「利用照会」: the service of one's loans and reservations, our マイページ (the menu's link to it).
    'nav.mypage': { ja: '利用照会', en: 'My page', seed: '「利用照会」について' },
    // 「予約の連絡方法、受取場所を選択してください」
    'reserve.pickupBranch': { ja: '受取場所', en: 'Pickup branch', seed: '予約の仕方' },
    // One address, so one e-mail: 「予約する際、連絡方法にメールを選択でき」
    'contact.email1': { ja: 'メール', en: 'E-mail', seed: 'メールサービスについて' },
    // ログイン画面(利用照会)について: パスワードの変更 and Eメールアドレスの変更, what 利用者情報 lets a patron change.
    'account.password': { ja: 'パスワードの変更', en: 'Change your password', seed: 'ログイン画面(利用照会)について' },
    'account.email.title': { ja: 'Eメールアドレスの変更', en: 'E-mail addresses', seed: 'ログイン画面(利用照会)について' },
  },
  notices: {
    // 利用案内, in the words of seed 002
    guide: [
      {
        ja: '予約時点で貸出されてない場合であっても、準備前に貸出される場合があります。(例:予約準備前に来館中の利用者の方が資料を確保していた場合)',
        en: 'Even an item that is not on loan when you reserve it may be lent before it is set aside for you (for example, when a visitor in the library takes it first).',
      },
    ],
    'account.password': [
      {
        ja: '個人情報保護の為、変更されたパスワードは図書館でもわかりませんので、ご自身の責任において大切に管理して下さい。',
        en: 'To protect your personal data, not even the library can see your password once changed: keep it safe yourself.',
      },
    ],
    'account.email': [
      {
        ja: '図書館からのメールアドレス（yoyaku@izumi-library.jp）を受信可能に設定してください。設定後もメールが届かない場合は、メールアドレスの誤りの可能性があるので、再度手続きをしてください。',
        en: 'Allow mail from the library’s address (yoyaku@izumi-library.jp). If mail still does not arrive, the address may be wrong: register it again.',
      },
    ],
  },
  calendar: common.calendar,
  shelves: common.shelves,
  choices: [
    'Card number of 10 digits: the page does not state it.',
    'Online renewal allowed (the page says to apply at the library).',
    'Phone offered besides e-mail for patrons without an address.',
    'Loans: 10 items at once, for 2 weeks: the page states neither.',
    '保留 (holding a waiting reservation until a day) is offered, up to 60 days ahead: the page does not speak of it.',
  ],
};
