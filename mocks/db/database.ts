import { primaryKeys, tableNames, type TableName, type Tables } from './schema';

/** One row written (or deleted, when `row` is null) by a transaction. */
export interface RowChange {
  table: TableName;
  key: string;
  row: unknown;
}

export type TableData = { [K in TableName]: Tables[K][] };

/** Fields looked up often enough to keep an index of (copies of a title, loans of a patron, …). */
const secondaryIndexes: { [K in TableName]?: (keyof Tables[K] & string)[] } = {
  copies: ['titleId'],
  titles: ['seriesId'],
  patrons: ['cardNumber'],
  sessions: ['patronId'],
  loans: ['patronId', 'copyId', 'titleId'],
  reservations: ['patronId', 'titleId'],
  cartItems: ['patronId'],
  mail: ['patronId'],
  confirmations: ['patronId'],
  shelves: ['patronId'],
  shelfItems: ['patronId'],
  readMarks: ['patronId'],
  readingGoals: ['patronId'],
  loanHistoryRemovals: ['patronId'],
  calendarFeeds: ['patronId'],
};

/**
 * A typed table held in memory. Writes go through the database's current transaction, which
 * remembers the first version of every row it touches so that a failure can put it back.
 */
export class Table<T extends object> {
  private readonly rows = new Map<string, T>();
  private readonly indexes = new Map<string, Map<unknown, Set<string>>>();
  /** Goes up with every change of any row, so that what is derived from the table knows when to rebuild. */
  version = 0;

  constructor(
    readonly name: TableName,
    private readonly keyField: keyof T & string,
    indexed: readonly string[],
    private readonly onWrite: (table: Table<T>, key: string, before: T | undefined) => void,
  ) {
    for (const field of indexed) this.indexes.set(field, new Map());
  }

  keyOf(row: T): string {
    return String(row[this.keyField]);
  }

  get(key: string): T | undefined {
    return this.rows.get(key);
  }

  all(): T[] {
    return [...this.rows.values()];
  }

  get size(): number {
    return this.rows.size;
  }

  filter(predicate: (row: T) => boolean): T[] {
    return this.all().filter(predicate);
  }

  find(predicate: (row: T) => boolean): T | undefined {
    for (const row of this.rows.values()) if (predicate(row)) return row;
    return undefined;
  }

  /** Rows whose indexed `field` equals `value`. */
  where<F extends keyof T & string>(field: F, value: T[F]): T[] {
    const index = this.indexes.get(field);
    if (!index) throw new Error(`${this.name}.${field} is not indexed`);
    const keys = index.get(value);
    return keys ? [...keys].map((key) => this.rows.get(key) as T) : [];
  }

  insert(row: T): T {
    const key = this.keyOf(row);
    if (this.rows.has(key)) throw new Error(`${this.name}: a row with key ${key} exists`);
    this.write(key, row);
    return row;
  }

  put(row: T): T {
    this.write(this.keyOf(row), row);
    return row;
  }

  update(key: string, patch: Partial<T>): T {
    const current = this.rows.get(key);
    if (!current) throw new Error(`${this.name}: no row with key ${key}`);
    const next = { ...current, ...patch };
    this.write(key, next);
    return next;
  }

  delete(key: string): void {
    if (!this.rows.has(key)) return;
    this.write(key, undefined);
  }

  /** Replace a row without recording it in a transaction: for loading and for rolling back. */
  setRaw(key: string, row: T | undefined): void {
    this.version++;
    const before = this.rows.get(key);
    if (before) this.unindex(key, before);
    if (row) {
      this.rows.set(key, row);
      this.index(key, row);
    } else {
      this.rows.delete(key);
    }
  }

  clearRaw(): void {
    this.version++;
    this.rows.clear();
    for (const index of this.indexes.values()) index.clear();
  }

  private write(key: string, row: T | undefined): void {
    this.onWrite(this, key, this.rows.get(key));
    this.setRaw(key, row);
  }

  private index(key: string, row: T): void {
    for (const [field, index] of this.indexes) {
      const value = row[field as keyof T];
      let keys = index.get(value);
      if (!keys) index.set(value, (keys = new Set()));
      keys.add(key);
    }
  }

  private unindex(key: string, row: T): void {
    for (const [field, index] of this.indexes) {
      const value = row[field as keyof T];
      const keys = index.get(value);
      keys?.delete(key);
      if (keys?.size === 0) index.delete(value);
    }
  }
}

type TableSet = { [K in TableName]: Table<Tables[K]> };

interface UnitOfWork {
  /** table → key → the row as it was before the transaction (undefined: it did not exist). */
  originals: Map<Table<object>, Map<string, object | undefined>>;
}

/**
 * The simulated library's database: typed tables in memory, changed only inside `transact`,
 * which either keeps every change of a step or none of them.
 */
export class Database {
  readonly tables: TableSet;
  private work: UnitOfWork | null = null;

  constructor() {
    const onWrite = (table: Table<object>, key: string, before: object | undefined) => {
      if (!this.work) throw new Error(`${table.name}: write outside a transaction`);
      let originals = this.work.originals.get(table);
      if (!originals) this.work.originals.set(table, (originals = new Map()));
      if (!originals.has(key)) originals.set(key, before);
    };
    const make = <K extends TableName>(name: K) =>
      new Table<Tables[K]>(name, primaryKeys[name], (secondaryIndexes[name] ?? []) as string[], onWrite as never);
    this.tables = Object.fromEntries(tableNames.map((name) => [name, make(name)])) as unknown as TableSet;
  }

  /**
   * Run `step` and hand the rows it changed to `persist` before the transaction ends; if either
   * throws, every row the step wrote is put back as it was, so that what failed to be stored is not
   * seen either. Returns the rows it changed. Transactions do not nest.
   */
  async transact<R>(
    step: () => Promise<R> | R,
    keepOnError: (error: unknown) => boolean = () => false,
    persist: (changes: RowChange[]) => Promise<void> | void = () => undefined,
  ): Promise<{ result: R; changes: RowChange[] }> {
    if (this.work) throw new Error('Transactions do not nest');
    const work: UnitOfWork = { originals: new Map() };
    this.work = work;
    const rollBack = () => {
      for (const [table, originals] of work.originals) {
        for (const [key, row] of originals) table.setRaw(key, row);
      }
    };
    const keep = async () => {
      const changes = this.changesOf(work);
      try {
        await persist(changes);
      } catch (error) {
        rollBack();
        throw error;
      }
      return changes;
    };
    try {
      let result: R;
      try {
        result = await step();
      } catch (error) {
        if (!keepOnError(error)) {
          rollBack();
          throw error;
        }
        throw Object.assign(error as object, { changes: await keep() });
      }
      return { result, changes: await keep() };
    } finally {
      this.work = null;
    }
  }

  /** Load rows without a transaction (from storage or a seed). */
  load(data: Partial<TableData>): void {
    for (const name of tableNames) {
      const rows = data[name];
      if (!rows) continue;
      const table = this.tables[name] as unknown as Table<object>;
      table.clearRaw();
      for (const row of rows) table.setRaw(table.keyOf(row), row);
    }
  }

  /** Apply rows changed elsewhere (another tab) without a transaction. */
  apply(changes: readonly RowChange[]): void {
    for (const change of changes) {
      const table = this.tables[change.table] as unknown as Table<object>;
      table.setRaw(change.key, (change.row ?? undefined) as object | undefined);
    }
  }

  dump(): TableData {
    return Object.fromEntries(tableNames.map((name) => [name, this.tables[name].all()])) as unknown as TableData;
  }

  private changesOf(work: UnitOfWork): RowChange[] {
    const changes: RowChange[] = [];
    for (const [table, originals] of work.originals) {
      for (const key of originals.keys()) changes.push({ table: table.name, key, row: table.get(key) ?? null });
    }
    return changes;
  }
}
