import type { Endpoint } from '../../src/api/contract/endpoint';
import { endpoints } from '../../src/api/contract/endpoints';
import type { LibraryHost } from '../runtime/library-host';
import { accountHandlers } from './account';
import { authHandlers } from './auth';
import { cartHandlers } from './cart';
import { catalogueHandlers } from './catalogue';
import { toHttpHandlers, type SimulationAccess } from './define-handler';
import { libraryHandlers } from './library';
import { loanHandlers } from './loans';
import { noticeHandlers } from './notices';
import { libraryCardHandlers } from './library-card';
import { patronHandlers } from './patron';
import { reservationHandlers } from './reservations';
import { scenarioHandlers } from './scenarios';
import { simulationHandlers } from './simulation';
import { shelfHandlers } from './shelves';
import { calendarHandlers } from './calendars';

const handlerDefinitions = [
  ...libraryHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...patronHandlers,
  ...catalogueHandlers,
  ...cartHandlers,
  ...reservationHandlers,
  ...loanHandlers,
  ...noticeHandlers,
  ...libraryCardHandlers,
  ...simulationHandlers,
  ...scenarioHandlers,
  ...shelfHandlers,
  ...calendarHandlers,
];

const openToAll: SimulationAccess = { admit: () => undefined };

/**
 * Every endpoint of the contract, answered by the simulated library hosted by `host`. The
 * simulation API is open to all (the page's demo panel), behind `simulation`'s check, or left
 * out (`'off'`: its paths are unknown, as on a real backend).
 */
export function createHandlers(host: LibraryHost, baseUrl: string, simulation: SimulationAccess | 'off' = openToAll) {
  if (simulation === 'off') {
    const patronApi = handlerDefinitions.filter(({ name }) => !(endpoints[name] as Endpoint).simulation);
    return toHttpHandlers(host, baseUrl, patronApi, openToAll);
  }
  return toHttpHandlers(host, baseUrl, handlerDefinitions, simulation);
}
