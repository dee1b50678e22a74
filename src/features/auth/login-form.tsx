import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../api/contract/library';
import { normalizeCardNumber } from '../../api/contract/card-number';
import { isApiError } from '../../api/client/api-error';
import { Alert } from '../../components/alert';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { useCardNumberInput } from './card-number-input';
import { useLogin } from './use-login';

interface LoginValues {
  cardNumber: string;
  password: string;
}

/** 利用者番号 and パスワード, checked against the library's card format before anything is sent. */
export function LoginForm({ library, onLoggedIn }: { library: LibraryInfo; onLoggedIn: (mustChangePassword: boolean) => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const login = useLogin();
  const cardNumber = useCardNumberInput(library.cardNumber);
  const form = useForm<LoginValues>({ defaultValues: { cardNumber: '', password: '' }, mode: 'onSubmit' });
  const typed = useWatch({ control: form.control, name: 'cardNumber' });

  const onSubmit = form.handleSubmit(async (values) => {
    login.reset();
    const result = await login
      .mutateAsync({ cardNumber: normalizeCardNumber(values.cardNumber), password: values.password })
      .catch(() => null);
    if (result) onLoggedIn(result.session.mustChangePassword);
  });

  const serverFieldError = (path: string) => {
    if (!isApiError(login.error, 'VALIDATION_FAILED')) return undefined;
    const issue = login.error.details.fields?.find((field) => field.path === path);
    return issue ? fieldMessage(issue) : undefined;
  };
  const cardError = form.formState.errors.cardNumber?.message ?? serverFieldError('cardNumber');
  const passwordError = form.formState.errors.password?.message ?? serverFieldError('password');

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {login.error && !isApiError(login.error, 'VALIDATION_FAILED') ? <Alert tone="error">{errorMessage(login.error)}</Alert> : null}
      <TextField
        label={t('login.cardNumber')}
        hint={cardNumber.hint(typed)}
        error={cardError}
        autoComplete="username"
        inputMode="numeric"
        {...form.register('cardNumber', { validate: cardNumber.validate })}
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        error={passwordError}
        {...form.register('password', { required: t('common:fieldErrors.required') })}
      />
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
