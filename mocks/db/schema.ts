// The simulated library's tables. Rows are plain JSON so that they persist as they are
// (IndexedDB in the browser, memory or a file in Node). Times are ISO 8601 strings with offset.
// Each table's rows are a zod schema, their type inferred from it.
import * as z from 'zod';
import { ContactMethod, DateTime, LocalDate, WebUrl, type MaterialType as MaterialTypes } from '../../src/api/contract/common';
import { TitleSummary } from '../../src/api/contract/catalogue';
import { ReservationState } from '../../src/api/contract/reservations';
import { NoticeKind } from '../../src/api/contract/notices';

/** Bump when a row shape or the seed changes: a stored library with another version is reseeded. */
export const SCHEMA_VERSION = 5;

const Time = DateTime;

const BranchRow = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  nameEn: z.string(),
  /** 図書館 (library) or 関連施設 (related facility, e.g. a community-centre reading room). */
  kind: z.enum(['library', 'facility']),
  /** Whether CD/DVD can be handed out here (p003: AV only at the six libraries). */
  handlesAv: z.boolean(),
  sortOrder: z.number().int(),
});
export type BranchRow = z.infer<typeof BranchRow>;

/** 資料形態: what kind of material a title is. */
export type MaterialType = z.infer<typeof MaterialTypes>;

/** A title as the catalogue holds it: what the API's summary shows of it, and what decides whether it can be reserved. */
const TitleRow = z.strictObject({
  ...TitleSummary.omit({ availability: true, notReservableReason: true }).shape,
  /** 禁帯出: may be read in the library only. */
  referenceOnly: z.boolean(),
  /** Magazine issues: the newest issue of a magazine cannot be reserved in some libraries. */
  latestIssue: z.boolean(),
  /** Electronic texts are read online; this is where (a web address, never a script). */
  etextUrl: z.nullable(WebUrl),
});
export type TitleRow = z.infer<typeof TitleRow>;

/** 資料状態 of one physical copy. */
const CopyStatus = z.enum(['on-shelf', 'on-loan', 'held', 'in-transit', 'lost']);
export type CopyStatus = z.infer<typeof CopyStatus>;

const CopyRow = z.strictObject({
  /** 資料コード: the barcode number printed on the copy. */
  id: z.string().min(1),
  titleId: z.string(),
  branchId: z.string(),
  status: CopyStatus,
  /** 配架場所, e.g. 一般開架, 児童, 参考. */
  shelf: z.string(),
});
export type CopyRow = z.infer<typeof CopyRow>;

const PatronRow = z.strictObject({
  id: z.string().min(1),
  /** 利用者番号, normalised (half-width digits only). */
  cardNumber: z.string().regex(/^\d+$/),
  name: z.string(),
  /** 氏名カナ. */
  nameKana: z.string(),
  birthDate: LocalDate,
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  email1: z.string().nullable(),
  email2: z.string().nullable(),
  contactMethod: ContactMethod,
  /** `pbkdf2-sha256$iterations$salt$hash`, or null when no password has been registered yet. */
  passwordHash: z.string().nullable(),
  /** A counter-issued password that must be changed before anything else. */
  passwordTemporary: z.boolean(),
  passwordIssuedAt: z.nullable(Time),
  /** Consecutive failed logins; reset by a successful one. */
  failedLogins: z.number().int().nonnegative(),
  lockedUntil: z.nullable(Time),
  registeredAt: Time,
  homeBranchId: z.string(),
  /** 貸出履歴: when the patron opted in (null: not recording). Only loans returned after it are shown. */
  loanHistorySince: z.nullable(Time),
});
export type PatronRow = z.infer<typeof PatronRow>;

const SessionRow = z.strictObject({
  /** The bearer token; only its hash would be stored by a real server, here it is random and opaque. */
  id: z.string().min(1),
  patronId: z.string(),
  createdAt: Time,
  lastSeenAt: Time,
});
export type SessionRow = z.infer<typeof SessionRow>;

const LoanRow = z.strictObject({
  id: z.string().min(1),
  copyId: z.string(),
  titleId: z.string(),
  patronId: z.string(),
  branchId: z.string(),
  loanedAt: Time,
  /** The last day the item may be kept. */
  dueDate: LocalDate,
  renewals: z.number().int().nonnegative(),
  returnedAt: z.nullable(Time),
  /** When the due-date reminder e-mail went out (null: not sent). */
  reminderSentAt: z.nullable(Time),
  /** When the overdue notice (延滞のお知らせ) went out (null: not sent). */
  overdueNoticeSentAt: z.nullable(Time),
});
export type LoanRow = z.infer<typeof LoanRow>;

/** The eleven reservation states of p003's list (see library-rules.md): 予約申込, 確認待ち, 返却待ち, 順番待ち, 調査中, 選書中, 配送中, 準備中 (an ordered reservation waiting for the previous volume), 利用可能, 取消申込, 取消. */
export type ReservationState = z.infer<typeof ReservationState>;

const ReservationOrigin = z.enum(['online', 'counter']);
export type ReservationOrigin = z.infer<typeof ReservationOrigin>;

const ReservationRow = z.strictObject({
  id: z.string().min(1),
  patronId: z.string(),
  titleId: z.string(),
  pickupBranchId: z.string(),
  contactMethod: ContactMethod,
  state: ReservationState,
  origin: ReservationOrigin,
  /** The place in the title's queue is by this time, then by id. */
  queuedAt: Time,
  reservedAt: Time,
  copyId: z.string().nullable(),
  securedAt: z.nullable(Time),
  notifiedAt: z.nullable(Time),
  /** 取置期限: the last day the patron may collect it. */
  pickupDeadline: z.nullable(LocalDate),
  cancelledAt: z.nullable(Time),
  cancelReason: z.enum(['patron', 'expired']).nullable(),
  /** 保留: not secured before this day (it keeps its place in the queue); null when not held. */
  heldUntil: z.nullable(LocalDate),
  /** Ordered (series) reservation group and position in it. */
  orderGroupId: z.string().nullable(),
  orderPosition: z.number().int().positive().nullable(),
  updatedAt: Time,
});
export type ReservationRow = z.infer<typeof ReservationRow>;

const CartItemRow = z.strictObject({
  /** `${patronId}:${titleId}`: a title is in a patron's cart once. */
  id: z.string().min(1),
  patronId: z.string(),
  titleId: z.string(),
  addedAt: Time,
  /** The cart lists items in the order they were put in, those added together included. */
  position: z.number().int(),
});

const MailRow = z.strictObject({
  id: z.string().min(1),
  patronId: z.string().nullable(),
  to: z.string(),
  kind: NoticeKind,
  subject: z.string(),
  body: z.string(),
  sentAt: Time,
  readAt: z.nullable(Time),
});
export type MailRow = z.infer<typeof MailRow>;

const ClosedDayRow = z.strictObject({
  /** `${date}:${branchId ?? 'all'}` */
  id: z.string().min(1),
  date: LocalDate,
  reason: z.enum(['weekly', 'holiday', 'year-end', 'inventory']),
  /** null: every branch is closed. */
  branchId: z.string().nullable(),
});
export type ClosedDayRow = z.infer<typeof ClosedDayRow>;

/**
 * A confirmation link sent by e-mail: a new address (メールアドレス1/2), or a self-registered
 * password (p004) that works only once the link is opened. Each works once, until it expires.
 */
const ConfirmationRow = z.strictObject({
  /** The token in the link: random, unguessable. */
  id: z.string().min(1),
  kind: z.enum(['registration', 'email']),
  patronId: z.string(),
  email: z.string(),
  /** For kind email: which address it becomes. */
  slot: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** For kind registration: the new password, already hashed. */
  passwordHash: z.string().nullable(),
  createdAt: Time,
  expiresAt: Time,
  usedAt: z.nullable(Time),
});
export type ConfirmationRow = z.infer<typeof ConfirmationRow>;

/** My本棚: a shelf a patron made (これから読みたい本 and お気に入り, which every patron has, need no row). */
const ShelfRow = z.strictObject({
  id: z.string().min(1),
  patronId: z.string(),
  name: z.string().min(1),
  createdAt: Time,
});
export type ShelfRow = z.infer<typeof ShelfRow>;

/** A title on a shelf, with what was saved of it: a title the catalogue no longer holds stays listed. */
const ShelfItemRow = z.strictObject({
  /** `${patronId}:${shelfId}:${titleId}`: a title is on a shelf once. */
  id: z.string().min(1),
  patronId: z.string(),
  /** `want-to-read`, `favourites`, or a ShelfRow's id. */
  shelfId: z.string(),
  /** Not a reference: the title may leave the catalogue. */
  titleId: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable(),
  author: z.string(),
  materialType: TitleSummary.shape.materialType,
  note: z.string(),
  addedAt: Time,
});
export type ShelfItemRow = z.infer<typeof ShelfItemRow>;

/** 読了: a title the patron marked read (読書マラソン counts these while 貸出履歴 does not record). */
const ReadMarkRow = z.strictObject({
  /** `${patronId}:${titleId}` */
  id: z.string().min(1),
  patronId: z.string(),
  titleId: z.string(),
  title: z.string(),
  readAt: Time,
});

/** 読書マラソン: a number of books to read in a period. */
const ReadingGoalRow = z.strictObject({
  id: z.string().min(1),
  patronId: z.string(),
  target: z.number().int().positive(),
  periodKind: z.enum(['year', 'summer', 'month', 'custom']),
  from: LocalDate,
  to: LocalDate,
  createdAt: Time,
});
export type ReadingGoalRow = z.infer<typeof ReadingGoalRow>;

/** An entry the patron deleted from 貸出履歴 (the loan itself is the library's record and stays). */
const LoanHistoryRemovalRow = z.strictObject({
  /** The loan's id. */
  id: z.string().min(1),
  patronId: z.string(),
  removedAt: Time,
});

/**
 * A patron's calendar subscription (購読用アドレス): calendar apps send no login, so the address
 * carries a secret; the library keeps the selector and only a digest of the verifier
 * (`domain/calendars/feed-token.ts`). One per patron: a reset replaces it.
 */
const CalendarFeedRow = z.strictObject({
  /** The token's selector. */
  id: z.string().min(1),
  patronId: z.string(),
  /** SHA-256 of the token's verifier, hex. */
  verifierHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The language of the feed's event names, chosen when the address was made. */
  language: z.enum(['ja', 'en']),
  createdAt: Time,
});

/** Key/value rows for the library's own state: the clock, the seed and the schema. */
const MetaRow = z.strictObject({
  key: z.string().min(1),
  value: z.unknown(),
});

/** Every table's row schema: the one definition of the rows, their types inferred from it, checked where rows come from outside (an imported scenario). */
export const tableSchemas = {
  branches: BranchRow,
  titles: TitleRow,
  copies: CopyRow,
  patrons: PatronRow,
  sessions: SessionRow,
  loans: LoanRow,
  reservations: ReservationRow,
  cartItems: CartItemRow,
  mail: MailRow,
  closedDays: ClosedDayRow,
  confirmations: ConfirmationRow,
  meta: MetaRow,
  shelves: ShelfRow,
  shelfItems: ShelfItemRow,
  readMarks: ReadMarkRow,
  readingGoals: ReadingGoalRow,
  loanHistoryRemovals: LoanHistoryRemovalRow,
  calendarFeeds: CalendarFeedRow,
};

/** The fields that name a row of another table (null: none), which must be a row that table has. */
export const references: { [K in TableName]?: { [F in keyof Tables[K]]?: TableName } } = {
  copies: { titleId: 'titles', branchId: 'branches' },
  patrons: { homeBranchId: 'branches' },
  sessions: { patronId: 'patrons' },
  loans: { copyId: 'copies', titleId: 'titles', patronId: 'patrons', branchId: 'branches' },
  reservations: { patronId: 'patrons', titleId: 'titles', pickupBranchId: 'branches', copyId: 'copies' },
  cartItems: { patronId: 'patrons', titleId: 'titles' },
  mail: { patronId: 'patrons' },
  closedDays: { branchId: 'branches' },
  confirmations: { patronId: 'patrons' },
  shelves: { patronId: 'patrons' },
  shelfItems: { patronId: 'patrons' },
  readMarks: { patronId: 'patrons' },
  readingGoals: { patronId: 'patrons' },
  loanHistoryRemovals: { patronId: 'patrons', id: 'loans' },
  calendarFeeds: { patronId: 'patrons' },
};

export type Tables = { [K in keyof typeof tableSchemas]: z.infer<(typeof tableSchemas)[K]> };

export type TableName = keyof Tables;

/** Which field is each table's primary key. */
export const primaryKeys: { [K in TableName]: keyof Tables[K] & string } = {
  branches: 'id',
  titles: 'id',
  copies: 'id',
  patrons: 'id',
  sessions: 'id',
  loans: 'id',
  reservations: 'id',
  cartItems: 'id',
  mail: 'id',
  closedDays: 'id',
  confirmations: 'id',
  meta: 'key',
  shelves: 'id',
  shelfItems: 'id',
  readMarks: 'id',
  readingGoals: 'id',
  loanHistoryRemovals: 'id',
  calendarFeeds: 'id',
};

export const tableNames = Object.keys(primaryKeys) as TableName[];
