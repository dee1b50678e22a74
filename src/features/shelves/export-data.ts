import type { LoanHistory } from '../../api/contract/loans';
import type { ShelfList } from '../../api/contract/shelves';

/** Excel reads a CSV as UTF-8 (and so the Japanese) only when it starts with the byte order mark. */
const BOM = '\uFEFF';

/** One field of RFC 4180: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Rows as CSV: CRLF between rows, a BOM first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface ExportWords {
  columns: readonly string[];
  shelfName: (shelf: ShelfList['shelves'][number]) => string;
  kinds: { shelf: string; history: string };
}

/** The patron's shelves and history as rows under one header: 種別, 本棚, タイトル, 巻, 著者, メモ, 保存日, 読了日, 貸出日, 返却日, 資料ID. */
export function exportRows(shelves: ShelfList | undefined, history: LoanHistory | undefined, words: ExportWords): string[][] {
  const rows: string[][] = [[...words.columns]];
  for (const shelf of shelves?.shelves ?? []) {
    for (const item of shelf.items) {
      const { saved } = item;
      rows.push([
        words.kinds.shelf,
        words.shelfName(shelf),
        saved.title,
        saved.volumeLabel ?? '',
        saved.author,
        item.note,
        item.addedAt.slice(0, 10),
        item.readAt?.slice(0, 10) ?? '',
        '',
        '',
        item.titleId,
      ]);
    }
  }
  for (const entry of history?.items ?? []) {
    rows.push([
      words.kinds.history,
      '',
      entry.title,
      entry.volumeLabel ?? '',
      '',
      '',
      '',
      '',
      entry.loanedAt,
      entry.returnedAt,
      entry.titleId,
    ]);
  }
  return rows;
}

/** The same data as JSON, as the library answered it. */
export function toJson(shelves: ShelfList | undefined, history: LoanHistory | undefined): string {
  return JSON.stringify({ shelves: shelves?.shelves ?? [], loanHistory: history?.items ?? [] }, null, 2);
}
