import { create } from 'zustand';
import { bearerToken, createApiClient } from './transport';
import { useSessionToken } from './session-token';

/**
 * The app's client, pointed by configuration at the simulated library or a real one. This is the
 * file a team changes for a backend that differs from the contract's transport (README: "Adapting
 * the transport"); features only ever see `api.call`.
 */
let backendReady: Promise<unknown> = Promise.resolve();

/** Whether a backend that starts in the page is still starting: the app says so when it takes a while. */
export const useBackendStarting = create<{ starting: boolean }>(() => ({ starting: false }));

/**
 * For a backend that starts in the page (the simulated library): requests wait for `ready` before
 * their timeout starts. A start that fails lets them go on, to fail as any request would.
 */
export function waitForBackend(ready: Promise<unknown>): void {
  useBackendStarting.setState({ starting: true });
  backendReady = ready.catch(() => undefined).finally(() => useBackendStarting.setState({ starting: false }));
}

export const api = createApiClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL || '/api',
  auth: bearerToken(() => useSessionToken.getState().token),
  backendReady: () => backendReady,
});
