import { simulationEndpoints } from '../api/contract/endpoints/simulation';
import type { SimulationEndpointName } from '../api/contract/endpoints';
import { backend } from '../api/client/api';
import { createApiClient } from '../api/client/transport';

/** The simulation API's client, the demo panel's alone: the patron's pages (and a real-API build) carry none of it. */
export const simApi = createApiClient({ ...backend, endpoint: (name: SimulationEndpointName) => simulationEndpoints[name] });
