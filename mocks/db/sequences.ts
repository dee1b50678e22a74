import type { Database } from './database';

// Reservation and loan ids are a letter and a number (R000123). Counting the rows to make the next
// one gave an id already used once a row was deleted (a reservation collected at the counter), after
// which every counter reservation failed: the last number given is kept instead, and never given again.

const prefixes = { reservations: 'R', loans: 'L' } as const;
type Sequenced = keyof typeof prefixes;

const numberOf = (id: string) => Number(/^[A-Z](\d+)/.exec(id)?.[1] ?? 0);

/** A new id for a row of `table`, one past the highest the library has given. */
export function nextId(tables: Database['tables'], table: Sequenced): string {
  const key = `sequence:${table}`;
  const kept = tables.meta.get(key)?.value;
  // A library stored before the sequence was kept starts from its highest id.
  const last = typeof kept === 'number' ? kept : tables[table].all().reduce((highest, row) => Math.max(highest, numberOf(row.id)), 0);
  tables.meta.put({ key, value: last + 1 });
  return `${prefixes[table]}${String(last + 1).padStart(6, '0')}`;
}
