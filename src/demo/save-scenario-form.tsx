import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { simApi } from './sim-api';
import type { SimStatus } from '../api/contract/simulation';
import { Alert } from '../components/alert';
import { TextField } from '../components/text-field';
import { DemoFailure } from './demo-failure';
import { refreshScenarios } from './get-scenarios';
import { useSignedInCard } from './signed-in-patron';

/** いまの状態を保存: the library as it is now under a name, with the patron signed in now, if any. */
export function SaveScenarioForm({ personas }: { personas: SimStatus['personas'] }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const queryClient = useQueryClient();
  const cardNumber = useSignedInCard(personas);
  const patronName = personas.find((persona) => persona.cardNumber === cardNumber)?.name;
  const [name, setName] = useState('');
  const [empty, setEmpty] = useState(false);
  const save = useMutation({
    mutationFn: (request: { name: string; cardNumber: string | null }) => simApi.call('simSaveScenario', { body: request }),
    onSuccess: () => {
      setName('');
      void refreshScenarios(queryClient);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(name.trim() === '');
    if (name.trim() !== '') save.mutate({ name: name.trim(), cardNumber });
  };

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('scenarios.save.heading')}</h3>
      {save.isSuccess ? (
        <Alert tone="success">
          <p>{t('scenarios.save.done', { name: save.variables.name })}</p>
        </Alert>
      ) : null}
      <DemoFailure error={save.error} />
      <form className="demo-form" onSubmit={submit} noValidate>
        <TextField
          label={t('scenarios.save.name')}
          hint={patronName ? t('scenarios.save.withPatron', { name: patronName }) : undefined}
          error={empty ? t('scenarios.save.required') : undefined}
          maxLength={80}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('scenarios.save.submitting') : t('scenarios.save.submit')}
        </button>
      </form>
    </section>
  );
}
