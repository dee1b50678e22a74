import * as z from 'zod';
import { DateTime, MaterialType, WebUrl } from './common';

/**
 * Why a title cannot be reserved by anyone at this library (the reason replaces the 予約かごへ
 * button): 禁帯出, an electronic text read online, the newest issue of a magazine, DVD/LD where the
 * library lends them only at the counter, or no copy left to lend.
 */
export const NotReservableReason = z.enum(['reference-only', 'etext', 'latest-magazine', 'video', 'no-copies']);
export type NotReservableReason = z.infer<typeof NotReservableReason>;

/** 在架 (a copy on the shelf), 貸出中 (every lendable copy is out), no copy to lend, or read online (an electronic text, on no shelf). */
const AvailabilityStatus = z.enum(['on-shelf', 'on-loan', 'none', 'online']);
type AvailabilityStatus = z.infer<typeof AvailabilityStatus>;

export const Availability = z.object({
  status: AvailabilityStatus,
  copies: z.number().int().nonnegative().describe('Copies the library holds, lost ones excluded'),
  onShelf: z.number().int().nonnegative(),
  reservations: z.number().int().nonnegative().describe('Reservations waiting for this title (the queue)'),
});
export type Availability = z.infer<typeof Availability>;

/** One title as a row of a list: search results, new arrivals, rankings, the cart. */
export const TitleSummary = z.object({
  id: z.string(),
  title: z.string(),
  titleReading: z.string().describe('読み, katakana'),
  volumeLabel: z.string().nullable().describe('巻名, e.g. 上 or 第3巻'),
  seriesId: z.string().nullable(),
  seriesTitle: z.string().nullable(),
  volumeNumber: z.number().int().positive().nullable(),
  author: z.string(),
  authorReading: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  isbn: z.string().nullable().describe('ISBN-13 without hyphens'),
  ndc: z.string().describe('NDC class, e.g. 913.6'),
  materialType: MaterialType,
  acquiredAt: DateTime.check(z.describe('When the title joined the collection (新着資料)')),
  availability: Availability,
  notReservableReason: NotReservableReason.nullable().describe('null: the title may be put in the cart and reserved'),
});
export type TitleSummary = z.infer<typeof TitleSummary>;

export const SearchSort = z.enum(['relevance', 'newest', 'title']);
export type SearchSort = z.infer<typeof SearchSort>;

const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

const materialTypeList = z
  .string()
  .regex(/^[a-z]+(,[a-z]+)*$/)
  .transform((text) => text.split(','))
  .pipe(z.array(MaterialType))
  .describe('Comma-separated material types, e.g. book,kamishibai');

const yearField = z.coerce.number().int().min(0).max(9999);

/**
 * 簡易検索 (q alone) and 詳細蔵書検索 (the other fields). Every given field must match; text fields
 * match Japanese-aware (full/half width, hiragana = katakana, small kana, ー and ・ ignored,
 * readings), several words in one field must all match.
 */
export const SearchQuery = z
  .object({
    q: z.string().max(200).optional().describe('Keyword: title, reading, author or publisher'),
    title: z.string().max(200).optional(),
    author: z.string().max(200).optional(),
    publisher: z.string().max(200).optional(),
    isbn: z.string().max(40).optional().describe('ISBN-10 or ISBN-13, hyphens allowed'),
    yearFrom: yearField.optional(),
    yearTo: yearField.optional(),
    ndc: z
      .string()
      .regex(/^\d{1,3}(\.\d*)?$/)
      .optional()
      .describe('NDC class or its beginning: 9 finds 913.6, 913 finds 913.6'),
    materialTypes: materialTypeList.optional(),
    branch: z.string().max(40).optional().describe('Only titles with a copy at this branch'),
    available: z.enum(['true', 'false']).optional().describe('true: only titles with a copy on the shelf'),
    sort: SearchSort.default('relevance'),
    ...pageQuery,
  })
  .describe('yearFrom after yearTo, an ISBN that is not one, or no criterion at all: VALIDATION_FAILED');
export type SearchQuery = z.input<typeof SearchQuery>;

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });

export const SearchResult = page(TitleSummary).extend({ sort: SearchSort });
export type SearchResult = z.infer<typeof SearchResult>;

export const TitleParams = z.object({ titleId: z.string().min(1).max(40) });

/** 所蔵: one physical copy and where it is. */
const Holding = z.object({
  copyId: z.string().describe('資料コード'),
  branchId: z.string(),
  shelf: z.string().describe('配架場所'),
  status: z.enum(['on-shelf', 'on-loan', 'held', 'in-transit', 'lost']),
  dueDate: z.iso.date().nullable().describe('返却予定日 when on loan'),
});

const SeriesVolume = z.object({
  id: z.string(),
  title: z.string(),
  volumeLabel: z.string().nullable(),
  volumeNumber: z.number().int().positive().nullable(),
});

export const TitleDetail = TitleSummary.extend({
  referenceOnly: z.boolean(),
  etextUrl: z.nullable(WebUrl).describe('Where an electronic text is read (http or https)'),
  series: z
    .object({ id: z.string(), title: z.string(), volumes: z.array(SeriesVolume) })
    .nullable()
    .describe('Every volume of the series, this one included, in order'),
  holdings: z.array(Holding),
});
export type TitleDetail = z.infer<typeof TitleDetail>;

export const NewArrivalsQuery = z.object({
  materialTypes: materialTypeList.optional(),
  days: z.coerce.number().int().min(1).max(90).default(30),
  ...pageQuery,
});

export const NewArrivals = page(TitleSummary).extend({ since: z.iso.date() });
export type NewArrivals = z.infer<typeof NewArrivals>;

/** 貸出ベスト (loans in the period) and 予約ベスト (reservations waiting now). */
export const RankingKind = z.enum(['loans', 'reservations']);
export type RankingKind = z.infer<typeof RankingKind>;

export const RankingParams = z.object({ kind: RankingKind });
export const RankingQuery = z.object({ materialTypes: materialTypeList.optional() });

export const Ranking = z.object({
  kind: RankingKind,
  from: z.iso.date().describe('First day counted'),
  to: z.iso.date().describe('Last day counted'),
  items: z.array(
    z.object({
      rank: z.number().int().positive().describe('Equal counts share a rank'),
      count: z.number().int().positive(),
      title: TitleSummary,
    }),
  ),
});
export type Ranking = z.infer<typeof Ranking>;
