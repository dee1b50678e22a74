// zod/mini, as common.ts: GET /library is the first page's one call (README: "The JS budget").
import * as z from 'zod/mini';
import { ContactMethod, LocalDate, LocalizedText, MaterialType } from './common';

export const ProfileId = z.enum(['p000', 'p001', 'p002', 'p003', 'p004']);
export type ProfileId = z.infer<typeof ProfileId>;

export const Branch = z.object({
  id: z.string(),
  name: LocalizedText,
  kind: z.enum(['library', 'facility']).check(z.describe('図書館, or a related facility such as a community-centre room')),
  handlesAv: z.boolean().check(z.describe('Whether CD and DVD can be collected here')),
});
export type Branch = z.infer<typeof Branch>;

/** Barcode symbologies a library card may carry: NW-7 (Codabar), CODE39, CODE128. */
export const BarcodeSymbology = z.enum(['codabar', 'code39', 'code128']);

const CardNumberRule = z.object({
  length: z.number().check(z.int(), z.positive()),
  printedExample: z.string().check(z.describe('How the number is printed on the card, e.g. 0123456-7')),
  typedExample: z.string().check(z.describe('The same number as it is typed, e.g. 01234567')),
  pattern: z
    .string()
    .check(
      z.describe(
        "A regular expression the number must match once normalised (normalizeCardNumber), e.g. ^\\d{8}$: the library's own check, for a form to apply before sending",
      ),
    ),
  barcode: BarcodeSymbology.check(z.describe('The card’s barcode')),
});

export const PasswordPolicy = z.object({
  minLength: z.number().check(z.int(), z.positive()),
  maxLength: z.number().check(z.int(), z.positive()),
  charset: z.enum(['digits', 'alphanumeric']).check(z.describe('half-width digits only, or letters and digits')),
  caseSensitive: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicy>;

/** How a patron first gets a password, and how a forgotten one is replaced. */
const PasswordRules = z.object({
  first: z.enum(['counter-temporary', 'birthdate-temporary', 'self-registration', 'self-registration-email']),
  temporaryUsableAfterMinutes: z.number().check(z.int(), z.nonnegative()),
  forgotten: z.enum(['counter', 'counter-temporary', 'register-again', 'reissue-email']),
  firstChangeAsksTemporary: z
    .boolean()
    .check(
      z.describe(
        'Whether replacing a temporary password asks for it again (old, new, new again: p001) or only for the new one twice, the patron having just logged in with it (p000)',
      ),
    ),
});

const PickupPeriod = z.object({
  days: z.number().check(z.int(), z.positive()),
  from: z.enum(['notice', 'secured']),
  countsStartDay: z.boolean().check(z.describe('Whether the day of notice or securing is day one')),
  skipsClosedDays: z.boolean(),
});

const ReservationRules = z.object({
  ordered: z.enum(['none', 'series', 'ordered']).check(z.describe('シリーズ予約 (p003), 順番を指定する (p004), or none')),
  maxTotal: z.nullable(z.number().check(z.int(), z.positive())),
  maxPerType: z.partialRecord(MaterialType, z.number().check(z.int(), z.positive())),
  readyCountsTowardLimit: z.boolean(),
  refusesOwnLoansAndReservations: z.boolean(),
  notReservable: z.array(z.enum(['reference-only', 'etext', 'latest-magazine', 'video'])).check(z.describe('video: DVD and LD')),
  pickupPeriod: PickupPeriod,
  cancelledVisibleDays: z.number().check(z.int(), z.nonnegative(), z.describe('0: cancelled reservations are not listed')),
  cancelledList: z
    .enum(['with-open', 'apart'])
    .check(
      z.describe(
        'Where cancelled reservations are listed: after the open ones (p003, in red), or in a list of their own (予約取消一覧, p004)',
      ),
    ),
  approvalMinutes: z.number().check(z.int(), z.nonnegative(), z.describe('予約申込 / 取消申込 become final after this long')),
  readyListed: z
    .enum(['with-open', 'apart'])
    .check(
      z.describe(
        'Where a ready (取置中 / 確保) reservation is listed: in 予約確保一覧 and among the others too, or in 予約確保一覧 only (p002: 予約中一覧 lists what has not come yet)',
      ),
    ),
  refusedActions: z
    .enum(['disabled', 'hidden'])
    .check(
      z.describe(
        "How the list presents 取消 / 予約内容変更 a row does not allow: the same button disabled, or no button at all (p000's 操作: 表示なし); the reason stays beside the row either way",
      ),
    ),
  hold: z
    .nullable(
      z.object({
        maxDays: z.number().check(z.int(), z.positive(), z.describe('How far ahead a hold may end: at most this many days after today')),
      }),
    )
    .check(
      z.describe(
        '保留: a waiting reservation may be held until a date (it keeps its place but is not secured meanwhile); null where the library does not offer it',
      ),
    ),
});

const LoanRules = z.object({
  periodDays: z.number().check(z.int(), z.positive()),
  dueDateOnClosedDay: z.enum(['next-open-day', 'keep']),
  onlineRenewal: z.boolean(),
  maxRenewals: z.number().check(z.int(), z.nonnegative()),
  renewalDays: z.number().check(z.int(), z.positive()),
  renewalFrom: z.enum(['renewal-day', 'due-date']),
  reminderDaysBefore: z.nullable(z.number().check(z.int(), z.nonnegative())),
  overdueNoticeDaysAfter: z
    .nullable(z.number().check(z.int(), z.positive()))
    .check(z.describe('延滞のお知らせ: on this day after the due date, at 9:00')),
  limits: z
    .array(
      z.object({
        materialTypes: z.array(MaterialType).check(z.describe('Empty: every kind together')),
        max: z.number().check(z.int(), z.positive()),
      }),
    )
    .check(
      z.describe(
        "How many items a patron may borrow at once, per kind (本・雑誌 10, 紙芝居 2, CD 2 in p004), as the library's page states it",
      ),
    ),
  renewalRefusalShownIn: z
    .enum(['operations', 'note'])
    .check(
      z.describe(
        'Where the loan list says why a loan cannot be renewed: beside 貸出延長, or in 注意 (p001: 『他の利用者が予約しています』)',
      ),
    ),
});

/** The screens where a library's page tells its patrons something in its own words. */
export const NoticePlace = z.enum([
  'guide',
  'login.invalidCredentials',
  'register.email',
  'account.password',
  'account.email',
  'account.loanHistory',
]);
export type NoticePlace = z.infer<typeof NoticePlace>;

export const LibraryInfo = z.object({
  id: ProfileId,
  name: LocalizedText,
  branches: z.array(Branch),
  cardNumber: CardNumberRule,
  password: PasswordPolicy,
  passwordRules: PasswordRules,
  cart: z.object({ maxItems: z.number().check(z.int(), z.positive()) }),
  reservations: ReservationRules,
  loans: LoanRules,
  contact: z.object({
    emailAddresses: z.number().check(z.int(), z.gte(0), z.lte(2)),
    methods: z.array(ContactMethod).check(z.describe('The kinds of contact this library offers')),
  }),
  features: z.object({
    loanHistory: z.boolean().check(z.describe('Opt-in loan history (off by default)')),
    selfRegistration: z.boolean(),
    libraryCard: z.boolean().check(z.describe('利用者カード in the app')),
    notices: z.boolean().check(z.describe('お知らせ in the app')),
    shelves: z
      .boolean()
      .check(
        z.describe(
          'My本棚: shelves of titles the patron keeps (これから読みたい本, お気に入り, their own), with 貸出履歴 inside where kept',
        ),
      ),
    readingMarathon: z.boolean().check(z.describe('読書マラソン: reading goals (a number of books in a period) and their progress')),
    calendars: z
      .boolean()
      .check(z.describe('Calendars (.ics): 休館日, and the patron’s 返却期限 and 取置期限 to download or subscribe to')),
    reservationChanges: z
      .boolean()
      .check(
        z.describe(
          '予約内容変更 and まとめて変更: a reservation’s pickup branch and contact method changed online; off, the library refuses both (CONFLICT, reason not-offered)',
        ),
      ),
  }),
  session: z.object({ idleMinutes: z.number().check(z.int(), z.positive()) }),
  lockout: z.object({ maxFailures: z.number().check(z.int(), z.positive()), lockMinutes: z.number().check(z.int(), z.positive()) }),
  labels: z
    .record(z.string(), LocalizedText)
    .check(z.describe('Terms this library words its own way, e.g. reservationState.ready = 確保済み in p000')),
  notices: z
    .partialRecord(NoticePlace, z.array(LocalizedText))
    .check(
      z.describe(
        "What the library's own page tells its patrons on a screen, one paragraph or checklist item each: the addresses its mail comes from, that it cannot see passwords; on 利用案内 (guide), that an item on the shelf may be lent before a reservation secures it (p001–p003)",
      ),
    ),
  shelves: z
    .object({
      maxShelves: z.number().check(z.int(), z.positive(), z.describe('Shelves per patron, これから読みたい本 and お気に入り included')),
      maxItemsPerShelf: z.number().check(z.int(), z.positive()),
    })
    .check(z.describe("My本棚's limits (features.shelves)")),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/** A month of the library's calendar, YYYY-MM. */
const CalendarMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'));

export const LibraryCalendarQuery = z.object({
  month: z.optional(CalendarMonth).check(z.describe("YYYY-MM; left out, the library's current month")),
});

/** Why the library (or one branch) is closed on a day: 定休日, a national holiday, 年末年始, 蔵書点検. */
const ClosedReason = z.enum(['weekly', 'holiday', 'year-end', 'inventory']);

const Closure = z.object({
  reason: ClosedReason,
  branchId: z.nullable(z.string()).check(z.describe('null: every branch is closed')),
});

/** 図書館カレンダー: a month of the library's opening days, from its closed-day table and its clock. */
export const LibraryCalendar = z.object({
  month: CalendarMonth,
  today: z.object({ date: LocalDate, open: z.boolean().check(z.describe('Whether the library opens today (some branch at least)')) }),
  previousMonth: z.nullable(CalendarMonth).check(z.describe('null: the library publishes no earlier month')),
  nextMonth: z.nullable(CalendarMonth).check(z.describe('null: the library publishes no later month')),
  days: z.array(
    z.object({
      date: LocalDate,
      holiday: z.nullable(LocalizedText).check(z.describe('The national holiday the day is (勤労感謝の日), open or not')),
      closures: z.array(Closure).check(z.describe('Empty: every branch opens')),
    }),
  ),
});
export type LibraryCalendar = z.infer<typeof LibraryCalendar>;
