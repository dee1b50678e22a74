import { bearerToken, createApiClient } from './transport';
import { useSessionToken } from './session-token';

/**
 * The app's client, pointed by configuration at the simulated library or a real one. This is the
 * file a team changes for a backend that differs from the contract's transport (README: "Adapting
 * the transport"); features only ever see `api.call`.
 */
let backendReady: Promise<unknown> = Promise.resolve();

/**
 * For a backend that starts in the page (the simulated library): requests wait for `ready` before
 * their timeout starts. A start that fails lets them go on, to fail as any request would.
 */
export function waitForBackend(ready: Promise<unknown>): void {
  backendReady = ready.catch(() => undefined);
}

export const api = createApiClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL || '/api',
  auth: bearerToken(() => useSessionToken.getState().token),
  backendReady: () => backendReady,
});
