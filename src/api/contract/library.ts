import * as z from 'zod';
import { ContactMethod, LocalDate, LocalizedText, MaterialType } from './common';

export const ProfileId = z.enum(['p000', 'p001', 'p002', 'p003', 'p004']);
export type ProfileId = z.infer<typeof ProfileId>;

export const Branch = z.object({
  id: z.string(),
  name: LocalizedText,
  kind: z.enum(['library', 'facility']).describe('図書館, or a related facility such as a community-centre room'),
  handlesAv: z.boolean().describe('Whether CD and DVD can be collected here'),
});
export type Branch = z.infer<typeof Branch>;

const CardNumberRule = z.object({
  length: z.number().int().positive(),
  printedExample: z.string().describe('How the number is printed on the card, e.g. 0123456-7'),
  typedExample: z.string().describe('The same number as it is typed, e.g. 01234567'),
  pattern: z
    .string()
    .describe(
      "A regular expression the number must match once normalised (normalizeCardNumber), e.g. ^\\d{8}$: the library's own check, for a form to apply before sending",
    ),
});

export const PasswordPolicy = z.object({
  minLength: z.number().int().positive(),
  maxLength: z.number().int().positive(),
  charset: z.enum(['digits', 'alphanumeric']).describe('half-width digits only, or letters and digits'),
  caseSensitive: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicy>;

/** How a patron first gets a password, and how a forgotten one is replaced. */
const PasswordRules = z.object({
  first: z.enum(['counter-temporary', 'birthdate-temporary', 'self-registration', 'self-registration-email']),
  temporaryUsableAfterMinutes: z.number().int().nonnegative(),
  forgotten: z.enum(['counter', 'counter-temporary', 'register-again', 'reissue-email']),
  firstChangeAsksTemporary: z
    .boolean()
    .describe(
      'Whether replacing a temporary password asks for it again (old, new, new again: p001) or only for the new one twice, the patron having just logged in with it (p000)',
    ),
});

const PickupPeriod = z.object({
  days: z.number().int().positive(),
  from: z.enum(['notice', 'secured']),
  countsStartDay: z.boolean().describe('Whether the day of notice or securing is day one'),
  skipsClosedDays: z.boolean(),
});

const ReservationRules = z.object({
  ordered: z.enum(['none', 'series', 'ordered']).describe('シリーズ予約 (p003), 順番を指定する (p004), or none'),
  maxTotal: z.number().int().positive().nullable(),
  maxPerType: z.partialRecord(MaterialType, z.number().int().positive()),
  readyCountsTowardLimit: z.boolean(),
  refusesOwnLoansAndReservations: z.boolean(),
  notReservable: z.array(z.enum(['reference-only', 'etext', 'latest-magazine', 'video'])).describe('video: DVD and LD'),
  pickupPeriod: PickupPeriod,
  cancelledVisibleDays: z.number().int().nonnegative().describe('0: cancelled reservations are not listed'),
  cancelledList: z
    .enum(['with-open', 'apart'])
    .describe(
      'Where cancelled reservations are listed: after the open ones (p003, in red), or in a list of their own (予約取消一覧, p004)',
    ),
  approvalMinutes: z.number().int().nonnegative().describe('予約申込 / 取消申込 become final after this long'),
  hold: z
    .object({ maxDays: z.number().int().positive().describe('How far ahead a hold may end: at most this many days after today') })
    .nullable()
    .describe(
      '保留: a waiting reservation may be held until a date (it keeps its place but is not secured meanwhile); null where the library does not offer it',
    ),
});

const LoanRules = z.object({
  periodDays: z.number().int().positive(),
  dueDateOnClosedDay: z.enum(['next-open-day', 'keep']),
  onlineRenewal: z.boolean(),
  maxRenewals: z.number().int().nonnegative(),
  renewalDays: z.number().int().positive(),
  renewalFrom: z.enum(['renewal-day', 'due-date']),
  reminderDaysBefore: z.number().int().nonnegative().nullable(),
  limits: z
    .array(z.object({ materialTypes: z.array(MaterialType).describe('Empty: every kind together'), max: z.number().int().positive() }))
    .describe(
      "How many items a patron may borrow at once, per kind (本・雑誌 10, 紙芝居 2, CD 2 in p004), as the library's page states it",
    ),
  renewalRefusalShownIn: z
    .enum(['operations', 'note'])
    .describe('Where the loan list says why a loan cannot be renewed: beside 貸出延長, or in 注意 (p001: 『他の利用者が予約しています』)'),
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
  cart: z.object({ maxItems: z.number().int().positive() }),
  reservations: ReservationRules,
  loans: LoanRules,
  contact: z.object({
    emailAddresses: z.number().int().min(0).max(2),
    methods: z.array(ContactMethod).describe('The kinds of contact this library offers'),
  }),
  features: z.object({
    loanHistory: z.boolean().describe('Opt-in loan history (off by default)'),
    selfRegistration: z.boolean(),
  }),
  session: z.object({ idleMinutes: z.number().int().positive() }),
  lockout: z.object({ maxFailures: z.number().int().positive(), lockMinutes: z.number().int().positive() }),
  labels: z
    .record(z.string(), LocalizedText)
    .describe('Terms this library words its own way, e.g. reservationState.ready = 確保済み in p000'),
  notices: z
    .partialRecord(NoticePlace, z.array(LocalizedText))
    .describe(
      "What the library's own page tells its patrons on a screen, one paragraph or checklist item each: the addresses its mail comes from, that it cannot see passwords; on 利用案内 (guide), that an item on the shelf may be lent before a reservation secures it (p001–p003)",
    ),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/** A month of the library's calendar, YYYY-MM. */
const CalendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const LibraryCalendarQuery = z.object({
  month: CalendarMonth.optional().describe("YYYY-MM; left out, the library's current month"),
});

/** Why the library (or one branch) is closed on a day: 定休日, a national holiday, 年末年始, 蔵書点検. */
const ClosedReason = z.enum(['weekly', 'holiday', 'year-end', 'inventory']);

const Closure = z.object({
  reason: ClosedReason,
  branchId: z.string().nullable().describe('null: every branch is closed'),
});

/** 図書館カレンダー: a month of the library's opening days, from its closed-day table and its clock. */
export const LibraryCalendar = z.object({
  month: CalendarMonth,
  today: z.object({ date: LocalDate, open: z.boolean().describe('Whether the library opens today (some branch at least)') }),
  previousMonth: CalendarMonth.nullable().describe('null: the library publishes no earlier month'),
  nextMonth: CalendarMonth.nullable().describe('null: the library publishes no later month'),
  days: z.array(
    z.object({
      date: LocalDate,
      holiday: LocalizedText.nullable().describe('The national holiday the day is (勤労感謝の日), open or not'),
      closures: z.array(Closure).describe('Empty: every branch opens'),
    }),
  ),
});
export type LibraryCalendar = z.infer<typeof LibraryCalendar>;
