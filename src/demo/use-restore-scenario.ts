import { useMutation } from '@tanstack/react-query';
import { simApi } from './sim-api';
import type { ScenarioSummary } from '../api/contract/simulation';
import { useLibraryReplaced } from './use-library-replaced';

/** Replaces the library with a scenario, then starts the app again as the scenario has it (its patron signed in, or nobody). */
export function useRestoreScenario() {
  const replaced = useLibraryReplaced();
  return useMutation({
    mutationFn: (scenario: ScenarioSummary) => simApi.call('simRestoreScenario', { params: { scenarioId: scenario.id } }),
    onSuccess: ({ status, signIn }) => replaced(signIn, status),
  });
}

export type RestoreScenario = ReturnType<typeof useRestoreScenario>;
