import { describe, expect, it } from 'vitest';
import { Database } from '../../../mocks/db/database';
import type { BranchRow } from '../../../mocks/db/schema';

const branch = (id: string, name = id): BranchRow => ({ id, name, nameEn: name, kind: 'library', handlesAv: true, sortOrder: 0 });

describe('the simulated library database', () => {
  it('keeps every change of a step that succeeds and reports what it changed', async () => {
    const db = new Database();
    const { changes } = await db.transact(() => {
      db.tables.branches.insert(branch('chuo'));
      db.tables.branches.insert(branch('kita'));
      db.tables.branches.update('chuo', { name: '中央図書館' });
      db.tables.branches.delete('kita');
    });
    expect(db.tables.branches.get('chuo')?.name).toBe('中央図書館');
    expect(db.tables.branches.get('kita')).toBeUndefined();
    expect(changes).toEqual([
      { table: 'branches', key: 'chuo', row: { ...branch('chuo'), name: '中央図書館' } },
      { table: 'branches', key: 'kita', row: null },
    ]);
  });

  it('puts every row back as it was when a step fails, so a failed request changes nothing', async () => {
    const db = new Database();
    await db.transact(() => db.tables.branches.insert(branch('chuo')));
    await expect(
      db.transact(() => {
        db.tables.branches.update('chuo', { name: 'changed' });
        db.tables.branches.insert(branch('new'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(db.tables.branches.get('chuo')?.name).toBe('chuo');
    expect(db.tables.branches.get('new')).toBeUndefined();
  });

  it('keeps the changes of a failure that says so (a counted failed login), and hands them on', async () => {
    const db = new Database();
    const error = await db
      .transact(
        () => {
          db.tables.branches.insert(branch('kept'));
          throw new Error('refused but counted');
        },
        () => true,
      )
      .catch((caught: unknown) => caught as { changes: unknown[] });
    expect(db.tables.branches.get('kept')).toBeDefined();
    expect(error.changes).toHaveLength(1);
  });

  it('puts every row back when its changes cannot be stored, so what was not kept is not seen either', async () => {
    const db = new Database();
    await db.transact(() => db.tables.branches.insert(branch('chuo')));
    const stored: unknown[] = [];
    await expect(
      db.transact(
        () => db.tables.branches.update('chuo', { name: 'changed' }),
        undefined,
        () => Promise.reject(new Error('disk full')),
      ),
    ).rejects.toThrow('disk full');
    expect(db.tables.branches.get('chuo')?.name).toBe('chuo');
    await expect(
      db.transact(
        () => {
          db.tables.branches.insert(branch('counted'));
          throw new Error('refused but counted');
        },
        () => true,
        () => Promise.reject(new Error('disk full')),
      ),
    ).rejects.toThrow('disk full');
    expect(db.tables.branches.get('counted')).toBeUndefined();
    await db.transact(
      () => db.tables.branches.update('chuo', { name: 'kept' }),
      undefined,
      (changes) => void stored.push(...changes),
    );
    expect(stored).toEqual([{ table: 'branches', key: 'chuo', row: { ...branch('chuo'), name: 'kept' } }]);
  });

  it('refuses writes outside a transaction', () => {
    const db = new Database();
    expect(() => db.tables.branches.insert(branch('chuo'))).toThrow('outside a transaction');
  });

  it('keeps secondary indexes right through updates and rollbacks', async () => {
    const db = new Database();
    const copy = { id: 'C1', titleId: 'T1', branchId: 'chuo', status: 'on-shelf' as const, shelf: '一般開架' };
    await db.transact(() => db.tables.copies.insert(copy));
    await db.transact(() => db.tables.copies.update('C1', { titleId: 'T2' }));
    expect(db.tables.copies.where('titleId', 'T1')).toEqual([]);
    expect(db.tables.copies.where('titleId', 'T2')).toHaveLength(1);
    await db
      .transact(() => {
        db.tables.copies.update('C1', { titleId: 'T3' });
        throw new Error('no');
      })
      .catch(() => undefined);
    expect(db.tables.copies.where('titleId', 'T3')).toEqual([]);
    expect(db.tables.copies.where('titleId', 'T2')).toHaveLength(1);
  });

  it('does not nest transactions', async () => {
    const db = new Database();
    await expect(db.transact(() => db.transact(() => undefined))).rejects.toThrow('do not nest');
  });
});
