import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { createBrowserRouter, RouterProvider, type DataRouter } from 'react-router';
import '../lib/i18n/i18n';
import { createQueryClient } from './query-client';
import { routes } from './routes';
import './styles.css';

/** The composition root. Tests pass their own router (in memory) and query client. */
export function App({ router, queryClient }: { router?: DataRouter; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [appRouter] = useState(() => router ?? createBrowserRouter(routes));
  return (
    <QueryClientProvider client={client}>
      {/* The layout's strings arrive with the first page: until then, nothing shows rather than keys. */}
      <Suspense fallback={null}>
        <RouterProvider router={appRouter} />
      </Suspense>
    </QueryClientProvider>
  );
}
