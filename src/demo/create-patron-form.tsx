import { useId, useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { simApi } from './sim-api';
import { isApiError } from '../api/client/api-error';
import type { CreatePatronRequest } from '../api/contract/simulation';
import type { FieldIssue } from '../api/contract/errors';
import { Alert } from '../components/alert';
import { TextField } from '../components/text-field';
import { useFieldMessage } from '../lib/error-message';
import { formatDateTime } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { DemoFailure } from './demo-failure';
import { useDemoStore } from './demo-store';
import { simStatusQuery } from './get-sim-status';
import { usePersonaSignIn } from './use-persona-sign-in';

type FieldName = 'name' | 'nameKana' | 'birthDate' | 'email' | 'phone';
const fieldNames: readonly string[] = ['name', 'nameKana', 'birthDate', 'email', 'phone'];

/** The form's own checks; the library checks the rest (katakana, a contact it offers, a past birth date). */
function useCounterFormSchema() {
  const { t } = useTranslation('demo');
  return useMemo(() => {
    const required = z.string().trim().min(1, t('create.required'));
    return z
      .object({
        name: required,
        nameKana: required,
        birthDate: required,
        email: z.union([z.literal(''), z.email(t('create.emailInvalid'))]),
        phone: z.string().trim(),
      })
      .refine((values) => values.email !== '' || values.phone !== '', { path: ['phone'], message: t('create.contactRequired') });
  }, [t]);
}

type CounterFormValues = z.input<ReturnType<typeof useCounterFormSchema>>;

/**
 * 窓口で利用者を作成: a new card as the counter issues it, with the temporary password the library's
 * first-password rule gives (or none, where patrons register one online), ready to sign in as.
 */
export function CreatePatronForm() {
  const { t } = useTranslation('demo');
  const { t: tApp } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const fieldMessage = useFieldMessage();
  const choosePatron = useDemoStore((state) => state.choosePatron);
  const signIn = usePersonaSignIn();
  const schema = useCounterFormSchema();
  const form = useForm<CounterFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', nameKana: '', birthDate: '', email: '', phone: '' },
  });
  const create = useMutation({
    mutationFn: (request: CreatePatronRequest) => simApi.call('simCreatePatron', { body: request }),
    onSuccess: ({ persona }) => {
      choosePatron(persona.cardNumber);
      form.reset();
      void queryClient.invalidateQueries({ queryKey: simStatusQuery.queryKey });
    },
  });

  const issueMessage = (issue: FieldIssue) => {
    if (issue.code === 'kana_only') return tApp('fieldErrors.kana_only');
    if (issue.code === 'contact_required') return t('create.contactRequired');
    if (issue.code === 'email_not_offered') return t('create.emailNotOffered');
    if (issue.code === 'in_future') return t('create.inFuture');
    return fieldMessage(issue);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    create.reset();
    signIn.reset();
    const request: CreatePatronRequest = {
      name: values.name.trim(),
      nameKana: values.nameKana.trim(),
      birthDate: values.birthDate,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
    };
    await create.mutateAsync(request).catch((error: unknown) => {
      if (!isApiError(error, 'VALIDATION_FAILED')) return;
      (error.details.fields ?? [])
        .filter((issue) => fieldNames.includes(issue.path))
        .forEach((issue, n) =>
          form.setError(issue.path as FieldName, { type: 'server', message: issueMessage(issue) }, { shouldFocus: n === 0 }),
        );
    });
  });

  const fieldError = (name: FieldName) => form.formState.errors[name]?.message;
  const placedAtFields =
    isApiError(create.error, 'VALIDATION_FAILED') && (create.error.details.fields ?? []).every((issue) => fieldNames.includes(issue.path));
  const created = create.data;

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('create.heading')}</h3>
      <p className="help">{t('create.lead')}</p>
      {created ? (
        <Alert
          tone="success"
          action={
            <button
              type="button"
              className="button button-small"
              disabled={signIn.isPending}
              onClick={() => signIn.mutate(created.persona.cardNumber)}
            >
              {signIn.isPending ? t('personas.signingIn') : t('personas.signIn', { name: created.persona.name })}
            </button>
          }
        >
          <p>{t('create.done', { name: created.persona.name })}</p>
          <dl className="demo-facts">
            <div>
              <dt>{t('create.cardNumber')}</dt>
              <dd className="mono">{created.persona.cardNumber}</dd>
            </div>
            <div>
              <dt>{t('create.password')}</dt>
              <dd>
                {created.persona.password === null ? t('create.noPassword') : <span className="mono">{created.persona.password}</span>}
                {created.usableFrom ? ` ${t('create.usableFrom', { time: formatDateTime(created.usableFrom, currentLanguage()) })}` : null}
              </dd>
            </div>
          </dl>
        </Alert>
      ) : null}
      <DemoFailure error={signIn.error} />
      <DemoFailure error={placedAtFields ? null : create.error} />
      <form className="demo-form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('create.name')}
          hint={t('create.nameHint')}
          error={fieldError('name')}
          autoComplete="off"
          {...form.register('name')}
        />
        <TextField
          label={t('create.nameKana')}
          hint={t('create.nameKanaHint')}
          error={fieldError('nameKana')}
          autoComplete="off"
          {...form.register('nameKana')}
        />
        <TextField label={t('create.birthDate')} type="date" error={fieldError('birthDate')} {...form.register('birthDate')} />
        <p className="field-hint">{t('create.contactHint')}</p>
        <TextField label={t('create.email')} type="email" error={fieldError('email')} autoComplete="off" {...form.register('email')} />
        <TextField label={t('create.phone')} type="tel" error={fieldError('phone')} autoComplete="off" {...form.register('phone')} />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </section>
  );
}
