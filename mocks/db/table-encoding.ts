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

/** The tables `encodeTables` was given: the same rows, in the same order, with the same keys. */
export function decodeTables(text: string): TableData {
  const encoded = JSON.parse(text) as EncodedTables;
  return Object.fromEntries(tableNames.map((table) => [table, (encoded[table] ?? []).flatMap(rowsOf)])) as unknown as TableData;
}

/** Gzipped `encodeTables` text, as the page fetches it, read back into tables. */
export async function readTables(gzipped: ReadableStream<BufferSource>): Promise<TableData> {
  return decodeTables(await new Response(gzipped.pipeThrough(new DecompressionStream('gzip'))).text());
}
