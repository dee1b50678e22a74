import type { z } from 'zod';
import type { FieldIssue } from '../../src/api/contract/errors';
import type { ScenarioFile } from '../../src/api/contract/simulation';
import type { TableData } from '../db/database';
import { primaryKeys, references, tableNames, tableSchemas, type TableName } from '../db/schema';
import { DomainError } from '../domain/errors';

// A saved scenario is stored as its differences from the profile's seed (which is deterministic),
// so that the files a designer exports and shares stay small. A file is shared, so it holds no
// secret: no session, and no password hash (a restored scenario's patrons get theirs back from the
// seed, see restore.ts).

/** The field that holds a password hash, in the tables that have one: never written to a file. */
const SECRET_FIELD = 'passwordHash';

/**
 * Never part of a scenario: who is logged in, the clock (a scenario keeps its own time), a
 * self-registered password waiting for its confirmation link (its hash is the patron's secret),
 * and calendar subscriptions (their addresses are credentials: a restored library issues new ones).
 */
function transient(table: TableName, row: Record<string, unknown>): boolean {
  return (
    table === 'sessions' ||
    table === 'calendarFeeds' ||
    (table === 'meta' && row.key === 'clock') ||
    (table === 'confirmations' && row.kind === 'registration')
  );
}

/** The rows as a file holds them: every field of the table but the hash. */
const fileRowSchemas: Record<TableName, z.ZodType> = {
  ...tableSchemas,
  patrons: tableSchemas.patrons.omit({ [SECRET_FIELD]: true }),
  confirmations: tableSchemas.confirmations.omit({ [SECRET_FIELD]: true }),
};

function withoutSecret(row: Record<string, unknown>): Record<string, unknown> {
  const { [SECRET_FIELD]: _secret, ...rest } = row;
  return rest;
}

function sameRow(left: Record<string, unknown>, right: Record<string, unknown>): boolean {
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

const keyOf = (table: TableName, row: object) => String((row as Record<string, unknown>)[primaryKeys[table]]);

/** A file saved on this machine before files held no hash, as it would be saved now (an import of one is refused). */
export function withoutSecrets(changes: ScenarioFile['changes']): ScenarioFile['changes'] {
  return Object.fromEntries(
    Object.entries(changes).map(([table, change]) => [table, { put: change.put.map(withoutSecret), delete: change.delete }]),
  );
}

/** What a library changed since its seed, table by table, without sessions or password hashes. */
export function differencesFrom(seed: TableData, current: TableData): ScenarioFile['changes'] {
  const changes: ScenarioFile['changes'] = {};
  for (const table of tableNames) {
    const before = new Map((seed[table] as Record<string, unknown>[]).map((row) => [keyOf(table, row), withoutSecret(row)]));
    const put: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const row of current[table] as Record<string, unknown>[]) {
      const key = keyOf(table, row);
      seen.add(key);
      if (transient(table, row)) continue;
      const original = before.get(key);
      const shared = withoutSecret(row);
      if (!original || !sameRow(original, shared)) put.push(shared);
    }
    const removed = [...before].filter(([key, row]) => !seen.has(key) && !transient(table, row)).map(([key]) => key);
    if (put.length > 0 || removed.length > 0) changes[table] = { put, delete: removed };
  }
  return changes;
}

const issue = (path: string, code: string, message: string): FieldIssue => ({ path, code, message });

/** A row's problems against its table's schema, a hash left out (files hold none). */
function rowIssues(table: TableName, row: Record<string, unknown>, path: string): FieldIssue[] {
  if (SECRET_FIELD in row) return [issue(path, 'scenario_holds_secret', `A scenario file holds no password hash: remove ${SECRET_FIELD}`)];
  const parsed = fileRowSchemas[table].safeParse(row);
  return parsed.success
    ? []
    : parsed.error.issues.map((problem) =>
        issue([path, ...problem.path.map(String)].join('.'), 'scenario_row_invalid', `${table}: ${problem.message}`),
      );
}

/** Every row that names a row of another table must name one the library has. */
function referenceIssues(data: TableData): FieldIssue[] {
  const keys = new Map(tableNames.map((table) => [table, new Set(data[table].map((row) => keyOf(table, row)))]));
  const issues: FieldIssue[] = [];
  for (const [table, fields] of Object.entries(references) as [TableName, Record<string, TableName>][]) {
    for (const row of data[table] as Record<string, unknown>[]) {
      for (const [field, target] of Object.entries(fields)) {
        const value = row[field];
        if (value === null || keys.get(target)!.has(String(value))) continue;
        const key = keyOf(table, row);
        issues.push(
          issue(
            `${table}.${key}.${field}`,
            'scenario_reference_missing',
            `${table} ${key} names ${target} ${String(value)}, which the library does not have`,
          ),
        );
      }
    }
  }
  return issues;
}

/** A file with many broken rows answers with the first of them, and how many there are. */
const MAX_ISSUES = 50;

function refuse(issues: FieldIssue[]): DomainError {
  const listed = issues.slice(0, MAX_ISSUES);
  if (issues.length > MAX_ISSUES) listed.push(issue('changes', 'scenario_more_issues', `${issues.length - MAX_ISSUES} more problems`));
  return DomainError.validation(listed);
}

/**
 * The seed with a scenario's differences applied: the library the scenario describes. A file that
 * names tables the library does not have, holds a session or a password hash, a row that does not
 * fit its table or one that names a row the library does not have is refused, with every problem
 * listed, before anything is replaced.
 */
export function applyDifferences(seed: TableData, changes: ScenarioFile['changes']): TableData {
  const issues: FieldIssue[] = [];
  for (const [name, change] of Object.entries(changes)) {
    if (!(tableNames as string[]).includes(name)) {
      issues.push(issue(`changes.${name}`, 'scenario_table_unknown', `The file names a table this library does not have: ${name}`));
      continue;
    }
    const table = name as TableName;
    if (table === 'sessions') {
      issues.push(issue('changes.sessions', 'scenario_holds_secret', 'A scenario file holds no session: remove sessions'));
      continue;
    }
    change.put.forEach((row, n) => issues.push(...rowIssues(table, row, `changes.${table}.put.${n}`)));
  }
  if (issues.length > 0) throw refuse(issues);

  const data = { ...seed } as Record<TableName, object[]>;
  for (const [name, change] of Object.entries(changes)) {
    const table = name as TableName;
    const rows = new Map<string, object>(data[table].map((row) => [keyOf(table, row), row]));
    for (const key of change.delete) rows.delete(key);
    for (const row of change.put) rows.set(keyOf(table, row), row);
    data[table] = [...rows.values()];
  }
  const broken = referenceIssues(data as TableData);
  if (broken.length > 0) throw refuse(broken);
  return data as TableData;
}
