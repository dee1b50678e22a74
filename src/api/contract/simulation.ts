import * as z from 'zod';
import { DateTime, LocalizedText } from './common';
import { ProfileId } from './library';

/** The simulated library's own controls. A real library backend has none of these. */
export const SimClock = z.object({
  now: DateTime,
  running: z.boolean().describe('true: time passes with the wall clock; false: frozen until set or advanced'),
});
export type SimClock = z.infer<typeof SimClock>;

export const SetClockRequest = z.object({
  now: DateTime.optional(),
  running: z.boolean().optional(),
});

export const AdvanceClockRequest = z.object({
  minutes: z.number().int().positive().max(60 * 24 * 366),
});

export const NetworkSettings = z.object({
  latency: z.enum(['none', 'realistic', 'slow']),
  failureRate: z.number().min(0).max(0.5),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

export const SimStatus = z.object({
  profileId: ProfileId,
  profiles: z.array(z.object({ id: ProfileId, name: LocalizedText })),
  schemaVersion: z.number().int(),
  seededAt: DateTime,
  reseedReason: z.string().nullable().describe('Why the stored library was replaced by a fresh seed at start'),
  network: NetworkSettings,
  clock: SimClock,
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
  kind: z.enum(['temporary-password', 'ready-notice', 'due-reminder', 'email-confirmation', 'password-confirmation']),
  subject: z.string(),
  body: z.string(),
  links: z.array(z.string()).describe('App paths the message links to (confirmation links), to open in the app'),
  sentAt: DateTime,
});
export type SimMail = z.infer<typeof SimMail>;

export const SimMailbox = z.object({ items: z.array(SimMail) });
export type SimMailbox = z.infer<typeof SimMailbox>;
