import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { simApi } from './sim-api';
import type { ScenarioSummary } from '../api/contract/simulation';
import { formatDateTime } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { localized } from '../lib/localized';
import { DemoFailure } from './demo-failure';
import { refreshScenarios } from './get-scenarios';
import type { RestoreScenario } from './use-restore-scenario';
import { downloadFile } from '../lib/download-file';
import { focusOnMount } from '../lib/focus-on-mount';

/** 復元, named with the scenario for screen readers; one restore at a time. */
export function RestoreButton({
  scenario,
  restore,
  disabled = false,
}: {
  scenario: ScenarioSummary;
  restore: RestoreScenario;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('demo');
  const pending = restore.isPending && restore.variables?.id === scenario.id;
  return (
    <button type="button" className="button button-small" disabled={disabled || restore.isPending} onClick={() => restore.mutate(scenario)}>
      {pending ? t('scenarios.restoring') : t('scenarios.restore')}
      <span className="visually-hidden">{t('panel.named', { name: localized(scenario.name, i18n.language) })}</span>
    </button>
  );
}

/** A built-in scenario: what it shows, and the address that starts a demo from it. */
export function BuiltInScenario({
  scenario,
  profileId,
  home,
  restore,
}: {
  scenario: ScenarioSummary;
  profileId: string;
  home: string;
  restore: RestoreScenario;
}) {
  const { t, i18n } = useTranslation('demo');
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const name = localized(scenario.name, i18n.language);
  // The library goes in the address too: a built-in scenario is played in the library that opens.
  const url = new URL(`${home}?library=${profileId}&scenario=${encodeURIComponent(scenario.id)}`, window.location.origin).toString();
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );

  return (
    <li className="demo-card">
      <p className="demo-card-title">{name}</p>
      <p className="demo-card-text">{localized(scenario.description, i18n.language)}</p>
      {scenario.available ? null : <p className="demo-card-note">{t('scenarios.unavailable')}</p>}
      <div className="demo-item-actions">
        <RestoreButton scenario={scenario} restore={restore} disabled={!scenario.available} />
        <button type="button" className="button button-small" onClick={() => void copy()}>
          {t('scenarios.copy')}
          <span className="visually-hidden">{t('panel.named', { name: name })}</span>
        </button>
      </div>
      <p className="demo-url">
        {t('scenarios.url')} <code>{url}</code>
      </p>
      {copied ? (
        <p role="status" className="help">
          {copied === 'copied' ? t('scenarios.copied') : t('scenarios.copyFailed')}
        </p>
      ) : null}
    </li>
  );
}

/** A saved scenario: restore it, keep it as a file, or delete it after a question. */
export function SavedScenario({ scenario, restore }: { scenario: ScenarioSummary; restore: RestoreScenario }) {
  const { t, i18n } = useTranslation('demo');
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const name = localized(scenario.name, i18n.language);
  const exportFile = useMutation({
    mutationFn: () => simApi.call('simExportScenario', { params: { scenarioId: scenario.id } }),
    onSuccess: (file) => downloadFile(`shiori-${file.profileId}-${scenario.id}.json`, 'application/json', JSON.stringify(file, null, 2)),
  });
  const remove = useMutation({
    mutationFn: () => simApi.call('simDeleteScenario', { params: { scenarioId: scenario.id } }),
    onSuccess: () => refreshScenarios(queryClient),
  });
  const failure = exportFile.error ?? remove.error;

  return (
    <li className="demo-card">
      <p className="demo-card-title">{name}</p>
      <p className="demo-card-text">
        {scenario.savedAt
          ? t('scenarios.savedAt', { time: formatDateTime(scenario.savedAt, language), profile: scenario.profileId ?? '' })
          : null}
        {scenario.now ? (
          <span className="demo-card-line">{t('scenarios.startsAt', { time: formatDateTime(scenario.now, language) })}</span>
        ) : null}
      </p>
      {scenario.available ? null : <p className="demo-card-note">{t('refusal.schema-mismatch')}</p>}
      {confirming ? (
        <div className="demo-confirm" role="group" aria-label={t('scenarios.confirmDelete', { name })}>
          <p className="demo-strong">{t('scenarios.confirmDelete', { name })}</p>
          <div className="demo-item-actions">
            <button
              ref={focusOnMount}
              type="button"
              className="button button-small button-primary"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('scenarios.confirmYes')}
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              {t('scenarios.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="demo-item-actions">
          <RestoreButton scenario={scenario} restore={restore} disabled={!scenario.available} />
          <button type="button" className="button button-small" disabled={exportFile.isPending} onClick={() => exportFile.mutate()}>
            {t('scenarios.export')}
            <span className="visually-hidden">{t('panel.named', { name: name })}</span>
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            {t('scenarios.delete')}
            <span className="visually-hidden">{t('panel.named', { name: name })}</span>
          </button>
        </div>
      )}
      <DemoFailure error={failure} />
    </li>
  );
}
