import type { LoginResponse } from '../../src/api/contract/auth';
import type { LocalizedText } from '../../src/api/contract/common';
import type { RestoredScenario, ScenarioFile, ScenarioSummary } from '../../src/api/contract/simulation';
import { SCHEMA_VERSION, type PatronRow, type TitleRow } from '../db/schema';
import { personasOf, type Situation } from '../seed/personas';
import { advanceClock, startClock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import { isOpenReservation } from '../domain/reservation-states';
import { DAY, HOUR, fromIso, startOfTokyoDay, toIso } from '../domain/time';
import type { LibraryProfile } from '../profiles/profile';
import { runBackOffice } from '../runtime/back-office';
import { counterDesk } from '../runtime/counter';
import type { Library, LibraryHost } from '../runtime/library-host';
import { applyDifferences, checkChanges, differencesFrom } from '../runtime/scenario-store';
import { openSession } from './auth';
import { defineHostHandler } from './define-handler';
import { presentTitle } from './present-title';
import { placeReservations } from './reservations';
import { moveClock } from './sim-events';
import { statusOf } from './simulation';

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
    moveClock(library, advanceClock(library.clockState(), library.wallNow(), 30));
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
      const ids = reserve(library, patron, volumes.map((volume) => volume.id), 'ordered', 'series');
      if (ids.length !== 4) throw new Error('Scenario series-half-delivered: the library refused a volume');
      passTimeUntil(library, () => stateOf(library, ids[0]!) === 'ready', 'volume 1 becoming ready');
      counterDesk(library, library.now(), () => undefined).lend(patron, volumes[0]!.id);
      passTimeUntil(library, () => stateOf(library, ids[1]!) === 'ready', 'volume 2 becoming ready');
      return patron.cardNumber;
    },
  },
  {
    id: 'everything-overdue',
    name: { ja: 'すべて延滞', en: 'Everything overdue' },
    description: {
      ja: '山田さんの貸出がすべて返却期限を過ぎている（延長できるか、督促はどうなるか）',
      en: "Every loan of the reader is past its due date (can they renew? what do they see?)",
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
      const picks = titles.filter((title) => isLendableBook(title) && !taken.has(title.id) && presentTitle(library, title).notReservableReason === null).slice(0, room);
      const at = toIso(library.now());
      picks.forEach((title, n) => cartItems.insert({ id: `${patron.id}:${title.id}`, patronId: patron.id, titleId: title.id, addedAt: at, position: n + 1 }));
      return patron.cardNumber;
    },
  },
];

// ---------------------------------------------------------------- saving and restoring

function summaryOfSaved(id: string, file: ScenarioFile): ScenarioSummary {
  return {
    id,
    builtIn: false,
    name: { ja: file.name, en: file.name },
    description: { ja: `${file.profileId} で保存`, en: `Saved in ${file.profileId}` },
    profileId: file.profileId,
    available: file.schemaVersion === SCHEMA_VERSION,
    savedAt: file.savedAt,
    now: file.now,
  };
}

/** A session for the scenario's patron, if it names one the library has. */
function signInAfterRestore(host: LibraryHost, cardNumber: string | null): Promise<LoginResponse | null> {
  if (!cardNumber) return Promise.resolve(null);
  return host.run((library) =>
    library.transact(() => {
      const patron = library.db.tables.patrons.where('cardNumber', cardNumber)[0];
      return patron ? openSession(library, patron, library.now()) : null;
    }),
  );
}

/**
 * Replace the library with a scenario: a built-in one played on a fresh seed of the active
 * profile, or a saved one in its own profile. Also used when the app starts from `?scenario=`.
 */
export async function restoreScenario(host: LibraryHost, scenarioId: string): Promise<RestoredScenario> {
  const builtIn = builtInScenarios.find((scenario) => scenario.id === scenarioId);
  let cardNumber: string | null;
  if (builtIn) {
    const profile = await host.run(async (library) => library.profile);
    if (!builtIn.available(profile)) {
      throw new DomainError('CONFLICT', `${profile.id} cannot show this scenario`, { reason: 'not-offered-by-profile' });
    }
    await host.reset();
    cardNumber = await host.run((library) =>
      library.transact(async () => {
        runBackOffice(library, library.now());
        return builtIn.build(library);
      }),
    );
  } else {
    const stored = await host.scenarios.get(scenarioId);
    if (!stored) throw new DomainError('NOT_FOUND', `No scenario ${scenarioId}`);
    const { file } = stored;
    if (file.schemaVersion !== SCHEMA_VERSION) {
      throw new DomainError('CONFLICT', `The scenario was saved by another version of the simulated library (schema ${file.schemaVersion})`, { reason: 'schema-mismatch' });
    }
    await host.replaceWith(file.profileId, (seed, wallNow) => {
      const data = applyDifferences(seed, file.changes);
      data.meta = data.meta.filter((row) => row.key !== 'clock');
      data.meta.push({ key: 'clock', value: startClock(fromIso(file.now), wallNow, file.running) });
      return data;
    });
    cardNumber = file.cardNumber;
  }
  const signIn = await signInAfterRestore(host, cardNumber);
  const status = await host.run(async (library) => statusOf(library, host));
  return { status, signIn };
}

export const scenarioHandlers = [
  defineHostHandler('simListScenarios', async ({ host }) => {
    const profile = await host.run(async (library) => library.profile);
    const saved = (await host.scenarios.list()).sort((a, b) => (a.file.savedAt < b.file.savedAt ? 1 : -1));
    return {
      items: [
        ...builtInScenarios.map(
          (scenario): ScenarioSummary => ({
            id: scenario.id,
            builtIn: true,
            name: scenario.name,
            description: scenario.description,
            profileId: null,
            available: scenario.available(profile),
            savedAt: null,
            now: null,
          }),
        ),
        ...saved.map(({ id, file }) => summaryOfSaved(id, file)),
      ],
    };
  }),

  defineHostHandler('simSaveScenario', async ({ body, host }) => {
    const file = await host.run(async (library): Promise<ScenarioFile> => {
      const changes = differencesFrom(await library.seedData(), library.db.dump());
      return {
        format: 'shiori-scenario',
        formatVersion: 1,
        schemaVersion: SCHEMA_VERSION,
        profileId: library.profile.id,
        name: body.name,
        savedAt: toIso(library.wallNow()),
        now: toIso(library.now()),
        running: library.clockState().frozenAt === null,
        cardNumber: body.cardNumber ?? null,
        changes,
      };
    });
    const id = `saved-${crypto.randomUUID().slice(0, 8)}`;
    await host.scenarios.put({ id, file });
    return summaryOfSaved(id, file);
  }),

  defineHostHandler('simImportScenario', async ({ body, host }) => {
    if (body.schemaVersion !== SCHEMA_VERSION) {
      throw new DomainError('CONFLICT', `The file was saved by another version of the simulated library (schema ${body.schemaVersion}, this one ${SCHEMA_VERSION})`, {
        reason: 'schema-mismatch',
      });
    }
    checkChanges(body.changes);
    const id = `saved-${crypto.randomUUID().slice(0, 8)}`;
    await host.scenarios.put({ id, file: body });
    return summaryOfSaved(id, body);
  }),

  defineHostHandler('simExportScenario', async ({ params, host }) => {
    const stored = await host.scenarios.get(params.scenarioId);
    if (!stored) {
      const builtIn = builtInScenarios.some((scenario) => scenario.id === params.scenarioId);
      throw new DomainError('NOT_FOUND', builtIn ? 'A built-in scenario is a recipe: restore it, then save it to export a file' : `No scenario ${params.scenarioId}`);
    }
    return stored.file;
  }),

  defineHostHandler('simRestoreScenario', async ({ params, host }) => restoreScenario(host, params.scenarioId)),

  defineHostHandler('simDeleteScenario', async ({ params, host }) => {
    if (!(await host.scenarios.delete(params.scenarioId))) throw new DomainError('NOT_FOUND', `No saved scenario ${params.scenarioId}`);
  }),
];
