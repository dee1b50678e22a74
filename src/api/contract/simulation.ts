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
