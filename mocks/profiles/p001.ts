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
  cardNumber: { length: 9, printedExample: '100000001', typedExample: '100000001' },
  password: { minLength: 4, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: { first: 'birthdate-temporary', temporaryUsableAfterMinutes: 30, forgotten: 'counter-temporary' },
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
    approvalMinutes: 5,
  },
  loans: common.loans,
  contact: { emailAddresses: 1, methods: ['phone', 'mobile', 'email1'] },
  features: { loanHistory: false, selfRegistration: false },
  session: common.session,
  lockout: common.lockout,
  labels: {
    'mypage.tab.reservations': { ja: '予約中一覧', en: 'Reservations' },
    'mypage.tab.loans': { ja: '貸出中一覧', en: 'Loans' },
    'nav.cart': { ja: '予約カート', en: 'Reservation cart' },
    'cart.add': { ja: 'カートに入れる', en: 'Add to cart' },
    'reserve.confirm': { ja: '予約を確定する', en: 'Confirm the reservation' },
    'reserve.resultTitle': { ja: '予約受付完了', en: 'Reservation received' },
    'reserve.finish': { ja: '予約完了', en: 'Finish' },
  },
  calendar: common.calendar,
  choices: ['Reservation limit 10, cart 20: the page states neither.', 'Renewal adds 14 days from the day of renewal.'],
};
