// First: how zod makes its schemas, before any is made (see the file).
import './api/contract/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { waitForBackend } from './api/client/api';
import { useSessionToken } from './api/client/session-token';
import { forgetLibraryCopy } from './api/queries/library-copy';
import { App } from './app/app';
import { useNotices } from './lib/notices';

/**
 * The one place that may start the simulated library. `import.meta.env.MODE` is replaced when
 * the app is built, so a build for a real API drops this branch and carries no mock code.
 *
 * The app renders at once, while the library opens (or seeds, on a first visit): its requests are
 * sent once the service worker takes them, and their timeout starts once the library is ready. Only an address that names a scenario
 * (`?scenario=…`) holds the first render, because the scenario decides who is signed in.
 */
async function startBackend(): Promise<{ holdsRender: Promise<void> }> {
  if (import.meta.env.MODE !== 'mock') return { holdsRender: Promise.resolve() };
  const params = new URLSearchParams(window.location.search);
  // An address that picks the library (`?library=p001`) or restores a scenario may start another library than the one
  // whose answer the browser kept: the login form waits for the library's own words rather than show another's.
  if (params.has('library') || params.has('scenario')) forgetLibraryCopy();
  const started = import('../mocks/browser').then(({ startSimulatedLibrary }) =>
    startSimulatedLibrary({ baseUrl: import.meta.env.VITE_API_BASE_URL || '/api', search: window.location.search }),
  );
  // Requests go once the service worker hands them to the library, which answers its profile at once and the rest once its database is open.
  waitForBackend({ taking: started, started: started.then(({ ready }) => ready) });
  const settled = started.then(({ ready, scenario }) => {
    if (scenario && 'error' in scenario) {
      useNotices
        .getState()
        .push({ id: 'scenario', tone: 'error', key: 'notice.scenarioFailed', values: { id: scenario.id, reason: scenario.error } });
    } else if (scenario) {
      // The scenario's patron is signed in, and nobody else: a demo starts from the same point every time.
      if (scenario.signIn) useSessionToken.getState().signIn(scenario.signIn.token);
      else useSessionToken.getState().signOut();
    }
    void ready.then(({ reseedReason }) => {
      // A signal anyone may wait on (the e2e suite does): the library has opened or seeded its database and answers at once.
      document.documentElement.dataset.simulatedLibrary = 'ready';
      if (reseedReason) useNotices.getState().push({ id: 'reseeded', key: 'notice.reseeded', values: { reason: reseedReason } });
    });
  });
  // A library that fails to start still lets the app render: its requests then fail with the page's own error state.
  const shown = settled.catch((error: unknown) => console.error('[shiori] The simulated library could not start', error));
  return { holdsRender: params.has('scenario') ? shown : Promise.resolve() };
}

/**
 * The real-API build's service worker (`app-sw.js`, made by the build: see vite.config.ts,
 * installableApp), which makes the app installable and able to start offline. Registered once
 * the page has loaded, so that caching the build never competes with a first visit. Only in a
 * build (`npm run build`, mode production): the dev server has no such file, and the mock build
 * has its own worker, registered by the simulated library.
 */
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}app-sw.js`)
      .catch((error: unknown) => console.error('[shiori] The offline copy of the app could not be set up', error));
  });
}

void startBackend().then(({ holdsRender }) =>
  holdsRender.then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }),
);
