import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState, type ComponentProps } from 'react';
import { BrowserRouter, unstable_HistoryRouter as HistoryRouter, useRoutes } from 'react-router';
import '../lib/i18n/i18n';
import { usePreloadOnIntent } from './preload-on-intent';
import { createQueryClient } from './query-client';
import { routes } from './routes';
import './styles.css';

function Routes() {
  usePreloadOnIntent();
  return useRoutes(routes);
}

/** The composition root. Tests pass their own history (in memory) and query client. */
export function App({ history, queryClient }: { history?: ComponentProps<typeof HistoryRouter>['history']; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      {/* The layout's strings arrive with the first page: until then, nothing shows rather than keys. */}
      <Suspense fallback={null}>
        {history ? (
          <HistoryRouter history={history}>
            <Routes />
          </HistoryRouter>
        ) : (
          <BrowserRouter>
            <Routes />
          </BrowserRouter>
        )}
      </Suspense>
    </QueryClientProvider>
  );
}
