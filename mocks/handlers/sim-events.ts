import type { SimEvent, SimPersona } from '../../src/api/contract/simulation';
import { personasOf } from '../seed/personas';
import type { ClockState } from '../domain/clock';
import { DAY, startOfTokyoDay, toIso } from '../domain/time';
import { runBackOffice, type OfficeEvent } from '../runtime/back-office';
import type { Library } from '../runtime/library-host';

// What the demo panel is told about: the demo patrons, and what the library did, as events a
// designer can read aloud.

/** A patron created at the counter of the simulated library, with the password handed over (the demo panel shows it). */
export interface CounterPatron {
  cardNumber: string;
  password: string | null;
  createdAt: string;
}

export const COUNTER_PATRONS_KEY = 'sim:counter-patrons';

export function counterPatronsOf(library: Library): CounterPatron[] {
  return (library.db.tables.meta.get(COUNTER_PATRONS_KEY)?.value as CounterPatron[] | undefined) ?? [];
}

/** The personas of the profile, then the patrons created at the counter, newest last. */
export function demoPatrons(library: Library): SimPersona[] {
  const { patrons } = library.db.tables;
  const personas: SimPersona[] = personasOf(library.profile).map(({ situation, cardNumber, name, nameKana, description, password, temporary }) => ({
    situation,
    cardNumber,
    name,
    nameKana,
    description,
    password,
    temporary,
  }));
  const created = counterPatronsOf(library).flatMap(({ cardNumber, password, createdAt }): SimPersona[] => {
    const patron = patrons.where('cardNumber', cardNumber)[0];
    if (!patron) return [];
    const day = createdAt.slice(0, 16).replace('T', ' ');
    return [
      {
        situation: 'counter',
        cardNumber,
        name: patron.name,
        nameKana: patron.nameKana,
        description: { ja: `窓口で登録（${day}）`, en: `Registered at the counter (${day})` },
        password,
        temporary: patron.passwordTemporary,
      },
    ];
  });
  return [...personas, ...created];
}

/** The events as the contract gives them, oldest first, each with the patron and title named. */
export function presentEvents(library: Library, events: readonly OfficeEvent[]): SimEvent[] {
  const { patrons, titles } = library.db.tables;
  const demoCards = new Set(demoPatrons(library).map((persona) => persona.cardNumber));
  return [...events]
    .map((event, n) => ({ event, n }))
    .sort((a, b) => a.event.at - b.event.at || a.n - b.n)
    .map(({ event }) => {
      const patron = event.patronId ? patrons.get(event.patronId) : undefined;
      const title = event.titleId ? titles.get(event.titleId) : undefined;
      return {
        at: toIso(event.at),
        kind: event.kind,
        cardNumber: patron?.cardNumber ?? null,
        patronName: patron?.name ?? null,
        demoPatron: patron ? demoCards.has(patron.cardNumber) : false,
        titleId: event.titleId,
        title: title ? (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title) : null,
        branchId: event.branchId,
        state: event.state ?? null,
        subject: event.subject ?? null,
      };
    });
}

/**
 * Move the library's clock (already played up to the current time) to a new state, and play the
 * back office forward to it: what it did, and each loan whose due date ended meanwhile (延滞).
 */
export function moveClock(library: Library, state: ClockState): OfficeEvent[] {
  const events: OfficeEvent[] = [];
  const before = library.now();
  library.setClockState(state);
  const after = library.now();
  runBackOffice(library, after, (event) => events.push(event));
  for (const loan of library.db.tables.loans.all()) {
    const overdueFrom = startOfTokyoDay(loan.dueDate) + DAY;
    const stillOut = loan.returnedAt === null || Date.parse(loan.returnedAt) > overdueFrom;
    if (stillOut && overdueFrom > before && overdueFrom <= after) {
      events.push({ at: overdueFrom, kind: 'overdue', patronId: loan.patronId, titleId: loan.titleId, branchId: loan.branchId });
    }
  }
  return events;
}
