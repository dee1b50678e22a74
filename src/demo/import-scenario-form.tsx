import { useId, useRef, type ChangeEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { simApi } from './sim-api';
import { isApiError } from '../api/client/api-error';
import type { ScenarioFile } from '../api/contract/simulation';
import { Alert } from '../components/alert';
import { localized } from '../lib/localized';
import { refreshScenarios } from './get-scenarios';
import { RestoreButton } from './scenario-cards';
import { useDemoError } from './use-demo-error';
import type { RestoreScenario } from './use-restore-scenario';

class NotJson extends Error {}

/** A chosen file's text (FileReader: jsdom, where the tests run, has no Blob.text). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

/** ファイルから読み込む: an exported scenario file added to the saved ones, then offered to restore. */
export function ImportScenarioForm({ restore }: { restore: RestoreScenario }) {
  const { t, i18n } = useTranslation('demo');
  const id = useId();
  const queryClient = useQueryClient();
  const demoError = useDemoError();
  const input = useRef<HTMLInputElement>(null);
  const importFile = useMutation({
    mutationFn: async (file: File) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readText(file));
      } catch {
        throw new NotJson();
      }
      // The library checks the file against the contract and says what is wrong with it.
      return simApi.call('simImportScenario', { body: parsed as z.input<typeof ScenarioFile> });
    },
    onSuccess: () => void refreshScenarios(queryClient),
    onSettled: () => {
      if (input.current) input.current.value = '';
    },
  });

  const refusal = (error: unknown) => {
    if (error instanceof NotJson) return t('scenarios.import.notJson');
    if (isApiError(error, 'VALIDATION_FAILED')) return t('scenarios.import.invalid');
    return demoError(error);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) importFile.mutate(file);
  };

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('scenarios.import.heading')}</h3>
      <div className="demo-field">
        <label htmlFor={`${id}-file`}>{t('scenarios.import.label')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={importFile.isPending}
          onChange={onChange}
        />
      </div>
      {importFile.isPending ? <p role="status">{t('scenarios.import.reading')}</p> : null}
      {importFile.isError ? (
        <Alert tone="error">
          <p>{refusal(importFile.error)}</p>
        </Alert>
      ) : null}
      {importFile.data ? (
        <Alert tone="success" action={<RestoreButton scenario={importFile.data} restore={restore} disabled={!importFile.data.available} />}>
          <p>{t('scenarios.import.done', { name: localized(importFile.data.name, i18n.language) })}</p>
        </Alert>
      ) : null}
    </section>
  );
}
