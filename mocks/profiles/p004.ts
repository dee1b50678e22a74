import { common, type LibraryProfile } from './profile';

const libraryMail = [
  {
    ja: '図書館からのメールは、下記のアドレスを受信可能にしておいてください。メールが届いたら登録・変更の確定手続きを行ってください。',
    en: 'Allow mail from the address below. When the library’s mail arrives, confirm the registration or change with it.',
  },
  { ja: '図書館メールアドレス：toshokan@lib.okegawa.example', en: 'The library’s address: toshokan@lib.okegawa.example' },
];

/** From seed 004: self-registration confirmed by e-mail, 順番を指定する, 10 reservations with CD 2 and 紙芝居 2. */
export const p004: LibraryProfile = {
  id: 'p004',
  name: { ja: '桶川市図書館', en: 'Okegawa City Library' },
  branches: [
    { id: 'chuo', name: { ja: '中央図書館', en: 'Central Library' }, kind: 'library', handlesAv: true },
    { id: 'ekinishi', name: { ja: '駅西口図書館', en: 'Station West Library' }, kind: 'library', handlesAv: true },
    { id: 'kawataya', name: { ja: '川田谷分室', en: 'Kawataya Branch Room' }, kind: 'facility', handlesAv: false },
  ],
  cardNumber: { length: 10, printedExample: '4000000001', typedExample: '4000000001', barcode: 'codabar' },
  password: { minLength: 4, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: {
    first: 'self-registration-email',
    temporaryUsableAfterMinutes: 0,
    forgotten: 'reissue-email',
    firstChangeAsksTemporary: true,
  },
  cart: { maxItems: 20 },
  reservations: {
    ordered: 'ordered',
    maxTotal: 10,
    maxPerType: { cd: 2, kamishibai: 2 },
    readyCountsTowardLimit: true,
    refusesOwnLoansAndReservations: false,
    notReservable: ['reference-only', 'etext', 'latest-magazine', 'video'],
    pickupPeriod: { days: 14, from: 'secured', countsStartDay: false, skipsClosedDays: false },
    cancelledVisibleDays: 30,
    cancelledList: 'apart',
    approvalMinutes: 5,
    readyListed: 'with-open',
    refusedActions: 'disabled',
    hold: { maxDays: 60 },
  },
  loans: {
    ...common.loans,
    // 貸出状況の確認: 「注意の欄に「延滞」と表示されているもの…」「注意の欄に「予約」があると表示されているもの…」
    renewalRefusalShownIn: 'note',
    limits: [
      { materialTypes: ['book', 'magazine'], max: 10 },
      { materialTypes: ['kamishibai'], max: 2 },
      { materialTypes: ['cd'], max: 2 },
    ],
  },
  contact: { emailAddresses: 2, methods: ['email1', 'email2', 'phone'] },
  features: {
    loanHistory: true,
    selfRegistration: true,
    libraryCard: true,
    notices: true,
    shelves: true,
    readingMarathon: true,
    calendars: true,
    reservationChanges: true,
  },
  checksPasswordFormAtLogin: false,
  session: common.session,
  lockout: common.lockout,
  labels: {
    // 「利用者ログイン画面」: where 予約方法 2. sends a patron not logged in, and where the password is changed.
    'login.title': { ja: '利用者ログイン', en: 'Patron login', seed: '予約方法 2., パスワード変更' },
    'register.title': { ja: 'パスワード新規登録・再発行', en: 'Register or reissue a password', seed: 'パスワード新規登録・再発行・変更' },
    'mypage.tab.reservations': { ja: '予約一覧', en: 'Reservations', seed: '予約状況の確認・取消' },
    'mypage.tab.loans': { ja: '貸出一覧', en: 'Loans', seed: '貸出状況の確認' },
    'reservation.cancelledList': { ja: '予約取消一覧', en: 'Cancelled reservations', seed: '予約状況の確認・取消' },
    'nav.cart': { ja: '予約カート', en: 'Reservation cart', seed: '予約方法 2.' },
    'reservation.cancel.requeue': {
      ja: '予約を取消した資料の再度予約は、順番が最後になります。',
      en: 'If you reserve a cancelled title again, you go to the back of the queue.',
      seed: '予約状況の確認・取消',
    },
    'cart.add': { ja: 'カートに入れる', en: 'Add to cart', seed: '予約方法 1.' },
    'cart.reserve': { ja: '予約する', en: 'Reserve', seed: '予約方法 2.' },
    'reserve.ordered': { ja: '順番を指定する', en: 'Choose the order', seed: '指定した順番で予約資料を受け取りたいとき 3.' },
    // 予約方法: 「次へ進む」→ 予約確認画面 →「予約する」→ 予約完了画面 →「予約完了」
    'reserve.next': { ja: '次へ進む', en: 'Next', seed: '予約方法 3.' },
    'reserve.confirmTitle': { ja: '予約確認', en: 'Confirm your reservation', seed: '予約方法 3.' },
    'reserve.confirm': { ja: '予約する', en: 'Reserve', seed: '予約方法 3.' },
    'reserve.resultTitle': { ja: '予約完了', en: 'Reservation complete', seed: '予約方法 3.' },
    'reserve.finish': { ja: '予約完了', en: 'Finish', seed: '予約方法 3.' },
    // 「メインメニューの「利用照会」から「予約カート」を選択します」: the menu's link to our マイページ.
    'nav.mypage': { ja: '利用照会', en: 'My page', seed: '予約方法 2.' },
    // 「受取場所や連絡方法を選択し「次へ進む」をクリックすると」
    'reserve.pickupBranch': { ja: '受取場所', en: 'Pickup branch', seed: '予約方法 3.' },
  },
  notices: {
    // 利用案内, in the words of seed 004
    guide: [
      {
        ja: 'すでに返却された資料が貸出状況に残っている場合は、ご面倒をおかけしますが図書館にご連絡ください。',
        en: 'If an item you have returned is still listed among your loans, please contact the library.',
      },
    ],
    // 利用者番号、パスワードが違うと出たとき
    'login.invalidCredentials': [
      { ja: 'パスワードは登録されていますか？', en: 'Have you registered a password?' },
      { ja: '入力に間違いはないですか？', en: 'Did you type them correctly?' },
      { ja: '利用者番号とパスワードは半角になっていますか？', en: 'Are the card number and the password in half-width characters?' },
      {
        ja: 'パスワードの入力時の英数は、小文字と大文字の区別がされていますので、変更された方はご注意ください。',
        en: 'Passwords tell capital letters from small ones: take care if you changed yours.',
      },
    ],
    'account.password': [
      {
        ja: 'カードとパスワードは個人でしっかり管理してください。安全のためパスワードは定期的に変更されることをおすすめします。',
        en: 'Keep your card and password safe. For safety, we recommend changing your password from time to time.',
      },
    ],
    // The page says it at パスワード登録 and at メールアドレスの登録 alike.
    'register.email': libraryMail,
    'account.email': libraryMail,
    'account.loanHistory': [
      {
        ja: '貸出履歴は図書館側からは閲覧・確認ができませんので、ご自身で管理してください。',
        en: 'The library cannot see or check your loan history: it is yours to keep.',
      },
      {
        ja: '貸出履歴保存の初期値の設定は、「利用しない」となっています。「利用する」を設定登録した以降に借りた資料を記録します。',
        en: 'Keeping a loan history is off at first. Once you turn it on, the items you borrow from then on are recorded.',
      },
    ],
  },
  calendar: common.calendar,
  shelves: common.shelves,
  choices: [
    'Card number of 10 digits: the page does not state it.',
    'Cart of 20: the page does not state a maximum.',
    'The library’s mail address toshokan@lib.okegawa.example: the page shows one without its text.',
    'My本棚 of 10 shelves (これから読みたい本 and お気に入り among them) of 100 titles each: the page states no limit.',
    '読書マラソン counts the loans borrowed in the goal’s period, from 貸出履歴 while it records; otherwise the titles the patron marks 読了. 夏休み is 7月20日–8月31日.',
    '保留 (holding a waiting reservation until a day) is offered, up to 60 days ahead: the page does not speak of it.',
  ],
};
