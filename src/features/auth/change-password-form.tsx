import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PasswordPolicy } from '../../api/contract/library';
import { isApiError } from '../../api/client/api-error';
import { useLibraryLabel } from '../../api/queries/library-info';
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

/**
 * Old, new and new again, with the library's policy next to the new one — or, where the library
 * replaces a temporary password with the new one alone (p000: 本パスワード twice, then 設定), new
 * and new again, in the library's words. The server decides.
 */
export function ChangePasswordForm({
  policy,
  temporary,
  asksCurrent,
  onChanged,
}: {
  policy: PasswordPolicy;
  temporary: boolean;
  asksCurrent: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const policyText = usePasswordPolicyText();
  const label = useLibraryLabel();
  const change = useChangePassword();
  const form = useForm<PasswordValues>({ defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    change.reset();
    const changed = await change.mutateAsync(asksCurrent ? { currentPassword, newPassword } : { newPassword }).catch(() => null);
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
      {asksCurrent ? (
        <TextField
          label={label('password.current', temporary ? 'auth:password.currentTemporary' : 'auth:password.current')}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.currentPassword?.message ?? serverIssue('currentPassword')}
          {...form.register('currentPassword', { required: t('common:fieldErrors.required') })}
        />
      ) : null}
      <TextField
        label={label('password.new', 'auth:password.new')}
        hint={policyText(policy)}
        type="password"
        autoComplete="new-password"
        error={form.formState.errors.newPassword?.message ?? serverIssue('newPassword')}
        {...form.register('newPassword', { required: t('common:fieldErrors.required') })}
      />
      <TextField
        label={label('password.confirm', 'auth:password.confirm')}
        type="password"
        autoComplete="new-password"
        error={form.formState.errors.confirmPassword?.message}
        {...form.register('confirmPassword', {
          required: t('common:fieldErrors.required'),
          validate: (value, values) => value === values.newPassword || t('password.mismatch'),
        })}
      />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {change.isPending ? t('password.submitting') : label('password.submit', 'auth:password.submit')}
      </button>
    </form>
  );
}
