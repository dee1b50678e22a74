import type { LocalizedText } from '../../../src/api/contract/common';
import type { PatronRow, TitleRow } from '../../db/schema';
import { startClock } from '../../domain/clock';
import { isOpenReservation } from '../../domain/reservation-states';
import { newReservation } from '../../domain/reservations/placement';
import { DAY, HOUR, startOfTokyoDay, toIso, tokyoDate } from '../../domain/time';
import type { LibraryProfile } from '../../profiles/profile';
import type { Library } from '../../runtime/library-host';
import { personasOf, type Situation } from '../../seed/personas';
import { titleStanding } from '../catalogue/title-standing';
import { lendAtCounter } from '../counter/counter-actions';
import { counterDesk } from '../counter/counter-desk';
import { createReadingGoal } from '../reading/reading-goals';
import { placeReservations } from '../reservations/place';
import { advanceSimulatedClock, moveClock } from '../simulation/clock';

// Scenarios: a library's whole state under a name, to start a demo from the same point every
// time. Designers save their own; the built-in ones are recipes played on a fresh seed with the
// library's own rules (placing, the back office, the counter), so they hold in every profile that
// offers what they show.

interface BuiltInScenario {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Whether the profile can show it. */
  available: (profile: LibraryProfile) => boolean;
  /** Plays the scenario on a fresh library, inside a transaction; answers the card of the patron to sign in. */
  build: (library: Library) => Promise<string>;
}

// ---------------------------------------------------------------- what the recipes share

function personaPatron(library: Library, situation: Situation): PatronRow {
  const persona = personasOf(library.profile).find((candidate) => candidate.situation === situation)!;
  return library.db.tables.patrons.where('cardNumber', persona.cardNumber)[0]!;
}

/** The patron is told by e-mail where the library sends e-mail, so that the mailbox shows the notices. */
function byEmail(library: Library, patron: PatronRow, situation: Situation): PatronRow {
  if (library.profile.contact.emailAddresses === 0 || patron.email1) return patron;
  return library.db.tables.patrons.update(patron.id, { email1: `${situation}@example.jp`, contactMethod: 'email1' });
}

/** Let time pass half an hour at a time until `done`, as the back office would play it. */
function passTimeUntil(library: Library, done: () => boolean, what: string): void {
  for (let step = 0; step < 24 * 2 * 21; step++) {
    if (done()) return;
    advanceSimulatedClock(library, 30);
  }
  throw new Error(`Scenario: ${what} did not happen within three weeks`);
}

/** Places the first of `candidates` the library accepts (or all of them, for an ordered reservation); answers the reservation ids. */
function reserve(library: Library, patron: PatronRow, titleIds: string[], mode: 'normal' | 'ordered', key: string): string[] {
  const result = placeReservations(
    library,
    patron,
    { requestId: `scenario-${key}`, titleIds, pickupBranchId: patron.homeBranchId, contactMethod: patron.contactMethod, mode },
    library.now(),
    'online',
  );
  return result.placed.map((placed) => placed.reservationId);
}

/** The loans and the reservations of the big-account scenario: a list long enough to feel in マイページ. */
const BIG_ACCOUNT_ROWS = 200;

const isLendableBook = (title: TitleRow) => title.materialType === 'book' && !title.referenceOnly;

function stateOf(library: Library, reservationId: string) {
  return library.db.tables.reservations.get(reservationId)?.state;
}

// ---------------------------------------------------------------- the built-in scenarios

export const builtInScenarios: BuiltInScenario[] = [
  {
    id: 'in-transit',
    name: { ja: '予約資料が配送中', en: 'A reservation on its way' },
    description: {
      ja: '高橋さんの予約が他館から配送中。時間を進めると受取可能になり、メールで通知される',
      en: 'A reservation of the quiet patron travels from another branch; move time on and it becomes ready, with an e-mail notice',
    },
    available: () => true,
    async build(library) {
      const patron = byEmail(library, personaPatron(library, 'quiet'), 'quiet');
      const { titles, copies, reservations } = library.db.tables;
      // A title nobody waits for, on a shelf only at branches other than the patron's.
      const candidates = titles.filter((title) => {
        if (!isLendableBook(title) || reservations.where('titleId', title.id).some(isOpenReservation)) return false;
        const held = copies.where('titleId', title.id);
        return held.some((copy) => copy.status === 'on-shelf') && held.every((copy) => copy.branchId !== patron.homeBranchId);
      });
      for (const [n, title] of candidates.slice(0, 20).entries()) {
        const [id] = reserve(library, patron, [title.id], 'normal', `in-transit-${n}`);
        if (!id) continue;
        passTimeUntil(library, () => stateOf(library, id) === 'in-transit', 'the copy leaving its branch');
        return patron.cardNumber;
      }
      throw new Error('Scenario in-transit: no title could be reserved');
    },
  },
  {
    id: 'series-half-delivered',
    name: { ja: 'シリーズ予約が半分届いた', en: 'A series reservation half delivered' },
    description: {
      ja: '4巻のシリーズを順番に予約。1巻は貸出中、2巻は受取可能、3巻は手配中、4巻は準備中',
      en: 'Four volumes reserved in order: volume 1 on loan, volume 2 ready, volume 3 on its way, volume 4 waiting its turn',
    },
    available: (profile) => profile.reservations.ordered !== 'none',
    async build(library) {
      const patron = byEmail(library, personaPatron(library, 'quiet'), 'quiet');
      const { titles, copies } = library.db.tables;
      const onShelf = (title: TitleRow) => copies.where('titleId', title.id).some((copy) => copy.status === 'on-shelf');
      const first = titles.find(
        (title) =>
          title.volumeNumber === 1 &&
          isLendableBook(title) &&
          titles.where('seriesId', title.seriesId!).filter((volume) => volume.volumeNumber! <= 4 && onShelf(volume)).length === 4,
      );
      if (!first) throw new Error('Scenario series-half-delivered: the seed has no series of four volumes on the shelf');
      const volumes = titles
        .where('seriesId', first.seriesId!)
        .filter((title) => title.volumeNumber! <= 4)
        .sort((a, b) => a.volumeNumber! - b.volumeNumber!);
      const ids = reserve(
        library,
        patron,
        volumes.map((volume) => volume.id),
        'ordered',
        'series',
      );
      if (ids.length !== 4) throw new Error('Scenario series-half-delivered: the library refused a volume');
      passTimeUntil(library, () => stateOf(library, ids[0]!) === 'ready', 'volume 1 becoming ready');
      lendAtCounter(library, patron.cardNumber, volumes[0]!.id, library.now());
      passTimeUntil(library, () => stateOf(library, ids[1]!) === 'ready', 'volume 2 becoming ready');
      return patron.cardNumber;
    },
  },
  {
    id: 'everything-overdue',
    name: { ja: 'すべて延滞', en: 'Everything overdue' },
    description: {
      ja: '山田さんの貸出がすべて返却期限を過ぎている（延長できるか、督促はどうなるか）',
      en: 'Every loan of the reader is past its due date (can they renew? what do they see?)',
    },
    available: () => true,
    async build(library) {
      const patron = personaPatron(library, 'reader');
      const open = library.db.tables.loans.where('patronId', patron.id).filter((loan) => loan.returnedAt === null);
      const lastDue = open.reduce((latest, loan) => (loan.dueDate > latest ? loan.dueDate : latest), '0000-01-01');
      const target = startOfTokyoDay(lastDue) + DAY + 10 * HOUR;
      if (target > library.now()) moveClock(library, startClock(target, library.wallNow(), library.clockState().frozenAt === null));
      return patron.cardNumber;
    },
  },
  {
    id: 'cart-at-the-limit',
    name: { ja: 'カートが上限', en: 'Cart at the limit' },
    description: {
      ja: '鈴木さんの予約かごが満杯で、予約もあと1点で上限（まとめて予約すると断られる資料がある）',
      en: 'The near-limit patron has a full cart and one reservation left (placing them all refuses some)',
    },
    available: () => true,
    async build(library) {
      const patron = personaPatron(library, 'near-limit');
      const { titles, cartItems, reservations, loans } = library.db.tables;
      const taken = new Set([
        ...reservations.where('patronId', patron.id).map((reservation) => reservation.titleId),
        ...loans.where('patronId', patron.id).map((loan) => loan.titleId),
        ...cartItems.where('patronId', patron.id).map((item) => item.titleId),
      ]);
      const room = library.profile.cart.maxItems - cartItems.where('patronId', patron.id).length;
      const picks = titles
        .filter((title) => isLendableBook(title) && !taken.has(title.id) && titleStanding(library, title).notReservableReason === null)
        .slice(0, room);
      const at = toIso(library.now());
      picks.forEach((title, n) =>
        cartItems.insert({ id: `${patron.id}:${title.id}`, patronId: patron.id, titleId: title.id, addedAt: at, position: n + 1 }),
      );
      return patron.cardNumber;
    },
  },
  {
    id: 'big-account',
    name: { ja: '貸出200点・予約200件', en: '200 loans and 200 reservations' },
    description: {
      ja: '高橋さんが団体利用として200点を借り、200件を予約している（長い一覧でもマイページが軽快か）',
      en: 'The quiet patron borrows 200 items and holds 200 reservations as a group account (do long lists stay smooth?)',
    },
    available: () => true,
    async build(library) {
      const patron = personaPatron(library, 'quiet');
      const { titles, copies, reservations } = library.db.tables;
      const now = library.now();
      const at = toIso(now);
      // A group account (団体利用) is served at the counter beyond a patron's limits: staff lend and
      // key in reservations there, and the back office approves them at once with its own rules.
      const desk = counterDesk(library, now, () => {});
      const onShelf = (title: TitleRow) => copies.where('titleId', title.id).some((copy) => copy.status === 'on-shelf');
      const lendable = titles.filter(isLendableBook);
      const lent = lendable.filter(onShelf).slice(0, BIG_ACCOUNT_ROWS);
      for (const title of lent) desk.lend(patron, title.id, 'group');
      const borrowed = new Set(lent.map((title) => title.id));
      const wanted = lendable
        .filter((title) => !borrowed.has(title.id) && titleStanding(library, title).notReservableReason === null)
        .slice(0, BIG_ACCOUNT_ROWS);
      if (lent.length < BIG_ACCOUNT_ROWS || wanted.length < BIG_ACCOUNT_ROWS)
        throw new Error('Scenario big-account: the seed has too few titles');
      const first = reservations.size + 1;
      wanted.forEach((title, n) => {
        const id = `R${String(first + n).padStart(6, '0')}-group`;
        reservations.insert(
          newReservation({
            id,
            patronId: patron.id,
            titleId: title.id,
            pickupBranchId: patron.homeBranchId,
            contactMethod: patron.contactMethod,
            origin: 'counter',
            at,
          }),
        );
        desk.approve(id);
      });
      return patron.cardNumber;
    },
  },
  {
    id: 'reading-goal-one-short',
    name: { ja: '読書マラソンまであと1冊', en: 'A reading goal one book short' },
    description: {
      ja: '山田さんの読書マラソン「秋の読書」があと1冊で達成。窓口で貸出中の1冊を返却すると、貸出履歴に記録されて目標を達成する',
      en: 'The reader’s autumn reading goal is one book short: return one of her loans at the counter and 貸出履歴 records it, reaching the goal',
    },
    // The count comes from 貸出履歴, which records a loan once it is back.
    available: (profile) => profile.features.readingMarathon && profile.features.loanHistory,
    async build(library) {
      const patron = personaPatron(library, 'reader');
      const now = library.now();
      const autumn = { kind: 'custom', from: `${tokyoDate(now).slice(0, 4)}-09-01`, to: `${tokyoDate(now).slice(0, 4)}-11-30` } as const;
      // Set as the patron would, then its target put one past what is counted so far.
      const { goal, progress } = createReadingGoal(library, patron, { requestId: 'scenario-autumn', target: 1, period: autumn }, now);
      library.db.tables.readingGoals.update(goal.id, { target: progress.count + 1 });
      return patron.cardNumber;
    },
  },
];
