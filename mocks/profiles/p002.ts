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
  cardNumber: { length: 10, printedExample: '2000000001', typedExample: '2000000001' },
  password: { minLength: 6, maxLength: 8, charset: 'alphanumeric', caseSensitive: true },
  passwordRules: { first: 'self-registration', temporaryUsableAfterMinutes: 0, forgotten: 'register-again' },
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
  },
  loans: common.loans,
  contact: { emailAddresses: 1, methods: ['email1', 'phone'] },
  features: { loanHistory: false, selfRegistration: true },
  session: common.session,
  lockout: common.lockout,
  notices: ['shelf-items-may-be-lent'],
  labels: {
    'mypage.tab.reservations': { ja: '予約中一覧', en: 'Reservations' },
    'mypage.tab.loans': { ja: '貸出中一覧', en: 'Loans' },
    'nav.cart': { ja: 'カート', en: 'Cart' },
  },
  calendar: common.calendar,
  choices: [
    'Card number of 10 digits: the page does not state it.',
    'Online renewal allowed (the page says to apply at the library).',
    'Phone offered besides e-mail for patrons without an address.',
    'Loans: 10 items at once, for 2 weeks: the page states neither.',
  ],
};
