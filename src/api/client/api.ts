import { createApiClient } from './transport';
import { useSessionToken } from './session-token';

/** The app's client, pointed by configuration at the simulated library or a real one. */
export const api = createApiClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL || '/api',
  getToken: () => useSessionToken.getState().token,
});
