import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client/api';

/** The built-in scenarios, then the saved ones. */
const scenariosQuery = queryOptions({
  queryKey: ['sim', 'scenarios'],
  queryFn: () => api.call('simListScenarios'),
});

export function useScenarios() {
  return useQuery(scenariosQuery);
}
