// The simulated library's tables. Rows are plain JSON so that they persist as they are
// (IndexedDB in the browser, memory or a file in Node). Times are ISO 8601 strings with offset.

/** Bump when a row shape or the seed changes: a stored library with another version is reseeded. */
export const SCHEMA_VERSION = 3;

type BranchKind = 'library' | 'facility';

export interface BranchRow {
  id: string;
  name: string;
  nameEn: string;
  /** 図書館 (library) or 関連施設 (related facility, e.g. a community-centre reading room). */
  kind: BranchKind;
  /** Whether CD/DVD can be handed out here (p003: AV only at the six libraries). */
  handlesAv: boolean;
  sortOrder: number;
}

/** 資料形態: what kind of material a title is. */
export type MaterialType = 'book' | 'magazine' | 'cd' | 'dvd' | 'kamishibai' | 'etext';

export interface TitleRow {
  id: string;
  title: string;
  /** 読み: the reading in katakana, as Japanese catalogues record it. */
  titleReading: string;
  /** 巻名: e.g. 上, 下, 第3巻; null for single works. */
  volumeLabel: string | null;
  seriesId: string | null;
  seriesTitle: string | null;
  /** 1-based position in the series; null for single works. */
  volumeNumber: number | null;
  author: string;
  authorReading: string;
  publisher: string;
  year: number;
  /** ISBN-13 without hyphens; null for materials without one (magazines, AV, e-texts). */
  isbn: string | null;
  /** NDC class, e.g. "913.6"; K prefix for children's materials is not used here. */
  ndc: string;
  materialType: MaterialType;
  /** 禁帯出: may be read in the library only. */
  referenceOnly: boolean;
  /** Magazine issues: the newest issue of a magazine cannot be reserved in some libraries. */
  latestIssue: boolean;
  /** Electronic texts are read online; this is where. */
  etextUrl: string | null;
  /** When the title was added to the collection (新着資料). */
  acquiredAt: string;
}

/** 資料状態 of one physical copy. */
export type CopyStatus = 'on-shelf' | 'on-loan' | 'held' | 'in-transit' | 'lost';

export interface CopyRow {
  /** 資料コード: the barcode number printed on the copy. */
  id: string;
  titleId: string;
  branchId: string;
  status: CopyStatus;
  /** 配架場所, e.g. 一般開架, 児童, 参考. */
  shelf: string;
}

type ContactMethod = 'email1' | 'email2' | 'phone' | 'mobile';

export interface PatronRow {
  id: string;
  /** 利用者番号, normalised (half-width digits only). */
  cardNumber: string;
  name: string;
  /** 氏名カナ. */
  nameKana: string;
  /** YYYY-MM-DD */
  birthDate: string;
  phone: string | null;
  mobile: string | null;
  email1: string | null;
  email2: string | null;
  contactMethod: ContactMethod;
  /** `pbkdf2-sha256$iterations$salt$hash`, or null when no password has been registered yet. */
  passwordHash: string | null;
  /** A counter-issued password that must be changed before anything else. */
  passwordTemporary: boolean;
  passwordIssuedAt: string | null;
  /** Consecutive failed logins; reset by a successful one. */
  failedLogins: number;
  lockedUntil: string | null;
  registeredAt: string;
  homeBranchId: string;
  /** 貸出履歴: when the patron opted in (null: not recording). Only loans returned after it are shown. */
  loanHistorySince: string | null;
}

export interface SessionRow {
  /** The bearer token; only its hash would be stored by a real server, here it is random and opaque. */
  id: string;
  patronId: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface LoanRow {
  id: string;
  copyId: string;
  titleId: string;
  patronId: string;
  branchId: string;
  loanedAt: string;
  /** YYYY-MM-DD: the last day the item may be kept. */
  dueDate: string;
  renewals: number;
  returnedAt: string | null;
  /** When the due-date reminder e-mail went out (null: not sent). */
  reminderSentAt: string | null;
}

/** The eleven reservation states of p003's list (see library-rules.md). */
export type ReservationState =
  | 'requested' // 予約申込
  | 'awaiting-pick' // 確認待ち
  | 'awaiting-return' // 返却待ち
  | 'waiting' // 順番待ち
  | 'investigating' // 調査中
  | 'on-order' // 選書中
  | 'in-transit' // 配送中
  | 'preparing' // 準備中 (ordered reservation waiting for the previous volume)
  | 'ready' // 利用可能
  | 'cancel-requested' // 取消申込
  | 'cancelled'; // 取消

type CancelReason = 'patron' | 'expired';
export type ReservationOrigin = 'online' | 'counter';

export interface ReservationRow {
  id: string;
  patronId: string;
  titleId: string;
  pickupBranchId: string;
  contactMethod: ContactMethod;
  state: ReservationState;
  origin: ReservationOrigin;
  /** The place in the title's queue is by this time, then by id. */
  queuedAt: string;
  reservedAt: string;
  copyId: string | null;
  securedAt: string | null;
  notifiedAt: string | null;
  pickupDeadline: string | null;
  cancelledAt: string | null;
  cancelReason: CancelReason | null;
  /** Ordered (series) reservation group and position in it. */
  orderGroupId: string | null;
  orderPosition: number | null;
  updatedAt: string;
}

interface CartItemRow {
  /** `${patronId}:${titleId}`: a title is in a patron's cart once. */
  id: string;
  patronId: string;
  titleId: string;
  addedAt: string;
  /** The cart lists items in the order they were put in, those added together included. */
  position: number;
}

type MailKind = 'temporary-password' | 'ready-notice' | 'due-reminder' | 'email-confirmation' | 'password-confirmation';

export interface MailRow {
  id: string;
  patronId: string | null;
  to: string;
  kind: MailKind;
  subject: string;
  body: string;
  sentAt: string;
  readAt: string | null;
}

type ClosedDayReason = 'weekly' | 'holiday' | 'year-end' | 'inventory';

export interface ClosedDayRow {
  /** `${date}:${branchId ?? 'all'}` */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  reason: ClosedDayReason;
  /** null: every branch is closed. */
  branchId: string | null;
}

/**
 * A confirmation link sent by e-mail: a new address (メールアドレス1/2), or a self-registered
 * password (p004) that works only once the link is opened. Each works once, until it expires.
 */
export interface ConfirmationRow {
  /** The token in the link: random, unguessable. */
  id: string;
  kind: 'registration' | 'email';
  patronId: string;
  email: string;
  /** For kind email: which address it becomes. */
  slot: 1 | 2 | null;
  /** For kind registration: the new password, already hashed. */
  passwordHash: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** Key/value rows for the library's own state: the clock, the seed and the schema. */
interface MetaRow {
  key: string;
  value: unknown;
}

export interface Tables {
  branches: BranchRow;
  titles: TitleRow;
  copies: CopyRow;
  patrons: PatronRow;
  sessions: SessionRow;
  loans: LoanRow;
  reservations: ReservationRow;
  cartItems: CartItemRow;
  mail: MailRow;
  closedDays: ClosedDayRow;
  confirmations: ConfirmationRow;
  meta: MetaRow;
}

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
};

export const tableNames = Object.keys(primaryKeys) as TableName[];
