import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo, PasswordPolicy } from '../../api/contract/library';
import { normalizeCardNumber } from '../../api/contract/card-number';
import { isApiError } from '../../api/client/api-error';
import { useLibraryLabel, useLibraryNotices } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { LibraryNotices } from '../../components/library-notices';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { useCardNumberInput } from './card-number-input';
import { usePasswordPolicyText } from './password-policy-text';
import { useLogin } from './use-login';

interface LoginValues {
  cardNumber: string;
  password: string;
}

/**
 * A wrong card number or password: what to check, naming only what applies to this library's
 * passwords (no capital letters where they are digits), or its own checklist where its page gives one (p004).
 */
function InvalidCredentials({ policy }: { policy: PasswordPolicy }) {
  const { t } = useTranslation('auth');
  const checklist = useLibraryNotices('login.invalidCredentials');
  if (checklist.length > 0) {
    return (
      <>
        <p>{t('login.invalid.checklist')}</p>
        <LibraryNotices place="login.invalidCredentials" as="list" />
      </>
    );
  }
  const check = policy.charset === 'digits' ? 'digits' : policy.caseSensitive ? 'caseSensitive' : 'halfWidth';
  return t(`login.invalid.${check}`);
}

/**
 * 利用者番号 and パスワード, each with the library's form beside it (from GET /library); the card
 * number checked against it before anything is sent, the password by the library.
 */
export function LoginForm({ library, onLoggedIn }: { library: LibraryInfo; onLoggedIn: (mustChangePassword: boolean) => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const policyText = usePasswordPolicyText();
  const label = useLibraryLabel();
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
    if (!issue) return undefined;
    // A password not of the library's form (p000 checks it before looking the card up): the rule in full.
    return path === 'password' && issue.code !== 'required'
      ? t('login.passwordForm', { policy: policyText(library.password) })
      : fieldMessage(issue);
  };
  const cardError = form.formState.errors.cardNumber?.message ?? serverFieldError('cardNumber');
  const passwordError = form.formState.errors.password?.message ?? serverFieldError('password');

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {login.error && !isApiError(login.error, 'VALIDATION_FAILED') ? (
        <Alert tone="error">
          {isApiError(login.error, 'INVALID_CREDENTIALS') ? <InvalidCredentials policy={library.password} /> : errorMessage(login.error)}
        </Alert>
      ) : null}
      <TextField
        label={label('login.cardNumber', 'auth:login.cardNumber')}
        hint={cardNumber.hint(typed)}
        error={cardError}
        autoComplete="username"
        inputMode="numeric"
        {...form.register('cardNumber', { validate: cardNumber.validate })}
      />
      <TextField
        label={t('login.password')}
        hint={policyText(library.password)}
        type="password"
        autoComplete="current-password"
        error={passwordError}
        {...form.register('password', { required: t('common:fieldErrors.required') })}
      />
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : label('login.submit', 'auth:login.submit')}
      </button>
    </form>
  );
}
