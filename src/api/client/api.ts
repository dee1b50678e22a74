import { bearerToken, createApiClient } from './transport';
import { useSessionToken } from './session-token';

/**
 * The app's client, pointed by configuration at the simulated library or a real one. This is the
 * file a team changes for a backend that differs from the contract's transport (README: "Adapting
 * the transport"); features only ever see `api.call`.
 */
export const api = createApiClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL || '/api',
  auth: bearerToken(() => useSessionToken.getState().token),
});
