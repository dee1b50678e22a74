import type { LibraryProfile } from '../profiles/profile';
import { closedDayLookup, closedDaysBetween, dueDateFor, type ClosedDayLookup } from '../domain/calendar';
import { hashPassword } from '../domain/password-hash';
import { pickupDeadline } from '../domain/pickup-deadline';
import { newReservation } from '../domain/reservations/placement';
import { passwordForHashing } from '../domain/password-policy';
import { addDays, DAY, fromIso, HOUR, MINUTE, tokyoDate, toIso } from '../domain/time';
import { Database, type TableData } from '../db/database';
import { SCHEMA_VERSION, type CopyRow, type PatronRow, type ReservationRow, type ReservationState, type TitleRow } from '../db/schema';
import { nextId } from '../db/sequences';
import { generateCatalogue } from './catalogue';
import { generatePerson } from './people';
import { personaHashes } from './persona-hashes';
import { cardNumberAt, personasOf, type Persona } from './personas';
import { createRandom, type Random } from './random';

/** The simulated moment every library is seeded at: a Tuesday morning, the day after a holiday. */
export const SEED_EPOCH = '2026-11-24T10:00:00+09:00';
const DEFAULT_TITLE_COUNT = 20_000;
const BACKGROUND_PATRONS = 300;
const POPULAR_TITLES = 300;
const RETURNED_LOANS = 2500;
/** Popular titles whose every copy is out, with a queue of other patrons. */
const QUEUED_TITLES = 40;
const CATALOGUE_SEED = 20_261_124;

export interface SeedOptions {
  profile: LibraryProfile;
  titleCount?: number;
  /** Lower PBKDF2 cost for tests, hashing the demo passwords afresh; otherwise the precomputed full-cost hashes. */
  hashIterations?: number;
}

export interface SeedMeta {
  profileId: string;
  schemaVersion: number;
  seededAt: string;
  titleCount: number;
}

/** Builds one library's whole database, the same every time for the same options. */
export async function seedLibrary(options: SeedOptions): Promise<TableData> {
  const builder = new SeedBuilder(options);
  const hashes = await builder.hashPersonaPasswords();
  const db = new Database();
  await db.transact(() => builder.build(db, hashes));
  return db.dump();
}

class SeedBuilder {
  private readonly profile: LibraryProfile;
  private readonly now: number;
  private readonly today: string;
  private readonly random: Random;
  private readonly personas: Persona[];
  private readonly titleCount: number;
  private db!: Database;
  private isClosed!: ClosedDayLookup;
  private used = new Set<string>();
  private background: PatronRow[] = [];

  constructor(private readonly options: SeedOptions) {
    this.profile = options.profile;
    this.now = fromIso(SEED_EPOCH);
    this.today = tokyoDate(this.now);
    this.random = createRandom(CATALOGUE_SEED + Number(this.profile.id.slice(1)));
    this.personas = personasOf(this.profile);
    this.titleCount = options.titleCount ?? DEFAULT_TITLE_COUNT;
  }

  async hashPersonaPasswords(): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const persona of this.personas) {
      if (persona.password === null) continue;
      const precomputed = this.options.hashIterations === undefined ? personaHashes[this.profile.id][persona.cardNumber] : undefined;
      hashes.set(
        persona.cardNumber,
        precomputed ?? (await hashPassword(passwordForHashing(persona.password, this.profile.password), this.options.hashIterations)),
      );
    }
    return hashes;
  }

  build(db: Database, hashes: Map<string, string>): void {
    this.db = db;
    const { tables } = db;
    const meta: SeedMeta = { profileId: this.profile.id, schemaVersion: SCHEMA_VERSION, seededAt: SEED_EPOCH, titleCount: this.titleCount };
    tables.meta.insert({ key: 'seed', value: meta });
    this.profile.branches.forEach((branch, sortOrder) =>
      tables.branches.insert({
        id: branch.id,
        name: branch.name.ja,
        nameEn: branch.name.en,
        kind: branch.kind,
        handlesAv: branch.handlesAv,
        sortOrder,
      }),
    );
    const closedDays = closedDaysBetween(this.profile, addDays(this.today, -400), addDays(this.today, 800));
    closedDays.forEach((row) => tables.closedDays.insert(row));
    this.isClosed = closedDayLookup(closedDays);

    const catalogue = generateCatalogue({
      titleCount: this.titleCount,
      branches: tables.branches.all(),
      seed: CATALOGUE_SEED,
      now: SEED_EPOCH,
    });
    catalogue.titles.forEach((title) => tables.titles.insert(title));
    catalogue.copies.forEach((copy) => tables.copies.insert(copy));

    this.personas.forEach((persona, n) => tables.patrons.insert(this.personaPatron(persona, n, hashes.get(persona.cardNumber) ?? null)));
    for (let n = 0; n < BACKGROUND_PATRONS; n++) this.background.push(tables.patrons.insert(this.backgroundPatron(n)));
    this.lendToBackground();
    for (const persona of this.personas) this.stage(persona);
    if (this.profile.features.shelves) this.stageShelves();
  }

  /**
   * Where the library offers My本棚 and 読書マラソン (p004), the reader keeps two shelves — one with a
   * title the catalogue no longer holds, one with a returned loan and a note — and a goal for the
   * year half reached: 3 of 6, the loans 貸出履歴 recorded. Titles are taken in catalogue order, so
   * that the other personas' staging stays as it was.
   */
  private stageShelves(): void {
    const reader = this.personas.find((persona) => persona.situation === 'reader');
    const patron = this.db.tables.patrons.find((row) => row.cardNumber === reader?.cardNumber);
    if (!patron) return;
    const books = this.db.tables.titles.all().filter((title) => title.materialType === 'book' && !this.used.has(title.id));
    const returned = this.db.tables.loans.where('patronId', patron.id).filter((loan) => loan.returnedAt !== null);
    const put = (
      shelfId: string,
      title: Pick<TitleRow, 'id' | 'title' | 'volumeLabel' | 'author' | 'materialType'>,
      daysAgo: number,
      note = '',
    ) =>
      this.db.tables.shelfItems.insert({
        id: `${patron.id}:${shelfId}:${title.id}`,
        patronId: patron.id,
        shelfId,
        titleId: title.id,
        title: title.title,
        volumeLabel: title.volumeLabel,
        author: title.author,
        materialType: title.materialType,
        note,
        addedAt: toIso(this.now - daysAgo * DAY),
      });
    [books[0]!, books[1]!, books[2]!].forEach((title, n) => put('want-to-read', title, 20 - n * 5));
    put(
      'want-to-read',
      { id: 'T-WITHDRAWN', title: '消えた図書館の謎', volumeLabel: null, author: '山本 静', materialType: 'book' },
      30,
      'もう所蔵されていない本',
    );
    put('favourites', this.db.tables.titles.get(returned[returned.length - 1]!.titleId)!, 10, 'もう一度読みたい');
    put('favourites', books[3]!, 8);
    this.db.tables.readingGoals.insert({
      id: `${patron.id}-seed-goal`,
      patronId: patron.id,
      target: 6,
      periodKind: 'year',
      from: `${this.today.slice(0, 4)}-01-01`,
      to: `${this.today.slice(0, 4)}-12-31`,
      createdAt: toIso(this.now - 50 * DAY),
    });
  }

  private personaPatron(persona: Persona, n: number, passwordHash: string | null): PatronRow {
    const issuedAt =
      persona.situation === 'newcomer-just-issued'
        ? this.now
        : persona.situation === 'newcomer'
          ? this.now - 2 * HOUR
          : this.now - 400 * DAY;
    const hasEmail = this.profile.contact.emailAddresses > 0 && (persona.situation === 'holder' || persona.situation === 'reader');
    return {
      id: `P${String(n + 1).padStart(5, '0')}`,
      cardNumber: persona.cardNumber,
      name: persona.name,
      nameKana: persona.nameKana,
      birthDate: persona.birthDate,
      phone: `03-5555-${String(1000 + n)}`,
      mobile: this.profile.contact.methods.includes('mobile') ? `090-0000-${String(1000 + n)}` : null,
      email1: hasEmail ? `${persona.situation}@example.jp` : null,
      email2: null,
      contactMethod: hasEmail ? 'email1' : 'phone',
      passwordHash,
      passwordTemporary: persona.temporary,
      passwordIssuedAt: passwordHash ? toIso(issuedAt) : null,
      failedLogins: 0,
      lockedUntil: null,
      registeredAt: toIso(issuedAt - (persona.temporary ? 0 : 30 * DAY)),
      homeBranchId: this.profile.branches[0]!.id,
      loanHistorySince: null,
    };
  }

  private backgroundPatron(n: number): PatronRow {
    const person = generatePerson(this.random);
    return {
      id: `P${String(n + 1001).padStart(5, '0')}`,
      cardNumber: cardNumberAt(this.profile.id, 1000 + n),
      ...person,
      phone: `0${this.random.int(3, 9)}-${this.random.int(1000, 9999)}-${this.random.int(1000, 9999)}`,
      mobile: null,
      email1: null,
      email2: null,
      contactMethod: 'phone',
      passwordHash: null,
      passwordTemporary: false,
      passwordIssuedAt: null,
      failedLogins: 0,
      lockedUntil: null,
      registeredAt: toIso(this.now - this.random.int(30, 3000) * DAY),
      homeBranchId: this.random.pick(this.profile.branches).id,
      loanHistorySince: null,
    };
  }

  /**
   * The other patrons: most of their borrowing goes to a few hundred popular titles, some of which
   * have queues; about a thousand items are out now (some late), and three months of returned
   * loans give 貸出ベスト something to count.
   */
  private lendToBackground(): void {
    const lendable = this.db.tables.titles.filter((title) => this.isLendable(title));
    const popular = Array.from({ length: POPULAR_TITLES }, () => this.random.pick(lendable));
    const favourite = () => popular[Math.floor(popular.length * this.random.next() ** 2.5)]!;
    for (let n = 0; n < RETURNED_LOANS; n++) {
      const copy = this.random.pick(this.copiesOf(favourite()));
      const loanedAt = this.now - this.random.int(15, 89) * DAY - this.random.int(0, 8) * HOUR;
      this.lend(copy, this.random.pick(this.background), loanedAt, loanedAt + this.random.int(3, 14) * DAY);
    }
    for (let n = 0; n < 1000; n++) {
      const copy = this.shelfCopyOf(n % 2 === 0 ? favourite() : this.random.pick(lendable));
      if (copy) this.lend(copy, this.random.pick(this.background), this.now - this.random.int(1, 24) * DAY);
    }
    for (const title of new Set(popular.slice(0, QUEUED_TITLES))) {
      this.used.add(title.id);
      this.allOnLoan(title);
      const waiting = this.random.int(1, 12);
      for (let place = 0; place < waiting; place++) {
        this.reserve(
          this.random.pick(this.background),
          title,
          place === 0 ? 'awaiting-return' : 'waiting',
          this.now - (waiting - place) * DAY,
        );
      }
    }
  }

  private stage(persona: Persona): void {
    const patron = this.db.tables.patrons.find((row) => row.cardNumber === persona.cardNumber)!;
    switch (persona.situation) {
      case 'reader':
        return this.stageReader(patron);
      case 'holder':
        return this.stageHolder(patron);
      case 'near-limit':
        return this.stageNearLimit(patron);
      default:
        return;
    }
  }

  /** Five loans: current, overdue, wanted by another patron, renewed once, and a CD. */
  private stageReader(patron: PatronRow): void {
    this.lend(
      this.freshCopy((t) => t.materialType === 'book'),
      patron,
      this.now - 5 * DAY,
    );
    this.lend(
      this.freshCopy((t) => t.materialType === 'book'),
      patron,
      this.now - 19 * DAY,
    );
    const wanted = this.freshTitle((t) => t.materialType === 'book' && this.copiesOf(t).length === 1);
    this.lend(this.shelfCopyOf(wanted)!, patron, this.now - 9 * DAY);
    this.reserve(this.random.pick(this.background), wanted, 'awaiting-return', this.now - 3 * DAY);
    const renewed = this.lend(
      this.freshCopy((t) => t.materialType === 'book'),
      patron,
      this.now - 20 * DAY,
    );
    this.db.tables.loans.update(renewed, { renewals: 1, dueDate: dueDateFor(addDays(this.today, -6), this.profile, this.isClosed) });
    this.lend(
      this.freshCopy((t) => t.materialType === 'cd' && this.isLendable(t)),
      patron,
      this.now - 3 * DAY,
    );
    if (this.profile.features.loanHistory) this.stageHistory(patron);
  }

  /**
   * Where the library keeps a loan history (p004), the reader opted in 60 days ago: the three loans
   * returned since then are listed, the two returned before it never are.
   */
  private stageHistory(patron: PatronRow): void {
    this.db.tables.patrons.update(patron.id, { loanHistorySince: toIso(this.now - 60 * DAY) });
    for (const [lent, back] of [
      [110, 95],
      [90, 75],
      [55, 41],
      [40, 27],
      [24, 12],
    ] as const) {
      this.lend(
        this.freshCopy((t) => t.materialType === 'book'),
        patron,
        this.now - lent * DAY,
        this.now - back * DAY,
      );
    }
  }

  /**
   * One reservation in each state this library can show, plus a counter-made one and a series,
   * within the library's own limit (p004: 10, the ready one included). Three rows only show again
   * what another row shows — a 返却待ち of its own where the series' first volume waits for a
   * return, a counter-made 順番待ち (調査中 and 選書中 are counter-made too), the series' third
   * volume — and are seeded only while the limit leaves room, in that order.
   */
  private stageHolder(patron: PatronRow): void {
    const series = this.profile.reservations.ordered !== 'none';
    // The open rows every holder has: the eight below (利用可能 … 取消申込), then the series' first two volumes or a 返却待ち.
    let spare = (this.profile.reservations.maxTotal ?? Infinity) - (8 + (series ? 2 : 1));
    const room = () => spare-- > 0;
    const pickup = this.profile.branches[0]!;
    const elsewhere = this.profile.branches[1] ?? pickup;
    const book = (t: TitleRow) => t.materialType === 'book' && this.isLendable(t);

    const ready = this.freshTitle(book);
    const readyCopy = this.shelfCopyOf(ready)!;
    const securedAt = this.now - 2 * DAY;
    this.db.tables.copies.update(readyCopy.id, { status: 'held', branchId: pickup.id });
    this.reserve(patron, ready, 'ready', this.now - 6 * DAY, {
      copyId: readyCopy.id,
      securedAt: toIso(securedAt),
      notifiedAt: toIso(securedAt + HOUR),
      pickupDeadline: pickupDeadline(
        { securedDate: tokyoDate(securedAt), noticeDate: tokyoDate(securedAt + HOUR) },
        this.profile,
        this.isClosed,
        pickup.id,
      ),
    });

    const travelling = this.freshTitle((t) => book(t) && this.copiesOf(t).some((copy) => copy.branchId !== pickup.id));
    const travellingCopy = this.copiesOf(travelling).find((copy) => copy.branchId !== pickup.id)!;
    this.db.tables.copies.update(travellingCopy.id, { status: 'in-transit' });
    this.reserve(patron, travelling, 'in-transit', this.now - 4 * DAY, { copyId: travellingCopy.id, securedAt: toIso(this.now - DAY) });

    // Approved half an hour ago: staff take the copy off the shelf within the next two hours.
    this.reserve(patron, this.freshTitle(book), 'awaiting-pick', this.now - 3 * HOUR, { updatedAt: toIso(this.now - 30 * MINUTE) });
    this.reserve(patron, this.freshTitle(book), 'requested', this.now - 2 * MINUTE);

    if (!series || room()) {
      const firstInLine = this.allOnLoan(this.freshTitle(book));
      this.reserve(patron, firstInLine, 'awaiting-return', this.now - 10 * DAY);
    }

    const popular = this.allOnLoan(this.freshTitle(book));
    this.reserve(this.random.pick(this.background), popular, 'awaiting-return', this.now - 20 * DAY);
    this.reserve(this.random.pick(this.background), popular, 'waiting', this.now - 15 * DAY);
    this.reserve(patron, popular, 'waiting', this.now - 8 * DAY, { pickupBranchId: elsewhere.id });

    if (room()) {
      const counterMade = this.allOnLoan(this.freshTitle(book));
      this.reserve(this.random.pick(this.background), counterMade, 'awaiting-return', this.now - 12 * DAY);
      this.reserve(patron, counterMade, 'waiting', this.now - 7 * DAY, { origin: 'counter' });
    }

    this.reserve(patron, this.notOwnedTitle('調べものの技術', 'シラベモノノギジュツ'), 'investigating', this.now - 5 * DAY, {
      origin: 'counter',
    });
    this.reserve(patron, this.notOwnedTitle('新しい町の地図', 'アタラシイマチノチズ'), 'on-order', this.now - 9 * DAY, {
      origin: 'counter',
    });

    this.reserve(patron, this.freshTitle(book), 'cancel-requested', this.now - 4 * DAY, { cancelledAt: toIso(this.now - 2 * MINUTE) });
    this.reserve(patron, this.freshTitle(book), 'cancelled', this.now - 6 * DAY, {
      cancelledAt: toIso(this.now - 2 * DAY),
      cancelReason: 'patron',
    });
    this.reserve(patron, this.freshTitle(book), 'cancelled', this.now - 16 * DAY, {
      cancelledAt: toIso(this.now - DAY),
      cancelReason: 'expired',
    });

    if (series) this.stageSeries(patron, room() ? 3 : 2);
  }

  /** An ordered reservation of the first volumes of a three-volume series: volume 1 waits for a return, the next wait for it. */
  private stageSeries(patron: PatronRow, volumeCount: number): void {
    const first = this.freshTitle(
      (t) => t.volumeNumber === 1 && t.materialType === 'book' && this.isLendable(t) && this.seriesOf(t).length === 3,
    );
    const volumes = this.seriesOf(first).slice(0, volumeCount);
    const groupId = `G-${patron.id}-1`;
    volumes.forEach((volume, index) => {
      this.used.add(volume.id);
      if (index === 0) this.allOnLoan(volume);
      this.reserve(patron, volume, index === 0 ? 'awaiting-return' : 'preparing', this.now - 3 * DAY + index * MINUTE, {
        orderGroupId: groupId,
        orderPosition: index + 1,
      });
    });
  }

  /** Reservations up to one short of the limit, all waiting for returns. */
  private stageNearLimit(patron: PatronRow): void {
    const limit = this.profile.reservations.maxTotal ?? 10;
    for (let n = 0; n < limit - 1; n++) {
      const title = this.allOnLoan(this.freshTitle((t) => t.materialType === 'book' && this.isLendable(t)));
      this.reserve(patron, title, 'awaiting-return', this.now - (n + 1) * DAY);
    }
  }

  private isLendable(title: TitleRow): boolean {
    return title.materialType !== 'etext' && !title.referenceOnly && !title.latestIssue && this.copiesOf(title).length > 0;
  }

  private copiesOf(title: TitleRow): CopyRow[] {
    return this.db.tables.copies.where('titleId', title.id);
  }

  private seriesOf(title: TitleRow): TitleRow[] {
    return title.seriesId
      ? this.db.tables.titles.where('seriesId', title.seriesId).sort((a, b) => (a.volumeNumber ?? 0) - (b.volumeNumber ?? 0))
      : [title];
  }

  private shelfCopyOf(title: TitleRow): CopyRow | undefined {
    return this.copiesOf(title).find((copy) => copy.status === 'on-shelf');
  }

  /** A title no persona has been given yet whose copies are all on the shelf. */
  private freshTitle(predicate: (title: TitleRow) => boolean): TitleRow {
    const titles = this.db.tables.titles;
    const start = this.random.int(0, titles.size - 1);
    const all = titles.all();
    for (let offset = 0; offset < all.length; offset++) {
      const title = all[(start + offset) % all.length]!;
      if (this.used.has(title.id) || !predicate(title)) continue;
      if (this.copiesOf(title).some((copy) => copy.status !== 'on-shelf')) continue;
      this.used.add(title.id);
      return title;
    }
    throw new Error(`The seed catalogue has no title left for ${this.profile.id}`);
  }

  private freshCopy(predicate: (title: TitleRow) => boolean): CopyRow {
    return this.shelfCopyOf(this.freshTitle(predicate))!;
  }

  /** Lend every copy of a title to other patrons, so that a reservation must wait for a return. */
  private allOnLoan(title: TitleRow): TitleRow {
    for (const copy of this.copiesOf(title)) {
      if (copy.status === 'on-shelf') this.lend(copy, this.random.pick(this.background), this.now - this.random.int(1, 12) * DAY);
    }
    return title;
  }

  /** Lends a copy; a loan given `returnedAt` is history and leaves the copy on the shelf. */
  private lend(copy: CopyRow, patron: PatronRow, loanedAt: number, returnedAt: number | null = null): string {
    const id = nextId(this.db.tables, 'loans');
    if (returnedAt === null) this.db.tables.copies.update(copy.id, { status: 'on-loan' });
    this.db.tables.loans.insert({
      id,
      copyId: copy.id,
      titleId: copy.titleId,
      patronId: patron.id,
      branchId: copy.branchId,
      loanedAt: toIso(loanedAt),
      dueDate: dueDateFor(tokyoDate(loanedAt), this.profile, this.isClosed),
      renewals: 0,
      returnedAt: returnedAt === null ? null : toIso(returnedAt),
      reminderSentAt: null,
      overdueNoticeSentAt: null,
    });
    return id;
  }

  private reserve(
    patron: PatronRow,
    title: TitleRow,
    state: ReservationState,
    reservedAt: number,
    extra: Partial<ReservationRow> = {},
  ): void {
    this.db.tables.reservations.insert(
      newReservation(
        {
          id: nextId(this.db.tables, 'reservations'),
          patronId: patron.id,
          titleId: title.id,
          pickupBranchId: this.profile.branches[0]!.id,
          contactMethod: patron.contactMethod,
          origin: 'online',
          at: toIso(reservedAt),
        },
        { state, ...extra },
      ),
    );
  }

  /** A title the library does not own: requested at the counter, being looked into or ordered. */
  private notOwnedTitle(title: string, titleReading: string): TitleRow {
    const id = `N${String(this.db.tables.titles.size + 1).padStart(6, '0')}`;
    return this.db.tables.titles.insert({
      id,
      title,
      titleReading,
      volumeLabel: null,
      seriesId: null,
      seriesTitle: null,
      volumeNumber: null,
      author: '木下 遥',
      authorReading: 'キノシタ ハルカ',
      publisher: '港書房',
      year: 2026,
      isbn: null,
      ndc: '002',
      materialType: 'book',
      referenceOnly: false,
      latestIssue: false,
      etextUrl: null,
      acquiredAt: toIso(this.now),
    });
  }
}
