import { common, type LibraryProfile } from './profile';

/** From seed 004: self-registration confirmed by e-mail, 順番を指定する, 10 reservations with CD 2 and 紙芝居 2. */
export const p004: LibraryProfile = {
  id: 'p004',
  name: { ja: '桶川市図書館', en: 'Okegawa City Library' },
  branches: [
    { id: 'chuo', name: { ja: '中央図書館', en: 'Central Library' }, kind: 'library', handlesAv: true },
    { id: 'ekinishi', name: { ja: '駅西口図書館', en: 'Station West Library' }, kind: 'library', handlesAv: true },
    { id: 'kawataya', name: { ja: '川田谷分室', en: 'Kawataya Branch Room' }, kind: 'facility', handlesAv: false },
  ],
  cardNumber: { length: 10, printedExample: '4000000001', typedExample: '4000000001' },
  password: { minLength: 4, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: { first: 'self-registration-email', temporaryUsableAfterMinutes: 0, forgotten: 'reissue-email' },
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
    approvalMinutes: 5,
  },
  loans: common.loans,
  contact: { emailAddresses: 2, methods: ['email1', 'email2', 'phone'] },
  features: { loanHistory: true, selfRegistration: true },
  session: common.session,
  lockout: common.lockout,
  labels: {
    'mypage.tab.reservations': { ja: '予約一覧', en: 'Reservations' },
    'mypage.tab.loans': { ja: '貸出一覧', en: 'Loans' },
    'nav.cart': { ja: '予約カート', en: 'Reservation cart' },
    'cart.add': { ja: 'カートに入れる', en: 'Add to cart' },
    'reserve.next': { ja: '次へ進む', en: 'Next' },
    'reserve.finish': { ja: '予約完了', en: 'Finish' },
  },
  calendar: common.calendar,
  choices: ['Card number of 10 digits: the page does not state it.', 'Cart of 20: the page does not state a maximum.'],
};
