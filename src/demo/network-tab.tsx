import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { simApi } from './sim-api';
import type { NetworkSettings } from '../api/contract/simulation';
import { DemoFailure } from './demo-failure';
import { simStatusQuery } from './get-sim-status';
import { WithStatus } from './with-status';

const latencies: readonly NetworkSettings['latency'][] = ['none', 'realistic', 'slow'];
const failurePercents = [0, 10, 20, 30, 40, 50] as const;

/** 通信: how slowly and how reliably the library answers the app (the panel itself is never slowed). */
export function NetworkTab() {
  return <WithStatus>{(status) => <NetworkForm network={status.network} />}</WithStatus>;
}

function NetworkForm({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (settings: NetworkSettings) => simApi.call('simSetNetwork', { body: settings }),
    onSuccess: (next) => {
      queryClient.setQueryData(simStatusQuery.queryKey, (status) => (status ? { ...status, network: next } : status));
      // As when a connection comes back: what failed meanwhile is asked again.
      if (network.offline && !next.offline) void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
  });
  // What was just chosen shows at once, while the library takes it.
  const shown = save.isPending && save.variables ? save.variables : network;
  const change = (patch: Partial<NetworkSettings>) => save.mutate({ ...shown, ...patch });

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('network.heading')}</h3>
      <fieldset className="demo-fieldset">
        <legend>{t('network.latency')}</legend>
        {latencies.map((latency) => (
          <label key={latency} className="demo-check">
            <input
              type="radio"
              name={`${id}-latency`}
              value={latency}
              checked={shown.latency === latency}
              onChange={() => change({ latency })}
            />
            {t(`network.latencies.${latency}`)}
          </label>
        ))}
      </fieldset>
      <div className="demo-field">
        <label htmlFor={`${id}-failure`}>{t('network.failureRate')}</label>
        <select
          id={`${id}-failure`}
          value={Math.round(shown.failureRate * 100)}
          onChange={(event) => change({ failureRate: Number(event.target.value) / 100 })}
        >
          {failurePercents.map((percent) => (
            <option key={percent} value={percent}>
              {t('network.percent', { percent })}
            </option>
          ))}
        </select>
      </div>
      <label className="demo-check">
        <input type="checkbox" checked={shown.offline} onChange={(event) => change({ offline: event.target.checked })} />
        {t('network.offline')}
      </label>
      <p role="status" className="help">
        {save.isPending ? t('network.saving') : save.isSuccess ? t('network.saved') : ''}
      </p>
      <DemoFailure error={save.error} />
      <p className="help">{t('network.note')}</p>
    </section>
  );
}
