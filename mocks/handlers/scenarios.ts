import type { ScenarioSummary } from '../../src/api/contract/simulation';
import { SCHEMA_VERSION } from '../db/schema';
import type { StoredScenario } from '../db/scenario-storage';
import { builtInScenarios } from '../use-cases/scenarios/built-in';
import { restoreScenario } from '../use-cases/scenarios/restore';
import { deleteScenario, importScenario, saveScenario, scenarioFile } from '../use-cases/scenarios/saved';
import { defineHostHandler } from './define-handler';
import { presentSignIn } from './present-session';
import { statusOf } from './present-status';

function summaryOfSaved({ id, file }: StoredScenario): ScenarioSummary {
  return {
    id,
    builtIn: false,
    name: { ja: file.name, en: file.name },
    description: { ja: `${file.profileId} で保存`, en: `Saved in ${file.profileId}` },
    profileId: file.profileId,
    available: file.schemaVersion === SCHEMA_VERSION,
    savedAt: file.savedAt,
    now: file.now,
  };
}

export const scenarioHandlers = [
  defineHostHandler('simListScenarios', async ({ host }) => {
    const profile = await host.run(async (library) => library.profile);
    const saved = (await host.scenarios.list()).sort((a, b) => (a.file.savedAt < b.file.savedAt ? 1 : -1));
    return {
      items: [
        ...builtInScenarios.map((scenario): ScenarioSummary => ({
          id: scenario.id,
          builtIn: true,
          name: scenario.name,
          description: scenario.description,
          profileId: null,
          available: scenario.available(profile),
          savedAt: null,
          now: null,
        })),
        ...saved.map(summaryOfSaved),
      ],
    };
  }),

  defineHostHandler('simSaveScenario', async ({ body, host }) =>
    summaryOfSaved(await saveScenario(host, body.name, body.cardNumber ?? null)),
  ),

  defineHostHandler('simImportScenario', async ({ body, host }) => summaryOfSaved(await importScenario(host, body))),

  defineHostHandler('simExportScenario', async ({ params, host }) => scenarioFile(host, params.scenarioId)),

  defineHostHandler('simRestoreScenario', async ({ params, host }) => {
    const { profile, signIn } = await restoreScenario(host, params.scenarioId);
    const status = await host.run(async (library) => statusOf(library, host));
    return { status, signIn: signIn && presentSignIn(profile, signIn) };
  }),

  defineHostHandler('simDeleteScenario', async ({ params, host }) => deleteScenario(host, params.scenarioId)),
];
