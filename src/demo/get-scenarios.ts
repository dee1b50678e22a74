import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { simKey } from './sim-key';

/** The built-in scenarios, then the saved ones. */
const scenariosQuery = queryOptions({
  queryKey: [...simKey, 'scenarios'],
  queryFn: () => simApi.call('simListScenarios'),
});

export function useScenarios() {
  return useQuery(scenariosQuery);
}

/** A scenario saved, imported or deleted: the list is read again. */
export const refreshScenarios = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: scenariosQuery.queryKey });
