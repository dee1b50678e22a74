import type { z } from 'zod';
import type { ServerErrorCode } from './errors';
import {
  Account,
  AddEmailRequest,
  ChangeContactRequest,
  ChangeContactResult,
  ConfirmRequest,
  ConfirmResult,
  EmailSlotParams,
  RegisterRequest,
  RegisterResult,
} from './account';
import { ChangePasswordRequest, LoginRequest, LoginResponse, SessionInfo } from './auth';
import { AddToCartResult, AddToGuestCart, Cart, CartTitleIds, GuestCart } from './cart';
import {
  NewArrivals,
  NewArrivalsQuery,
  Ranking,
  RankingParams,
  RankingQuery,
  SearchQuery,
  SearchResult,
  TitleDetail,
  TitleParams,
} from './catalogue';
import { LibraryInfo } from './library';
import { LoanHistory, LoanHistorySetting, LoanList, LoanParams, RenewAllResult, RenewRequest, LoanItem } from './loans';
import {
  ChangeReservationRequest,
  OrderedReservation,
  OrderReservationsRequest,
  PlacementResult,
  PlaceReservationsRequest,
  ReservationItem,
  ReservationList,
  ReservationParams,
} from './reservations';
import { PatronSummary } from './patron';
import {
  AdvanceClockRequest,
  CounterLendRequest,
  CounterLoseRequest,
  CounterReceiveRequest,
  CounterResult,
  CounterReserveRequest,
  CounterReturnRequest,
  CreatedPatron,
  CreatePatronRequest,
  NetworkSettings,
  RestoredScenario,
  SaveScenarioRequest,
  ScenarioFile,
  ScenarioList,
  ScenarioParams,
  ScenarioSummary,
  SetClockRequest,
  SetProfileRequest,
  SimCardParams,
  SimClock,
  SimMailbox,
  SimMailQuery,
  SimPatronView,
  SimSignInRequest,
  SimStatus,
  SimTimeMove,
  SimTitleParams,
  SimTitleView,
} from './simulation';

/** Every path of the simulation API starts with this; a real library backend has none of them. */
export const SIMULATION_PREFIX = '/_sim';

/** Over HTTP (`npm run api`) the simulation API answers only requests carrying its secret in this header. */
export const SIMULATION_SECRET_HEADER = 'X-Shiori-Sim-Secret';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint:
 * - `public`: anyone;
 * - `session`: a logged-in patron, even one who still holds a temporary password;
 * - `patron`: a logged-in patron whose password is their own (PASSWORD_CHANGE_REQUIRED otherwise).
 */
type EndpointAuth = 'public' | 'session' | 'patron';

export interface Endpoint {
  method: HttpMethod;
  /** Relative to the API base URL; `:name` marks a path parameter. */
  path: string;
  summary: string;
  auth: EndpointAuth;
  /** Part of the simulation API only. */
  simulation?: true;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** null: the answer is 204 No Content. */
  response: z.ZodType | null;
  /** The failures this endpoint may answer with, besides the ones every endpoint may give. */
  errors: readonly ServerErrorCode[];
  /**
   * Whether a write may be sent again after a failure that may have left it undone or unanswered
   * (every GET may): `safe` — doing it twice leaves the library as doing it once (it sets a state);
   * `keyed` — the body carries `requestId`, the idempotency key, also sent as the
   * `Idempotency-Key` header, and the backend does the work once per key and answers the same
   * again. A write with neither is never repeated without the patron asking.
   */
  idempotency?: 'safe' | 'keyed';
}

/** How an endpoint may be repeated: every GET is safe; a write only as it declares. */
export function idempotencyOf(endpoint: Endpoint): 'safe' | 'keyed' | null {
  if (endpoint.method === 'GET') return 'safe';
  return endpoint.idempotency ?? null;
}

/** The header that carries a keyed write's `requestId` (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

const define = <const E extends Endpoint>(endpoint: E): E => endpoint;

const sessionErrors = ['UNAUTHENTICATED', 'SESSION_EXPIRED'] as const;
const patronErrors = [...sessionErrors, 'PASSWORD_CHANGE_REQUIRED'] as const;

export const endpoints = {
  getLibrary: define({
    method: 'GET',
    path: '/library',
    summary: "The library's name, branches and rules, which the app follows instead of hard-coding one library",
    auth: 'public',
    response: LibraryInfo,
    errors: [],
  }),
  login: define({
    method: 'POST',
    path: '/auth/login',
    summary: 'Log in with 利用者番号 and password; answers a bearer token',
    auth: 'public',
    body: LoginRequest,
    response: LoginResponse,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'TEMPORARY_PASSWORD_NOT_YET_VALID', 'RATE_LIMITED'],
  }),
  logout: define({
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session on the server',
    auth: 'session',
    response: null,
    errors: sessionErrors,
  }),
  getSession: define({
    method: 'GET',
    path: '/auth/session',
    summary: 'The current session: who is logged in and whether the password must be changed first',
    auth: 'session',
    response: SessionInfo,
    errors: sessionErrors,
  }),
  changePassword: define({
    method: 'PUT',
    path: '/me/password',
    summary: "Replace the patron's password (a temporary one included) under the library's policy",
    auth: 'session',
    body: ChangePasswordRequest,
    response: SessionInfo,
    errors: [...sessionErrors, 'VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_POLICY_VIOLATION'],
  }),
  register: define({
    method: 'POST',
    path: '/auth/register',
    summary:
      '新規パスワード登録 / 再発行 where the library offers it (p002, p004): matches the data registered at the counter; p004 confirms by an e-mail link first. Failed matches count towards the lockout like logins',
    auth: 'public',
    body: RegisterRequest,
    response: RegisterResult,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_POLICY_VIOLATION', 'CONFLICT'],
  }),
  confirm: define({
    method: 'POST',
    path: '/auth/confirm',
    summary: 'Opens a confirmation link (registration or a new e-mail address): works once, within 24 hours',
    auth: 'public',
    body: ConfirmRequest,
    response: ConfirmResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  getAccount: define({
    method: 'GET',
    path: '/me/account',
    summary: '利用者情報: name, phones (changed at the counter), e-mail addresses with pending confirmations, the default contact method',
    auth: 'patron',
    response: Account,
    errors: patronErrors,
  }),
  addEmail: define({
    method: 'PUT',
    path: '/me/emails',
    summary: 'Sets メールアドレス1 or 2: a confirmation link goes to the new address, which is used only once it is opened',
    auth: 'patron',
    body: AddEmailRequest,
    response: Account,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
  }),
  removeEmail: define({
    method: 'DELETE',
    path: '/me/emails/:slot',
    summary: 'Removes an address (and a pending one); refused while it is the contact of the patron or of an open reservation',
    auth: 'patron',
    params: EmailSlotParams,
    response: Account,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT'],
  }),
  changeContact: define({
    method: 'PUT',
    path: '/me/contact',
    summary: 'The default 連絡方法, among what is registered; optionally also for open reservations',
    auth: 'patron',
    body: ChangeContactRequest,
    response: ChangeContactResult,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
    idempotency: 'safe',
  }),

  getSummary: define({
    method: 'GET',
    path: '/me/summary',
    summary: "マイページ: the patron's name, masked card number and counts of loans, reservations and ready items",
    auth: 'patron',
    response: PatronSummary,
    errors: patronErrors,
  }),

  searchCatalogue: define({
    method: 'GET',
    path: '/catalogue/search',
    summary: '蔵書検索: simple (q) and detailed search, paged, sorted by relevance, newest or title reading',
    auth: 'public',
    query: SearchQuery,
    response: SearchResult,
    errors: ['VALIDATION_FAILED'],
  }),
  getTitle: define({
    method: 'GET',
    path: '/catalogue/titles/:titleId',
    summary: '資料詳細: the title, its series, holdings per branch, the queue and whether it can be reserved',
    auth: 'public',
    params: TitleParams,
    response: TitleDetail,
    errors: ['NOT_FOUND'],
  }),
  getNewArrivals: define({
    method: 'GET',
    path: '/catalogue/new-arrivals',
    summary: '新着資料: titles acquired in the last days, newest first',
    auth: 'public',
    query: NewArrivalsQuery,
    response: NewArrivals,
    errors: ['VALIDATION_FAILED'],
  }),
  getRanking: define({
    method: 'GET',
    path: '/catalogue/rankings/:kind',
    summary: '貸出ベスト (loans of the last 90 days) and 予約ベスト (reservations waiting now), top 50',
    auth: 'public',
    params: RankingParams,
    query: RankingQuery,
    response: Ranking,
    errors: ['VALIDATION_FAILED'],
  }),
  getGuestCart: define({
    method: 'POST',
    path: '/guest-cart',
    summary:
      'A cart kept in the browser before login, as the library sees it: title rows, reasons and the maximum; unknown ids are left out',
    auth: 'public',
    body: GuestCart,
    response: Cart,
    errors: ['VALIDATION_FAILED'],
    idempotency: 'safe',
  }),
  addToGuestCart: define({
    method: 'POST',
    path: '/guest-cart/items',
    summary: "Put titles in a browser cart under the same rules as a patron's: answers the new cart and every refusal with its reason",
    auth: 'public',
    body: AddToGuestCart,
    response: AddToCartResult,
    errors: ['VALIDATION_FAILED'],
  }),
  getCart: define({
    method: 'GET',
    path: '/me/cart',
    summary: "予約かご: the patron's cart, with the reason for any item they cannot reserve",
    auth: 'patron',
    response: Cart,
    errors: patronErrors,
  }),
  addToCart: define({
    method: 'POST',
    path: '/me/cart/items',
    summary:
      'Put titles in the cart (also merges a browser cart at login); what does not fit or cannot be reserved comes back with its reason',
    auth: 'patron',
    body: CartTitleIds,
    response: AddToCartResult,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
  }),
  removeFromCart: define({
    method: 'POST',
    path: '/me/cart/remove',
    summary: 'Take titles out of the cart; ids not in it are ignored',
    auth: 'patron',
    body: CartTitleIds,
    response: Cart,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
  }),

  getReservations: define({
    method: 'GET',
    path: '/me/reservations',
    summary: "予約状況: the patron's reservations with their state, queue place, dates and what may be done with each (and why not)",
    auth: 'patron',
    response: ReservationList,
    errors: patronErrors,
  }),
  cancelReservation: define({
    method: 'POST',
    path: '/me/reservations/:reservationId/cancel',
    summary: '予約取消: becomes 取消申込 (still counted against the limit) until the library approves it a few minutes later',
    auth: 'patron',
    params: ReservationParams,
    response: ReservationItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT'],
  }),
  changeReservation: define({
    method: 'PATCH',
    path: '/me/reservations/:reservationId',
    summary: '予約内容変更: the pickup branch and/or the contact method, where the row allows it',
    auth: 'patron',
    params: ReservationParams,
    body: ChangeReservationRequest,
    response: ReservationItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
  }),
  orderReservations: define({
    method: 'PUT',
    path: '/me/reservations/order',
    summary:
      '順番の変更: sets the order of an ordered reservation (シリーズ予約 / 順番指定), or makes one of normal reservations of a series; setting the same order again changes nothing',
    auth: 'patron',
    body: OrderReservationsRequest,
    response: OrderedReservation,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
    idempotency: 'safe',
  }),
  getLoans: define({
    method: 'GET',
    path: '/me/loans',
    summary:
      "貸出状況: the patron's current loans with due dates, 予約 / 延滞 flags, and per loan whether 貸出延長 is possible (and why not)",
    auth: 'patron',
    response: LoanList,
    errors: patronErrors,
  }),
  renewLoan: define({
    method: 'POST',
    path: '/me/loans/:loanId/renew',
    summary: '貸出延長 of one loan; CONFLICT with the reason when the library does not allow it; idempotent by requestId',
    auth: 'patron',
    params: LoanParams,
    body: RenewRequest,
    response: LoanItem,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED'],
    idempotency: 'keyed',
  }),
  renewAllLoans: define({
    method: 'POST',
    path: '/me/loans/renew-all',
    summary: '一括延長: renews every renewable loan and answers, per loan, renewed (new due date) or not (reason); idempotent by requestId',
    auth: 'patron',
    body: RenewRequest,
    response: RenewAllResult,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'keyed',
  }),
  getLoanHistory: define({
    method: 'GET',
    path: '/me/loan-history',
    summary: '貸出履歴: loans returned since the patron opted in (where the library keeps one)',
    auth: 'patron',
    response: LoanHistory,
    errors: patronErrors,
  }),
  setLoanHistory: define({
    method: 'PUT',
    path: '/me/loan-history',
    summary: 'Opt in to (or out of) 貸出履歴; opting out forgets what was recorded',
    auth: 'patron',
    body: LoanHistorySetting,
    response: LoanHistory,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'safe',
  }),
  placeReservations: define({
    method: 'POST',
    path: '/me/reservations',
    summary: 'Reserve titles (from the cart): each is placed as 予約申込 or refused with its reason; idempotent by requestId',
    auth: 'patron',
    body: PlaceReservationsRequest,
    response: PlacementResult,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
    idempotency: 'keyed',
  }),

  simGetStatus: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/status`,
    summary: 'Which profile runs, the seed, the clock and the network settings',
    auth: 'public',
    simulation: true,
    response: SimStatus,
    errors: [],
  }),
  simSetProfile: define({
    method: 'PUT',
    path: `${SIMULATION_PREFIX}/profile`,
    summary: 'Switch to another library profile (each has its own database)',
    auth: 'public',
    simulation: true,
    body: SetProfileRequest,
    response: SimStatus,
    errors: ['VALIDATION_FAILED'],
  }),
  simReset: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/reset`,
    summary: "Replace the active library's database with a fresh seed",
    auth: 'public',
    simulation: true,
    response: SimStatus,
    errors: [],
  }),
  simGetClock: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/clock`,
    summary: "The simulated library's clock (Asia/Tokyo)",
    auth: 'public',
    simulation: true,
    response: SimClock,
    errors: [],
  }),
  simSetClock: define({
    method: 'PUT',
    path: `${SIMULATION_PREFIX}/clock`,
    summary:
      'Set the simulated time and whether it runs with the wall clock; time never goes backwards. Answers what the back office did meanwhile',
    auth: 'public',
    simulation: true,
    body: SetClockRequest,
    response: SimTimeMove,
    errors: ['VALIDATION_FAILED'],
  }),
  simAdvanceClock: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/clock/advance`,
    summary: 'Move the simulated time forward by a number of minutes; answers what the back office did meanwhile',
    auth: 'public',
    simulation: true,
    body: AdvanceClockRequest,
    response: SimTimeMove,
    errors: ['VALIDATION_FAILED'],
  }),
  simGetMail: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/mail`,
    summary: 'The simulated mailbox: every message the library sent (confirmation links, ready notices, reminders), newest first',
    auth: 'public',
    simulation: true,
    query: SimMailQuery,
    response: SimMailbox,
    errors: ['VALIDATION_FAILED'],
  }),
  simSetNetwork: define({
    method: 'PUT',
    path: `${SIMULATION_PREFIX}/network`,
    summary: 'Latency, injected failure rate and offline switch of the simulated API (the simulation API itself is never slowed or broken)',
    auth: 'public',
    simulation: true,
    body: NetworkSettings,
    response: NetworkSettings,
    errors: ['VALIDATION_FAILED'],
  }),
  simSignIn: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/sessions`,
    summary: "Sign in as a demo patron with their password, under the library's login rules (lockout, temporary password not yet usable)",
    auth: 'public',
    simulation: true,
    body: SimSignInRequest,
    response: LoginResponse,
    errors: [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'CONFLICT',
      'ACCOUNT_LOCKED',
      'TEMPORARY_PASSWORD_NOT_YET_VALID',
      'INVALID_CREDENTIALS',
      'RATE_LIMITED',
    ],
  }),
  simCreatePatron: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/patrons`,
    summary: "Register a patron at the counter: a new card, and a temporary password where the library's first-password rule gives one",
    auth: 'public',
    simulation: true,
    body: CreatePatronRequest,
    response: CreatedPatron,
    errors: ['VALIDATION_FAILED'],
  }),
  simGetPatron: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/patrons/:cardNumber`,
    summary: "A patron's open loans and reservations as the counter sees them",
    auth: 'public',
    simulation: true,
    params: SimCardParams,
    response: SimPatronView,
    errors: ['NOT_FOUND'],
  }),
  simGetTitle: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/titles/:titleId`,
    summary: "A title's copies and reservations as the counter sees them",
    auth: 'public',
    simulation: true,
    params: SimTitleParams,
    response: SimTitleView,
    errors: ['NOT_FOUND'],
  }),
  simCounterReturn: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/counter/return`,
    summary: 'Check a loan in: the copy goes to the first of its queue, or back on the shelf',
    auth: 'public',
    simulation: true,
    body: CounterReturnRequest,
    response: CounterResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  simCounterLend: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/counter/lend`,
    summary: 'Lend a title to a patron: the copy held for their reservation when it is ready, otherwise a copy from a shelf',
    auth: 'public',
    simulation: true,
    body: CounterLendRequest,
    response: CounterResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  simCounterReserve: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/counter/reservations`,
    summary: "Reserve a title for a patron at the counter (the library's limits apply; the patron's default contact)",
    auth: 'public',
    simulation: true,
    body: CounterReserveRequest,
    response: CounterResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  simCounterLose: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/counter/lost`,
    summary: 'Mark a copy lost: a loan of it ends, a reservation it was held for goes back to the head of the queue',
    auth: 'public',
    simulation: true,
    body: CounterLoseRequest,
    response: CounterResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  simCounterReceive: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/counter/receive`,
    summary: 'Receive a new copy of a title (an ordered item): it goes to the first reservation waiting for it',
    auth: 'public',
    simulation: true,
    body: CounterReceiveRequest,
    response: CounterResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }),
  simListScenarios: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/scenarios`,
    summary: 'The built-in scenarios, then the saved ones, newest first',
    auth: 'public',
    simulation: true,
    response: ScenarioList,
    errors: [],
  }),
  simSaveScenario: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/scenarios`,
    summary: 'Save the whole state of the active library as a named scenario',
    auth: 'public',
    simulation: true,
    body: SaveScenarioRequest,
    response: ScenarioSummary,
    errors: ['VALIDATION_FAILED'],
  }),
  simImportScenario: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/scenarios/import`,
    summary: 'Add a scenario from an exported file',
    auth: 'public',
    simulation: true,
    body: ScenarioFile,
    response: ScenarioSummary,
    errors: ['VALIDATION_FAILED', 'CONFLICT'],
  }),
  simExportScenario: define({
    method: 'GET',
    path: `${SIMULATION_PREFIX}/scenarios/:scenarioId/file`,
    summary: 'A saved scenario as a file to keep or share',
    auth: 'public',
    simulation: true,
    params: ScenarioParams,
    response: ScenarioFile,
    errors: ['NOT_FOUND'],
  }),
  simRestoreScenario: define({
    method: 'POST',
    path: `${SIMULATION_PREFIX}/scenarios/:scenarioId/restore`,
    summary: 'Replace the library with a scenario (switching to its profile), and sign its patron in',
    auth: 'public',
    simulation: true,
    params: ScenarioParams,
    response: RestoredScenario,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  simDeleteScenario: define({
    method: 'DELETE',
    path: `${SIMULATION_PREFIX}/scenarios/:scenarioId`,
    summary: 'Forget a saved scenario',
    auth: 'public',
    simulation: true,
    params: ScenarioParams,
    response: null,
    errors: ['NOT_FOUND'],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Input<T> = T extends z.ZodType ? z.input<T> : never;
type Output<T> = T extends z.ZodType ? z.output<T> : never;

/** What a caller passes: only the parts the endpoint has. */
export type RequestOf<N extends EndpointName> = (Endpoints[N] extends { params: infer P } ? { params: Input<P> } : unknown) &
  (Endpoints[N] extends { query: infer Q }
    ? Record<string, never> extends Input<Q>
      ? { query?: Input<Q> }
      : { query: Input<Q> }
    : unknown) &
  (Endpoints[N] extends { body: infer B } ? { body: Input<B> } : unknown);

/** What the handler saw after validation. */
export type ParsedRequestOf<N extends EndpointName> = {
  params: Endpoints[N] extends { params: infer P } ? Output<P> : Record<string, never>;
  query: Endpoints[N] extends { query: infer Q } ? Output<Q> : Record<string, never>;
  body: Endpoints[N] extends { body: infer B } ? Output<B> : undefined;
};

export type ResponseOf<N extends EndpointName> = Endpoints[N]['response'] extends z.ZodType ? z.output<Endpoints[N]['response']> : void;

/** Fill `:name` parameters of a path. */
export function buildPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
