import { describe, expect, it } from 'vitest';
import { Database } from '../../../mocks/db/database';
import { nextId } from '../../../mocks/db/sequences';
import { reservationRow } from '../reservation-row';

describe('reservation and loan ids', () => {
  it('never gives an id twice, even once a row has left the table', async () => {
    const db = new Database();
    const ids = await db.transact(() => {
      const first = nextId(db.tables, 'reservations');
      const second = nextId(db.tables, 'reservations');
      db.tables.reservations.insert(reservationRow({ id: first }));
      db.tables.reservations.insert(reservationRow({ id: second }));
      db.tables.reservations.delete(first);
      return [first, second, nextId(db.tables, 'reservations')];
    });
    expect(ids.result).toEqual(['R000001', 'R000002', 'R000003']);
  });

  it('goes on from the highest id of a library stored before the sequence was kept', async () => {
    const db = new Database();
    const { result } = await db.transact(() => {
      for (const id of ['R000007', 'R000012-abcdefgh', 'R000003']) db.tables.reservations.insert(reservationRow({ id }));
      return [nextId(db.tables, 'reservations'), nextId(db.tables, 'loans')];
    });
    expect(result).toEqual(['R000013', 'L000001']);
  });
});
