import type { SimClock, SimStatus } from '../../src/api/contract/simulation';
import { normalizeCardNumber } from '../../src/api/contract/card-number';
import { linksIn } from '../domain/account/confirmation';
import { advanceClock, setClock } from '../domain/clock';
import { fromIso, toIso } from '../domain/time';
import { profiles } from '../profiles/profiles';
import type { Library, LibraryHost } from '../runtime/library-host';
import { defineHandler, defineHostHandler } from './define-handler';

function clockOf(library: Library): SimClock {
  return { now: toIso(library.now()), running: library.clockState().frozenAt === null };
}

function statusOf(library: Library, host: LibraryHost): SimStatus {
  return {
    profileId: library.profile.id,
    profiles: Object.values(profiles).map((profile) => ({ id: profile.id, name: profile.name })),
    schemaVersion: library.meta.schemaVersion,
    seededAt: library.meta.seededAt,
    reseedReason: library.reseedReason,
    network: host.network,
    clock: clockOf(library),
  };
}

export const simulationHandlers = [
  defineHandler('simGetStatus', ({ library, host }) => statusOf(library, host)),
  defineHostHandler('simSetProfile', async ({ body, host }) => {
    await host.switchProfile(body.profileId);
    return host.run(async (library) => statusOf(library, host));
  }),
  defineHostHandler('simReset', async ({ host }) => {
    await host.reset();
    return host.run(async (library) => statusOf(library, host));
  }),
  defineHandler('simGetClock', ({ library }) => clockOf(library)),
  defineHandler('simSetClock', ({ body, library }) => {
    const change = { now: body.now ? fromIso(body.now) : undefined, running: body.running };
    library.setClockState(setClock(library.clockState(), library.wallNow(), change));
    return clockOf(library);
  }),
  defineHandler('simAdvanceClock', ({ body, library }) => {
    library.setClockState(advanceClock(library.clockState(), library.wallNow(), body.minutes));
    return clockOf(library);
  }),
  defineHandler('simGetMail', ({ library, query }) => {
    const { mail, patrons } = library.db.tables;
    const card = query.cardNumber ? normalizeCardNumber(query.cardNumber) : null;
    const patronId = card === null ? null : (patrons.where('cardNumber', card)[0]?.id ?? '');
    const to = query.to?.toLowerCase();
    const items = mail
      .filter((row) => (patronId === null || row.patronId === patronId) && (to === undefined || row.to.toLowerCase() === to))
      .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? 1 : -1))
      .map((row) => ({
        id: row.id,
        cardNumber: row.patronId ? (patrons.get(row.patronId)?.cardNumber ?? null) : null,
        to: row.to,
        kind: row.kind,
        subject: row.subject,
        body: row.body,
        links: linksIn(row.body),
        sentAt: row.sentAt,
      }));
    return { items };
  }),
  defineHandler('simSetNetwork', ({ body, host }) => {
    host.network = body;
    return body;
  }),
];
