import type { ScenarioFile } from '../../src/api/contract/simulation';
import type { TableData } from '../db/database';
import { primaryKeys, tableNames, type TableName } from '../db/schema';
import { DomainError } from '../domain/errors';

// A saved scenario is stored as its differences from the profile's seed (which is deterministic),
// so that the files a designer exports and shares stay small.

/** Never part of a scenario: who is logged in now, and the clock (a scenario keeps its own time). */
const transient = (table: TableName, key: string) => table === 'sessions' || (table === 'meta' && key === 'clock');

function sameRow(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

const keyOf = (table: TableName, row: object) => String((row as Record<string, unknown>)[primaryKeys[table]]);

/** What a library changed since its seed, table by table. */
export function differencesFrom(seed: TableData, current: TableData): ScenarioFile['changes'] {
  const changes: ScenarioFile['changes'] = {};
  for (const table of tableNames) {
    const before = new Map<string, object>(seed[table].map((row) => [keyOf(table, row), row]));
    const put: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const row of current[table] as object[]) {
      const key = keyOf(table, row);
      seen.add(key);
      if (transient(table, key)) continue;
      const original = before.get(key);
      if (!original || !sameRow(original, row)) put.push(row as Record<string, unknown>);
    }
    const removed = [...before.keys()].filter((key) => !seen.has(key) && !transient(table, key));
    if (put.length > 0 || removed.length > 0) changes[table] = { put, delete: removed };
  }
  return changes;
}

const badFile = (message: string) => DomainError.validation([{ path: 'changes', code: 'scenario_file_invalid', message }]);

/** Refuse a file that names tables or rows this library does not have, before anything is replaced. */
export function checkChanges(changes: ScenarioFile['changes']): void {
  for (const [table, change] of Object.entries(changes)) {
    if (!(tableNames as string[]).includes(table)) throw badFile(`The file names a table this library does not have: ${table}`);
    const key = primaryKeys[table as TableName];
    for (const row of change.put) if (typeof row[key] !== 'string') throw badFile(`A row of ${table} has no ${key}`);
  }
}

/** The seed with a scenario's differences applied: the library the scenario describes. */
export function applyDifferences(seed: TableData, changes: ScenarioFile['changes']): TableData {
  checkChanges(changes);
  const data = { ...seed } as Record<TableName, object[]>;
  for (const [name, change] of Object.entries(changes)) {
    const table = name as TableName;
    const rows = new Map<string, object>(data[table].map((row) => [keyOf(table, row), row]));
    for (const key of change.delete) rows.delete(key);
    for (const row of change.put) rows.set(keyOf(table, row), row);
    data[table] = [...rows.values()];
  }
  return data as TableData;
}
