import { create } from 'zustand';
import { loadEndpoint } from '../contract/endpoint-modules';
import { bearerToken, createApiClient, type TransportConfig } from './transport';
import { useSessionToken } from './session-token';

/**
 * The app's client, pointed by configuration at the simulated library or a real one. This is the
 * file a team changes for a backend that differs from the contract's transport (README: "Adapting
 * the transport"); features only ever see `api.call`.
 */
let backendReady: Promise<unknown> = Promise.resolve();
let backendStarted: Promise<unknown> = Promise.resolve();

/** Whether a backend that starts in the page is still starting: the app says so when it takes a while. */
export const useBackendStarting = create<{ starting: boolean }>(() => ({ starting: false }));

/**
 * For a backend that starts in the page (the simulated library): requests are sent once it takes
 * them (`taking`), and their timeout starts once it has started (`started`). A start that fails lets
 * them go on, to fail as any request would.
 */
export function waitForBackend({ taking, started }: { taking: Promise<unknown>; started: Promise<unknown> }): void {
  useBackendStarting.setState({ starting: true });
  backendReady = taking.catch(() => undefined);
  backendStarted = started.catch(() => undefined).finally(() => useBackendStarting.setState({ starting: false }));
}

/** Where the app's requests go and how they say whose they are: the demo panel's client goes the same way. */
export const backend = {
  baseUrl: import.meta.env.VITE_API_BASE_URL || '/api',
  auth: bearerToken(() => useSessionToken.getState().token),
  backendReady: () => backendReady,
  backendStarted: () => backendStarted,
} satisfies Omit<TransportConfig, 'endpoint'>;

/** The library's API; each module of the contract is loaded with its first call. */
export const api = createApiClient({ ...backend, endpoint: loadEndpoint });
