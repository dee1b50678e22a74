import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary, SimStatus } from '../api/contract/simulation';
import { Alert } from '../components/alert';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { useErrorMessage } from '../lib/error-message';
import { localized } from '../lib/localized';
import { paths } from '../lib/paths';
import { DemoFailure } from './demo-failure';
import { useScenarios } from './get-scenarios';
import { ImportScenarioForm } from './import-scenario-form';
import { ResetToSeed } from './reset-to-seed';
import { SaveScenarioForm } from './save-scenario-form';
import { BuiltInScenario, SavedScenario } from './scenario-cards';
import { useRestoreScenario } from './use-restore-scenario';
import { WithStatus } from './with-status';

/** シナリオ: the library's whole state saved under a name, restored, shared as a file, or back to the seed. */
export function ScenariosTab() {
  return <WithStatus>{(status) => <Scenarios status={status} />}</WithStatus>;
}

function Scenarios({ status }: { status: SimStatus }) {
  const { t, i18n } = useTranslation('demo');
  const id = useId();
  const errorMessage = useErrorMessage();
  const scenarios = useScenarios();
  const restore = useRestoreScenario();
  const nameOf = (scenario: ScenarioSummary) => localized(scenario.name, i18n.language);

  const list = scenarios.data ? (
    <>
      <h4 id={`${id}-built-in`}>{t('scenarios.builtIn')}</h4>
      <ul className="demo-cards" aria-labelledby={`${id}-built-in`}>
        {scenarios.data.items
          .filter((scenario) => scenario.builtIn)
          .map((scenario) => (
            <BuiltInScenario key={scenario.id} scenario={scenario} profileId={status.profileId} home={paths.home()} restore={restore} />
          ))}
      </ul>
      <h4 id={`${id}-saved`}>{t('scenarios.saved')}</h4>
      {scenarios.data.items.some((scenario) => !scenario.builtIn) ? (
        <ul className="demo-cards" aria-labelledby={`${id}-saved`}>
          {scenarios.data.items
            .filter((scenario) => !scenario.builtIn)
            .map((scenario) => (
              <SavedScenario key={scenario.id} scenario={scenario} restore={restore} />
            ))}
        </ul>
      ) : (
        <p className="help">{t('scenarios.noSaved')}</p>
      )}
    </>
  ) : scenarios.isError ? (
    <LoadError message={errorMessage(scenarios.error)} onRetry={() => void scenarios.refetch()} />
  ) : (
    <Loading />
  );

  return (
    <>
      <section className="demo-section" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t('scenarios.heading')}</h3>
        <p className="help">{t('scenarios.lead')}</p>
        <DemoFailure error={restore.error} />
        {restore.isSuccess && restore.variables ? (
          <Alert tone="success">
            <p>{t('scenarios.restored', { name: nameOf(restore.variables) })}</p>
          </Alert>
        ) : null}
        {list}
      </section>
      <SaveScenarioForm personas={status.personas} />
      <ImportScenarioForm restore={restore} />
      <ResetToSeed />
    </>
  );
}
