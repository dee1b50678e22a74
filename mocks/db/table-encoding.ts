import type { TableData } from './database';
import { tableNames, type TableName } from './schema';

/**
 * Consecutive rows of one table that have the same keys in the same order, column by column: a
 * key is written once per run instead of once per row, and a column of like values (ids, dates,
 * states) compresses far better than rows do. A row's absent key stays absent: it starts a new run.
 */
interface Run {
  keys: string[];
  rows: number;
  columns: unknown[][];
}

type EncodedTables = Partial<Record<TableName, Run[]>>;

function runsOf(rows: readonly object[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  let shape = '';
  for (const row of rows) {
    const keys = Object.keys(row);
    const rowShape = JSON.stringify(keys);
    if (!run || rowShape !== shape) {
      runs.push((run = { keys, rows: 0, columns: keys.map(() => []) }));
      shape = rowShape;
    }
    keys.forEach((key, column) => {
      const value = (row as Record<string, unknown>)[key];
      // JSON would turn it into null (in a column) and give back another row than it was given.
      if (value === undefined) throw new Error(`${key} is undefined: rows hold JSON values only`);
      run!.columns[column]!.push(value);
    });
    run.rows++;
  }
  return runs;
}

function rowsOf({ keys, rows, columns }: Run): object[] {
  const decoded = new Array<object>(rows);
  for (let index = 0; index < rows; index++) {
    const row: Record<string, unknown> = {};
    for (let column = 0; column < keys.length; column++) row[keys[column]!] = columns[column]![index];
    decoded[index] = row;
  }
  return decoded;
}

/** Every table's rows as JSON text, in runs of columns (see `Run`): what the build ships as a profile's seed. */
export function encodeTables(data: TableData): string {
  const encoded: EncodedTables = Object.fromEntries(tableNames.map((table) => [table, runsOf(data[table])]));
  return JSON.stringify(encoded);
}

const tableRows = (encoded: EncodedTables, table: TableName) => (encoded[table] ?? []).flatMap(rowsOf);

/** The tables `encodeTables` was given: the same rows, in the same order, with the same keys. */
export function decodeTables(text: string): TableData {
  const encoded = JSON.parse(text) as EncodedTables;
  return Object.fromEntries(tableNames.map((table) => [table, tableRows(encoded, table)])) as unknown as TableData;
}

/** A moment for the page's other work: what arrived meanwhile (an answer, a render) runs before the next step. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Gzipped `encodeTables` text, as the page fetches it, read back into tables: a table at a time,
 * letting the page work between them, so that a first visit's login form is not held for the whole seed.
 */
export async function readTables(gzipped: ReadableStream<BufferSource>): Promise<TableData> {
  const text = await new Response(gzipped.pipeThrough(new DecompressionStream('gzip'))).text();
  await yieldToPage();
  const encoded = JSON.parse(text) as EncodedTables;
  const data: Partial<Record<TableName, object[]>> = {};
  for (const table of tableNames) {
    await yieldToPage();
    data[table] = tableRows(encoded, table);
  }
  return data as unknown as TableData;
}
