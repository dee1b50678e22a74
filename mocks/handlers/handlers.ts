import type { LibraryHost } from '../runtime/library-host';
import { accountHandlers } from './account';
import { authHandlers } from './auth';
import { cartHandlers } from './cart';
import { catalogueHandlers } from './catalogue';
import { toHttpHandlers } from './define-handler';
import { libraryHandlers } from './library';
import { loanHandlers } from './loans';
import { patronHandlers } from './patron';
import { reservationHandlers } from './reservations';
import { scenarioHandlers } from './scenarios';
import { simulationHandlers } from './simulation';

const handlerDefinitions = [
  ...libraryHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...patronHandlers,
  ...catalogueHandlers,
  ...cartHandlers,
  ...reservationHandlers,
  ...loanHandlers,
  ...simulationHandlers,
  ...scenarioHandlers,
];

/** Every endpoint of the contract, answered by the simulated library hosted by `host`. */
export function createHandlers(host: LibraryHost, baseUrl: string) {
  return toHttpHandlers(host, baseUrl, handlerDefinitions);
}
