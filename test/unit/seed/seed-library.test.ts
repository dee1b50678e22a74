import { describe, expect, it } from 'vitest';
import { Database } from '../../../mocks/db/database';
import { tableNames, tableSchemas } from '../../../mocks/db/schema';
import { applyDifferences } from '../../../mocks/runtime/scenario-differences';
import { personasOf } from '../../../mocks/seed/personas';
import { seedLibrary, SEED_EPOCH } from '../../../mocks/seed/seed-library';
import { checkCardNumber } from '../../../mocks/domain/card-number';
import { loanLimitPassed } from '../../../mocks/domain/loans/limits';
import { checkPasswordPolicy } from '../../../mocks/domain/password-policy';
import { verifyPassword } from '../../../mocks/domain/password-hash';
import { fromIso, tokyoDate } from '../../../mocks/domain/time';
import { profiles } from '../../../mocks/profiles/profiles';

const today = tokyoDate(fromIso(SEED_EPOCH));
const libraries = new Map<string, Promise<Database>>();

/** One seeded library per profile for this file (seeding is deterministic, so sharing is safe). */
function library(id: keyof typeof profiles): Promise<Database> {
  let seeded = libraries.get(id);
  if (!seeded) {
    seeded = seedLibrary({ profile: profiles[id], titleCount: 3000, hashIterations: 1000 }).then((data) => {
      const db = new Database();
      db.load(data);
      return db;
    });
    libraries.set(id, seeded);
  }
  return seeded;
}

const patronOf = (db: Database, cardNumber: string) => db.tables.patrons.where('cardNumber', cardNumber)[0]!;

describe.each(Object.keys(profiles) as (keyof typeof profiles)[])('the seed of %s', (id) => {
  const profile = profiles[id];

  it('gives every demo patron a card number and password valid under the library rules', async () => {
    const db = await library(id);
    for (const persona of personasOf(profile)) {
      expect(checkCardNumber(persona.cardNumber, profile), persona.cardNumber).toBeNull();
      const patron = patronOf(db, persona.cardNumber);
      expect(patron.name).toBe(persona.name);
      if (persona.password === null) {
        expect(patron.passwordHash).toBeNull();
        continue;
      }
      if (!persona.temporary) expect(checkPasswordPolicy(persona.password, profile.password)).toBeNull();
      expect(await verifyPassword(persona.password, patron.passwordHash!)).toBe(true);
      expect(patron.passwordTemporary).toBe(persona.temporary);
    }
  });

  it('fills every table with rows that fit its schema and name only rows the library has', async () => {
    const data = (await library(id)).dump();
    for (const table of tableNames) {
      for (const row of data[table])
        expect(tableSchemas[table].safeParse(row).error?.issues, `${table} ${JSON.stringify(row)}`).toBeUndefined();
    }
    // A scenario with no changes is the seed itself, its references checked.
    expect(applyDifferences(data, {})).toEqual(data);
  });

  it('lends the reader five items: one overdue, one that another patron waits for, one renewed', async () => {
    const db = await library(id);
    const reader = patronOf(db, personasOf(profile).find((persona) => persona.situation === 'reader')!.cardNumber);
    const loans = db.tables.loans.where('patronId', reader.id).filter((loan) => loan.returnedAt === null);
    expect(loans).toHaveLength(5);
    expect(loans.filter((loan) => loan.dueDate < today)).toHaveLength(1);
    expect(loans.filter((loan) => loan.renewals === 1)).toHaveLength(1);
    const wanted = loans.filter((loan) =>
      db.tables.reservations.where('titleId', loan.titleId).some((reservation) => reservation.patronId !== reader.id),
    );
    expect(wanted).toHaveLength(1);
    for (const loan of loans) expect(db.tables.copies.get(loan.copyId)?.status).toBe('on-loan');
  });

  it('keeps a loan history for the reader only where the library offers one (p004), opted in 60 days ago with older returns left out', async () => {
    const db = await library(id);
    const reader = patronOf(db, personasOf(profile).find((persona) => persona.situation === 'reader')!.cardNumber);
    const returned = db.tables.loans.where('patronId', reader.id).filter((loan) => loan.returnedAt !== null);
    if (!profile.features.loanHistory) {
      expect(reader.loanHistorySince).toBeNull();
      expect(returned).toHaveLength(0);
      return;
    }
    expect(reader.loanHistorySince).not.toBeNull();
    expect(returned.filter((loan) => loan.returnedAt! >= reader.loanHistorySince!)).toHaveLength(3);
    expect(returned.filter((loan) => loan.returnedAt! < reader.loanHistorySince!)).toHaveLength(2);
  });

  it('gives the holder reservations in many states, each consistent with its copy', async () => {
    const db = await library(id);
    const holder = patronOf(db, personasOf(profile).find((persona) => persona.situation === 'holder')!.cardNumber);
    const reservations = db.tables.reservations.where('patronId', holder.id);
    const states = new Set(reservations.map((reservation) => reservation.state));
    for (const state of [
      'requested',
      'awaiting-pick',
      'awaiting-return',
      'waiting',
      'investigating',
      'on-order',
      'in-transit',
      'ready',
      'cancel-requested',
      'cancelled',
    ]) {
      expect(states, state).toContain(state);
    }
    expect(states.has('preparing')).toBe(profile.reservations.ordered !== 'none');
    const ready = reservations.find((reservation) => reservation.state === 'ready')!;
    expect(db.tables.copies.get(ready.copyId!)).toMatchObject({ status: 'held', branchId: ready.pickupBranchId });
    expect(ready.pickupDeadline! > today).toBe(true);
    expect(reservations.some((reservation) => reservation.origin === 'counter')).toBe(true);
  });

  it('leaves the near-limit patron one reservation short of the limit', async () => {
    const db = await library(id);
    const patron = patronOf(db, personasOf(profile).find((persona) => persona.situation === 'near-limit')!.cardNumber);
    expect(db.tables.reservations.where('patronId', patron.id)).toHaveLength((profile.reservations.maxTotal ?? 10) - 1);
  });

  it("keeps every demo patron within the library's own limits: reservations in all and per type, the cart, and loans (貸出点数)", async () => {
    const db = await library(id);
    const rules = profile.reservations;
    for (const persona of personasOf(profile)) {
      const patron = patronOf(db, persona.cardNumber);
      const counted = db.tables.reservations
        .where('patronId', patron.id)
        .filter((reservation) => reservation.state !== 'cancelled' && (rules.readyCountsTowardLimit || reservation.state !== 'ready'));
      if (rules.maxTotal !== null) expect(counted.length, persona.situation).toBeLessThanOrEqual(rules.maxTotal);
      for (const [type, limit] of Object.entries(rules.maxPerType)) {
        const ofType = counted.filter((reservation) => db.tables.titles.get(reservation.titleId)?.materialType === type);
        expect(ofType.length, `${persona.situation} ${type}`).toBeLessThanOrEqual(limit);
      }
      expect(db.tables.cartItems.where('patronId', patron.id).length, persona.situation).toBeLessThanOrEqual(profile.cart.maxItems);
      // 貸出点数: each loan, taken in turn, is one the counter would have lent.
      const borrowing = db.tables.loans
        .where('patronId', patron.id)
        .filter((loan) => loan.returnedAt === null)
        .map((loan) => db.tables.titles.get(loan.titleId)!.materialType);
      borrowing.forEach((type, n) =>
        expect(loanLimitPassed(profile, borrowing.slice(0, n), type), `${persona.situation} loan ${n + 1}`).toBeNull(),
      );
    }
  });

  it('keeps every copy in one place: on loan exactly when a current loan holds it', async () => {
    const db = await library(id);
    const lent = new Set(db.tables.loans.filter((loan) => loan.returnedAt === null).map((loan) => loan.copyId));
    for (const copy of db.tables.copies.all()) expect(copy.status === 'on-loan', copy.id).toBe(lent.has(copy.id));
  });
});

describe('the seed', () => {
  it('is the same library every time', async () => {
    const strip = (data: Awaited<ReturnType<typeof seedLibrary>>) => ({
      ...data,
      patrons: data.patrons.map(({ passwordHash: _hash, ...rest }) => rest),
    });
    const first = await seedLibrary({ profile: profiles.p002, titleCount: 500, hashIterations: 1000 });
    const second = await seedLibrary({ profile: profiles.p002, titleCount: 500, hashIterations: 1000 });
    expect(strip(second)).toEqual(strip(first));
  });

  it('builds the full 20,000-title catalogue by default', async () => {
    const data = await seedLibrary({ profile: profiles.p003, hashIterations: 1000 });
    expect(data.titles.length).toBeGreaterThanOrEqual(20_000);
    expect(new Set(data.titles.map((title) => title.materialType))).toEqual(
      new Set(['book', 'magazine', 'cd', 'dvd', 'kamishibai', 'etext']),
    );
  });
});
