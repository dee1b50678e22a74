import * as z from 'zod';
import { LoginResponse } from './auth';
import { DateTime, LocalDate, LocalizedText } from './common';
import { ProfileId } from './library';
import { NoticeKind } from './notices';
import { ReservationState } from './reservations';

/** The simulated library's own controls. A real library backend has none of these. */
export const SimClock = z.object({
  now: DateTime,
  running: z.boolean().describe('true: time passes with the wall clock; false: frozen until set or advanced'),
});
export type SimClock = z.infer<typeof SimClock>;

export const SetClockRequest = z.object({
  now: z.optional(DateTime),
  running: z.boolean().optional(),
});

export const AdvanceClockRequest = z.object({
  minutes: z
    .number()
    .int()
    .positive()
    .max(60 * 24 * 366),
});

export const NetworkSettings = z.object({
  latency: z.enum(['none', 'realistic', 'slow']).describe('none; realistic: 150–450 ms; slow (3G-like): 1.5–3 s'),
  failureRate: z.number().min(0).max(0.5).describe('Share of library requests answered 503 SERVICE_UNAVAILABLE'),
  offline: z.boolean().default(false).describe('true: every library request fails as a network error (the simulation API keeps answering)'),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

/** A demo patron: who to sign in as to show a situation. */
export const SimPersona = z.object({
  cardNumber: z.string(),
  name: z.string(),
  nameKana: z.string(),
  situation: z.enum(['reader', 'holder', 'near-limit', 'quiet', 'newcomer', 'newcomer-just-issued', 'counter']),
  description: LocalizedText,
  password: z.string().nullable().describe('null: no password yet (the patron registers one online)'),
  temporary: z.boolean(),
});
export type SimPersona = z.infer<typeof SimPersona>;

export const SimStatus = z.object({
  profileId: ProfileId,
  profiles: z.array(z.object({ id: ProfileId, name: LocalizedText })),
  schemaVersion: z.number().int(),
  seededAt: DateTime,
  reseedReason: z.string().nullable().describe('Why the stored library was replaced by a fresh seed at start'),
  network: NetworkSettings,
  clock: SimClock,
  personas: z.array(SimPersona).describe('The demo patrons, then the patrons created at the counter'),
});
export type SimStatus = z.infer<typeof SimStatus>;

export const SetProfileRequest = z.object({ profileId: ProfileId });

/** The simulated mailbox: every message the library sent, newest first. */
export const SimMailQuery = z.object({
  to: z.string().max(254).optional().describe('Only mail to this address'),
  cardNumber: z.string().max(64).optional().describe('Only mail to this patron'),
});

export const SimMail = z.object({
  id: z.string(),
  cardNumber: z.string().nullable(),
  to: z.string(),
  kind: NoticeKind,
  subject: z.string(),
  body: z.string(),
  links: z.array(z.string()).describe('App paths the message links to (confirmation links), to open in the app'),
  sentAt: DateTime,
});
export type SimMail = z.infer<typeof SimMail>;

export const SimMailbox = z.object({ items: z.array(SimMail) });
export type SimMailbox = z.infer<typeof SimMailbox>;

/** Something the library did while time moved or at the counter, to be read aloud in a demo. */
export const SimEvent = z.object({
  at: DateTime,
  kind: z.enum([
    'approved',
    'cancelled',
    'secured',
    'in-transit',
    'ready',
    'expired',
    'returned',
    'lent',
    'reserved',
    'lost',
    'received',
    'overdue',
    'mail-sent',
    'resumed',
  ]),
  cardNumber: z.string().nullable(),
  patronName: z.string().nullable(),
  demoPatron: z.boolean().describe('The patron is one of the personas or was created at the counter'),
  titleId: z.string().nullable(),
  title: z.string().nullable(),
  branchId: z.string().nullable(),
  state: ReservationState.nullable().describe('approved: the state the reservation took'),
  subject: z.string().nullable().describe('mail-sent: the subject'),
});
export type SimEvent = z.infer<typeof SimEvent>;

/** What moving the clock did: the new time and what happened meanwhile, oldest first. */
export const SimTimeMove = z.object({ clock: SimClock, events: z.array(SimEvent) });
export type SimTimeMove = z.infer<typeof SimTimeMove>;

export const SimSignInRequest = z.object({ cardNumber: z.string().max(64) });

export const CreatePatronRequest = z.object({
  name: z.string().trim().min(1).max(60),
  nameKana: z.string().trim().min(1).max(60),
  birthDate: LocalDate,
  email: z.email().max(254).nullable().optional(),
  phone: z.string().max(20).nullable().optional(),
});
export type CreatePatronRequest = z.infer<typeof CreatePatronRequest>;

export const CreatedPatron = z.object({
  persona: SimPersona,
  usableFrom: z.nullable(DateTime).describe('When the temporary password starts to work (p001: 30 minutes after issue)'),
});
export type CreatedPatron = z.infer<typeof CreatedPatron>;

export const SimCardParams = z.object({ cardNumber: z.string().max(64) });
export const SimTitleParams = z.object({ titleId: z.string().max(64) });

/** A patron as the counter sees them: every open loan and reservation, with ids to act on. */
export const SimPatronView = z.object({
  cardNumber: z.string(),
  name: z.string(),
  loans: z.array(
    z.object({
      loanId: z.string(),
      copyId: z.string(),
      titleId: z.string(),
      title: z.string(),
      dueDate: LocalDate,
      overdue: z.boolean(),
    }),
  ),
  reservations: z.array(
    z.object({
      reservationId: z.string(),
      titleId: z.string(),
      title: z.string(),
      state: ReservationState,
      copyId: z.string().nullable(),
      pickupBranchId: z.string(),
      orderPosition: z.number().int().nullable(),
      heldUntil: z.nullable(LocalDate).check(z.describe('保留: held until this day')),
      counterAction: z
        .enum(['lend', 'receive'])
        .nullable()
        .describe('lend: its copy is ready; receive: it waits for an item the library ordered (調査中, 選書中)'),
    }),
  ),
});
export type SimPatronView = z.infer<typeof SimPatronView>;

/** A title as the counter sees it: every copy and where it is, and the queue. */
export const SimTitleView = z.object({
  titleId: z.string(),
  title: z.string(),
  copies: z.array(
    z.object({
      copyId: z.string(),
      branchId: z.string(),
      status: z.enum(['on-shelf', 'on-loan', 'held', 'in-transit', 'lost']),
      /** on-loan: the borrower; held / in-transit: the patron it is for. */
      cardNumber: z.string().nullable(),
    }),
  ),
  reservations: z.array(
    z.object({ reservationId: z.string(), cardNumber: z.string(), state: ReservationState, heldUntil: z.nullable(LocalDate) }),
  ),
});
export type SimTitleView = z.infer<typeof SimTitleView>;

export const CounterReturnRequest = z.object({ loanId: z.string().max(64) });
export const CounterLendRequest = z.object({ cardNumber: z.string().max(64), titleId: z.string().max(64) });
export const CounterReserveRequest = z.object({
  cardNumber: z.string().max(64),
  titleId: z.string().max(64),
  pickupBranchId: z.string().max(64).optional(),
});
export const CounterLoseRequest = z.object({ copyId: z.string().max(64) });
export const CounterReceiveRequest = z.object({ titleId: z.string().max(64), branchId: z.string().max(64).optional() });

/** What a counter action did (the action itself first, then what followed from it). */
export const CounterResult = z.object({ events: z.array(SimEvent) });
export type CounterResult = z.infer<typeof CounterResult>;

export const ScenarioSummary = z.object({
  id: z.string(),
  builtIn: z.boolean(),
  name: LocalizedText,
  description: LocalizedText,
  profileId: z
    .nullable(ProfileId)
    .describe('Saved scenarios belong to the profile they were saved in; built-in ones run in any that offers what they need'),
  available: z.boolean().describe('false: the active profile cannot show it (e.g. it takes no ordered reservations)'),
  savedAt: z.nullable(DateTime),
  now: z.nullable(DateTime).describe('The simulated time the scenario starts at'),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

export const ScenarioList = z.object({ items: z.array(ScenarioSummary) });
export type ScenarioList = z.infer<typeof ScenarioList>;

export const SaveScenarioRequest = z.object({
  name: z.string().trim().min(1).max(80),
  cardNumber: z.string().max(64).nullable().optional().describe('The patron signed in now, signed in again on restore'),
});

export const ScenarioParams = z.object({ scenarioId: z.string().max(120) });

/**
 * A scenario as a file: the library's state as its differences from the profile's seed, which is
 * deterministic (rows added or changed, keys removed, per table), so that a file stays small.
 */
export const ScenarioFile = z.object({
  format: z.literal('shiori-scenario'),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int(),
  profileId: ProfileId,
  name: z.string().min(1).max(80),
  savedAt: DateTime,
  now: DateTime,
  running: z.boolean(),
  cardNumber: z.string().nullable(),
  changes: z.record(
    z.string(),
    z.object({
      put: z.array(z.record(z.string(), z.unknown())),
      delete: z.array(z.string()),
    }),
  ),
});
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/** After a restore: the library as it is now, and a session for the scenario's patron when it has one. */
export const RestoredScenario = z.object({ status: SimStatus, signIn: z.nullable(LoginResponse) });
export type RestoredScenario = z.infer<typeof RestoredScenario>;

/** Switches of the running library's rules where a profile's setting may be turned off for a demo (kept with its database and in saved scenarios). */
export const LibrarySettings = z.object({
  reservationHold: z.boolean().optional().describe('保留 of waiting reservations, where the profile offers it; false turns it off'),
  shelves: z.boolean().optional().describe('My本棚 on or off, whatever the profile says'),
  readingMarathon: z.boolean().optional().describe('読書マラソン on or off, whatever the profile says'),
  calendars: z.boolean().optional().describe('Calendars (.ics) on or off, whatever the profile says'),
  notices: z.boolean().optional().describe('お知らせ on or off, whatever the profile says'),
  libraryCard: z.boolean().optional().describe('利用者カード on or off, whatever the profile says'),
  reservationChanges: z.boolean().optional().describe('予約内容変更 and まとめて変更 on or off, whatever the profile says'),
});
export type LibrarySettings = z.infer<typeof LibrarySettings>;
