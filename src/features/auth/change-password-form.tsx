import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PasswordPolicy } from '../../api/contract/library';
import { isApiError } from '../../api/client/api-error';
import { Alert } from '../../components/alert';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { usePasswordPolicyText } from './password-policy-text';
import { useChangePassword } from './use-change-password';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Old, new and new again, with the library's policy next to the new one. The server decides. */
export function ChangePasswordForm({
  policy,
  temporary,
  onChanged,
}: {
  policy: PasswordPolicy;
  temporary: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const policyText = usePasswordPolicyText();
  const change = useChangePassword();
  const form = useForm<PasswordValues>({ defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    change.reset();
    const changed = await change.mutateAsync({ currentPassword, newPassword }).catch(() => null);
    if (changed) onChanged();
  });

  const serverIssue = (path: string) => {
    const issue =
      change.error instanceof Error && isApiError(change.error)
        ? change.error.details.fields?.find((field) => field.path === path)
        : undefined;
    return issue ? fieldMessage(issue) : undefined;
  };
  const hasFieldIssues = isApiError(change.error) && (change.error.details.fields?.length ?? 0) > 0;

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {change.error && !hasFieldIssues ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      <TextField
        label={temporary ? t('password.currentTemporary') : t('password.current')}
        type="password"
        autoComplete="current-password"
        error={form.formState.errors.currentPassword?.message ?? serverIssue('currentPassword')}
        {...form.register('currentPassword', { required: t('common:fieldErrors.required') })}
      />
      <TextField
        label={t('password.new')}
        hint={policyText(policy)}
        type="password"
        autoComplete="new-password"
        error={form.formState.errors.newPassword?.message ?? serverIssue('newPassword')}
        {...form.register('newPassword', { required: t('common:fieldErrors.required') })}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        error={form.formState.errors.confirmPassword?.message}
        {...form.register('confirmPassword', {
          required: t('common:fieldErrors.required'),
          validate: (value, values) => value === values.newPassword || t('password.mismatch'),
        })}
      />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {change.isPending ? t('password.submitting') : t('password.submit')}
      </button>
    </form>
  );
}
