import * as z from 'zod';
import { ContactMethod } from './common';

export const PatronSummary = z.object({
  name: z.string(),
  nameKana: z.string(),
  cardNumberMasked: z.string(),
  contactMethod: ContactMethod,
  counts: z.object({
    loans: z.number().int().nonnegative(),
    overdueLoans: z.number().int().nonnegative(),
    reservations: z.number().int().nonnegative().describe('Open reservations, ready ones included'),
    readyReservations: z.number().int().nonnegative().describe('利用可能: waiting at the pickup branch'),
    cartItems: z.number().int().nonnegative(),
  }),
});
export type PatronSummary = z.infer<typeof PatronSummary>;
