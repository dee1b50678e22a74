import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert';
import { EventSentences } from './event-log';
import type { CounterAction, useCounterAction } from './use-counter-action';
import { useDemoError } from './use-demo-error';

/** What the last counter action asked for here did, as sentences; or why the library refused it. */
export function CounterOutcome({ action, source }: { action: ReturnType<typeof useCounterAction>; source: CounterAction['source'] }) {
  const { t } = useTranslation('demo');
  const demoError = useDemoError();
  const request = action.variables;
  if (!request || request.source !== source) return null;
  const what = t('cause.counter', { action: t(`counter.actions.${request.action}`) });
  if (action.isPending) return <p role="status">{t('counter.busy')}</p>;
  if (action.isError) {
    return (
      <Alert tone="error">
        <p>
          {what} — {demoError(action.error)}
        </p>
      </Alert>
    );
  }
  if (!action.data) return null;
  return (
    <Alert tone="success">
      <p>{what}</p>
      <EventSentences events={action.data.events} />
    </Alert>
  );
}
