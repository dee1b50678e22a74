import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { useNotices } from './lib/notices';

/**
 * The one place that may start the simulated library. `import.meta.env.MODE` is replaced when
 * the app is built, so a build for a real API drops this branch and carries no mock code.
 */
async function startBackend(): Promise<void> {
  if (import.meta.env.MODE !== 'mock') return;
  const { startSimulatedLibrary } = await import('../mocks/browser');
  const { ready } = await startSimulatedLibrary({ baseUrl: import.meta.env.VITE_API_BASE_URL || '/api', search: window.location.search });
  void ready.then(({ reseedReason }) => {
    if (reseedReason) useNotices.getState().push({ id: 'reseeded', key: 'notice.reseeded', values: { reason: reseedReason } });
  });
}

void startBackend().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
