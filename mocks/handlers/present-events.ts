import type { SimEvent } from '../../src/api/contract/simulation';
import { toIso } from '../domain/time';
import type { OfficeEvent } from '../runtime/back-office';
import type { Library } from '../runtime/library-host';
import { demoPatrons } from '../use-cases/simulation/demo-patrons';

// What the demo panel is told about what the library did: events a designer can read aloud.

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
