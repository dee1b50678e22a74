import * as z from 'zod';
import { DateTime, LocalDate, MaterialType, RequestId } from './common';
import { NotReservableReason } from './catalogue';

/** これから読みたい本 and お気に入り, which every patron has, and the shelves a patron makes. */
const ShelfKind = z.enum(['want-to-read', 'favourites', 'own']);

export const ShelfParams = z.object({ shelfId: z.string().min(1).max(80) });
export const ShelfItemParams = z.object({ shelfId: z.string().min(1).max(80), titleId: z.string().min(1).max(80) });

/** What was saved with a title: a title no longer in the catalogue stays listed with it. */
const SavedTitle = z.object({
  title: z.string(),
  volumeLabel: z.string().nullable(),
  author: z.string(),
  materialType: MaterialType,
});

export const ShelfItem = z.object({
  titleId: z.string(),
  saved: SavedTitle,
  inCatalogue: z.boolean().describe('false: the library no longer holds the title; the item stays listed with what was saved'),
  notReservableReason: NotReservableReason.nullable().describe(
    'null: the title may be put in the cart (the cart may still refuse it for this patron)',
  ),
  note: z.string().max(200),
  addedAt: DateTime,
  readAt: z.nullable(DateTime).check(z.describe('読了: when the patron marked the title read (null: not marked)')),
});
export type ShelfItem = z.infer<typeof ShelfItem>;

export const Shelf = z.object({
  id: z.string(),
  kind: ShelfKind,
  name: z.string().nullable().describe("The patron's name for an own shelf; null for the two every patron has (the app words them)"),
  createdAt: z.nullable(DateTime),
  items: z.array(ShelfItem).describe('Newest first; the app sorts them as the patron asks (added, title, author)'),
  actions: z.object({
    rename: z.boolean().describe('Only an own shelf may be renamed'),
    delete: z.boolean().describe('Only an own shelf may be deleted'),
  }),
});
export type Shelf = z.infer<typeof Shelf>;

/** A refusal of the library's limits on shelves, also `CONFLICT.details.reason`. */
export const ShelfRefusal = z.enum(['shelf-limit', 'shelf-full', 'already-on-shelf', 'not-found', 'not-offered']);
export type ShelfRefusal = z.infer<typeof ShelfRefusal>;

export const ShelfList = z.object({
  shelves: z.array(Shelf).describe('これから読みたい本, お気に入り, then own shelves oldest first'),
  limits: z.object({
    maxShelves: z.number().int().positive().describe('Shelves per patron, the two every patron has included'),
    maxItemsPerShelf: z.number().int().positive(),
  }),
  create: z.object({ allowed: z.boolean(), reason: ShelfRefusal.nullable() }).describe('Whether another shelf may be made'),
});
export type ShelfList = z.infer<typeof ShelfList>;

const ShelfName = z.string().trim().min(1).max(40);

export const CreateShelfRequest = z.object({ requestId: RequestId, name: ShelfName });
export const RenameShelfRequest = z.object({ name: ShelfName });

export const AddToShelfRequest = z.object({ titleIds: z.array(z.string().min(1).max(80)).min(1).max(100) });
export const AddToShelfResult = z.object({
  shelf: Shelf,
  added: z.array(z.string()),
  refused: z.array(z.object({ titleId: z.string(), reason: ShelfRefusal })),
});
export type AddToShelfResult = z.infer<typeof AddToShelfResult>;

export const ShelfItemChange = z.object({
  note: z.string().max(200).optional(),
  shelfId: z.string().min(1).max(80).optional().describe('Move the item to this shelf of the patron'),
});

export const ReadMarkParams = z.object({ titleId: z.string().min(1).max(80) });
export const ReadMarkRequest = z.object({ read: z.boolean() });

/** 読書マラソン's periods: this year, 夏休み, a month, or dates of the patron's own. */
export const GoalPeriodKind = z.enum(['year', 'summer', 'month', 'custom']);
export type GoalPeriodKind = z.infer<typeof GoalPeriodKind>;

const Period = z.object({ kind: GoalPeriodKind, from: LocalDate, to: LocalDate });

export const CreateGoalRequest = z.object({
  requestId: RequestId,
  target: z.number().int().min(1).max(1000),
  period: z.object({
    kind: GoalPeriodKind,
    from: z.optional(LocalDate).check(z.describe('custom only')),
    to: z.optional(LocalDate).check(z.describe('custom only')),
  }),
});
export type CreateGoalRequest = z.infer<typeof CreateGoalRequest>;

export const GoalParams = z.object({ goalId: z.string().min(1).max(80) });

export const ReadingGoal = z.object({
  id: z.string(),
  target: z.number().int().positive(),
  period: Period,
  count: z.number().int().nonnegative().describe('Books counted in the period, by the library’s rule (source)'),
  reached: z.boolean(),
  status: z.enum(['upcoming', 'running', 'ended']),
  daysLeft: z.number().int().nonnegative().nullable().describe('Days left in the period, today included; null unless running'),
  months: z.array(z.object({ month: z.string(), count: z.number().int().nonnegative() })).describe('Every month of the period in order'),
  counted: z.array(z.object({ titleId: z.string(), title: z.string(), on: LocalDate })).describe('What was counted, oldest first'),
});
export type ReadingGoal = z.infer<typeof ReadingGoal>;

export const ReadingGoals = z.object({
  source: z
    .enum(['loan-history', 'read-marks'])
    .describe('What is counted: loans borrowed in the period, from 貸出履歴 while it records; otherwise the titles marked 読了'),
  periods: z.array(Period).describe('The periods the patron may choose, as the library dates them today'),
  goals: z.array(ReadingGoal).describe('Running and upcoming first, then past goals, newest first'),
  loans: z
    .array(z.object({ loanId: z.string(), titleId: z.string(), title: z.string(), readAt: z.nullable(DateTime) }))
    .describe('Current loans, to mark 読了 (read-marks only; empty otherwise)'),
});
export type ReadingGoals = z.infer<typeof ReadingGoals>;
