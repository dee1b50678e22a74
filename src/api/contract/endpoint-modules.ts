import type { Endpoint } from './endpoint';
import type { LibraryEndpointName } from './endpoints';

/** The library's API by module, each loaded when one of its endpoints is first called. */
const modules = {
  library: () => import('./endpoints/library').then((module) => module.libraryInfoEndpoints),
  auth: () => import('./endpoints/auth').then((module) => module.authEndpoints),
  account: () => import('./endpoints/account').then((module) => module.accountEndpoints),
  patron: () => import('./endpoints/patron').then((module) => module.patronEndpoints),
  catalogue: () => import('./endpoints/catalogue').then((module) => module.catalogueEndpoints),
  cart: () => import('./endpoints/cart').then((module) => module.cartEndpoints),
  reservations: () => import('./endpoints/reservations').then((module) => module.reservationsEndpoints),
  loans: () => import('./endpoints/loans').then((module) => module.loansEndpoints),
  notices: () => import('./endpoints/notices').then((module) => module.noticesEndpoints),
  libraryCard: () => import('./endpoints/library-card').then((module) => module.libraryCardEndpoints),
  shelves: () => import('./endpoints/shelves').then((module) => module.shelvesEndpoints),
  calendars: () => import('./endpoints/calendars').then((module) => module.calendarsEndpoints),
};

/** The module whose table holds endpoint `N`: a name listed under another module does not compile. */
type ModuleHolding<N extends string> = {
  [M in keyof typeof modules]: N extends keyof Awaited<ReturnType<(typeof modules)[M]>> ? M : never;
}[keyof typeof modules];

const moduleOf = {
  getLibrary: 'library',
  getLibraryCalendar: 'library',
  login: 'auth',
  logout: 'auth',
  getSession: 'auth',
  changePassword: 'auth',
  register: 'account',
  confirm: 'account',
  getAccount: 'account',
  addEmail: 'account',
  removeEmail: 'account',
  changeContact: 'account',
  getSummary: 'patron',
  searchCatalogue: 'catalogue',
  getTitle: 'catalogue',
  getNewArrivals: 'catalogue',
  getRanking: 'catalogue',
  getGuestCart: 'cart',
  addToGuestCart: 'cart',
  getCart: 'cart',
  addToCart: 'cart',
  removeFromCart: 'cart',
  getReservations: 'reservations',
  cancelReservation: 'reservations',
  changeReservation: 'reservations',
  orderReservations: 'reservations',
  getPlacingOptions: 'reservations',
  placeReservations: 'reservations',
  getLoans: 'loans',
  renewLoan: 'loans',
  renewAllLoans: 'loans',
  getLoanHistory: 'loans',
  setLoanHistory: 'loans',
  getNotices: 'notices',
  readNotice: 'notices',
  getLibraryCard: 'libraryCard',
  removeLoanHistoryItem: 'loans',
  clearLoanHistory: 'loans',
  getShelves: 'shelves',
  createShelf: 'shelves',
  renameShelf: 'shelves',
  deleteShelf: 'shelves',
  addToShelf: 'shelves',
  changeShelfItem: 'shelves',
  removeFromShelf: 'shelves',
  setReadMark: 'shelves',
  getReadingGoals: 'shelves',
  createReadingGoal: 'shelves',
  deleteReadingGoal: 'shelves',
  changeReservations: 'reservations',
  holdReservation: 'reservations',
  resumeReservation: 'reservations',
  getLibraryCalendarFile: 'calendars',
  getMyCalendarFile: 'calendars',
  getCalendarFeedStatus: 'calendars',
  resetCalendarFeed: 'calendars',
  getCalendarFeed: 'calendars',
} as const satisfies { [N in LibraryEndpointName]: ModuleHolding<N> };

/**
 * An endpoint of the library's API, with its schemas: the app's client loads them on the first
 * call, so that a page carries the schemas of the calls it makes and no others.
 */
export async function loadEndpoint(name: LibraryEndpointName): Promise<Endpoint> {
  const table: Record<string, Endpoint> = await modules[moduleOf[name]]();
  return table[name]!;
}
