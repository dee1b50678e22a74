import type { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { libraryInfoEndpoints } from './endpoints/library';
import { authEndpoints } from './endpoints/auth';
import { accountEndpoints } from './endpoints/account';
import { patronEndpoints } from './endpoints/patron';
import { catalogueEndpoints } from './endpoints/catalogue';
import { cartEndpoints } from './endpoints/cart';
import { reservationsEndpoints } from './endpoints/reservations';
import { loansEndpoints } from './endpoints/loans';
import { noticesEndpoints } from './endpoints/notices';
import { libraryCardEndpoints } from './endpoints/library-card';
import { shelvesEndpoints } from './endpoints/shelves';
import { calendarsEndpoints } from './endpoints/calendars';
import { simulationEndpoints } from './endpoints/simulation';

export { SIMULATION_PREFIX, SIMULATION_SECRET_HEADER } from './endpoints/simulation';

/** The library's API, every endpoint a real backend answers. */
const libraryEndpoints = {
  ...libraryInfoEndpoints,
  ...authEndpoints,
  ...accountEndpoints,
  ...patronEndpoints,
  ...catalogueEndpoints,
  ...cartEndpoints,
  ...reservationsEndpoints,
  ...loansEndpoints,
  ...noticesEndpoints,
  ...libraryCardEndpoints,
  ...shelvesEndpoints,
  ...calendarsEndpoints,
};

/** The whole contract: the library's API and the simulation API (the simulated library and the OpenAPI document serve both). */
export const endpoints = { ...libraryEndpoints, ...simulationEndpoints };

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
/** A name of the library's API; the simulation API's names are the demo panel's alone. */
export type LibraryEndpointName = keyof typeof libraryEndpoints;
export type SimulationEndpointName = keyof typeof simulationEndpoints;

type Input<T> = T extends $ZodType ? z.input<T> : never;
type Output<T> = T extends $ZodType ? z.output<T> : never;

/** What a caller passes: only the parts the endpoint has. */
export type RequestOf<N extends EndpointName> = (Endpoints[N] extends { params: infer P } ? { params: Input<P> } : unknown) &
  (Endpoints[N] extends { query: infer Q }
    ? Record<string, never> extends Input<Q>
      ? { query?: Input<Q> }
      : { query: Input<Q> }
    : unknown) &
  (Endpoints[N] extends { body: infer B } ? { body: Input<B> } : unknown);

/** What the handler saw after validation. */
export type ParsedRequestOf<N extends EndpointName> = {
  params: Endpoints[N] extends { params: infer P } ? Output<P> : Record<string, never>;
  query: Endpoints[N] extends { query: infer Q } ? Output<Q> : Record<string, never>;
  body: Endpoints[N] extends { body: infer B } ? Output<B> : undefined;
};

export type ResponseOf<N extends EndpointName> = Endpoints[N]['response'] extends $ZodType ? z.output<Endpoints[N]['response']> : void;
