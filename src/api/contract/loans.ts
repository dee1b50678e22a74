import * as z from 'zod';
import { DateTime, LocalDate, MaterialType, RequestId } from './common';

/**
 * Why a loan cannot be renewed online (貸出延長), in the order the library checks: the library
 * renews only at the counter (p000); the loan is past its due date (『返却期限日が過ぎています』);
 * another patron has reserved the title (『他の利用者が予約しています』); it has been renewed as
 * often as the library allows (once).
 */
export const RenewalRefusal = z.enum(['not-offered', 'overdue', 'reserved', 'renewal-limit']);
export type RenewalRefusal = z.infer<typeof RenewalRefusal>;

export const LoanItem = z.object({
  id: z.string(),
  copyId: z.string().describe('資料コード: the barcode number of the copy'),
  titleId: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable(),
  materialType: MaterialType.check(z.describe('区分')),
  branchId: z.string().describe('貸出館'),
  loanedAt: LocalDate.check(z.describe('貸出日')),
  dueDate: LocalDate.check(z.describe('返却期限日')),
  renewals: z.number().int().nonnegative().describe('How often it has been renewed'),
  reserved: z.boolean().describe('予約: 有 when other patrons wait for the title'),
  overdue: z.boolean().describe('注意: 延滞 when the due date has passed'),
  overdueDays: z.number().int().nonnegative().describe('Days past the due date; 0 when not overdue'),
  actions: z.object({
    renew: z.object({
      allowed: z.boolean(),
      reason: RenewalRefusal.nullable(),
      newDueDate: z.nullable(LocalDate).describe('The due date a renewal today would give (moved off a closed day); null when not allowed'),
    }),
  }),
});
export type LoanItem = z.infer<typeof LoanItem>;

export const LoanList = z.object({
  items: z.array(LoanItem).describe("The patron's current loans, by due date (nearest first), then title"),
  counts: z.object({
    total: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
    renewable: z.number().int().nonnegative(),
  }),
  nextDueDate: z.nullable(LocalDate).describe('The nearest due date of a loan not yet overdue'),
});
export type LoanList = z.infer<typeof LoanList>;

export const LoanParams = z.object({ loanId: z.string().min(1).max(80) });

export const RenewRequest = z.object({
  requestId: RequestId.check(
    z.describe(
      'Chosen by the client once per renewal; a retried request with the same id answers the same result and renews nothing twice',
    ),
  ),
});
export type RenewRequest = z.infer<typeof RenewRequest>;

/** One loan's outcome of 一括延長: renewed (with its new due date) or not (with the reason). */
const RenewalOutcome = z.object({
  loanId: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable(),
  renewed: z.boolean(),
  dueDate: LocalDate.check(z.describe('The new due date when renewed, else the unchanged one')),
  reason: RenewalRefusal.nullable(),
});
type RenewalOutcome = z.infer<typeof RenewalOutcome>;

export const RenewAllResult = z.object({ outcomes: z.array(RenewalOutcome).describe('Every current loan, in the order of the loan list') });
export type RenewAllResult = z.infer<typeof RenewAllResult>;

/** 貸出履歴: recorded only while the patron has opted in, and only for what is borrowed from that moment on. */
export const LoanHistory = z.object({
  offered: z.boolean().describe('Whether this library keeps a loan history at all'),
  enabled: z.boolean(),
  since: z.nullable(DateTime).describe('When the patron opted in; nothing borrowed before it is ever shown, even when returned after it'),
  items: z
    .array(
      z.object({
        loanId: z.string(),
        titleId: z.string(),
        title: z.string(),
        volumeLabel: z.string().nullable(),
        materialType: MaterialType,
        loanedAt: LocalDate,
        returnedAt: LocalDate,
      }),
    )
    .describe('Loans borrowed since the opt-in and returned, newest return first'),
});
export type LoanHistory = z.infer<typeof LoanHistory>;

export const LoanHistorySetting = z.object({
  enabled: z.boolean().describe('Turning it off forgets the history recorded so far'),
});
export type LoanHistorySetting = z.infer<typeof LoanHistorySetting>;

export const LoanHistoryItemParams = z.object({ loanId: z.string().min(1).max(80) });
