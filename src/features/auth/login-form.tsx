import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
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
  // The card number by the name the form gives it (p000's 登録番号).
  const card = useLibraryLabel()('login.cardNumber', 'auth:login.cardNumber');
  const checklist = useLibraryNotices('login.invalidCredentials');
  if (checklist.length > 0) {
    return (
      <>
        <p>{t('login.invalid.checklist', { card })}</p>
        <LibraryNotices place="login.invalidCredentials" as="list" />
      </>
    );
  }
  const check = policy.charset === 'digits' ? 'digits' : policy.caseSensitive ? 'caseSensitive' : 'halfWidth';
  return t(`login.invalid.${check}`, { card });
}

/**
 * 利用者番号 and パスワード, each with the library's form beside it (from GET /library); the card
 * number checked against it before anything is sent, the password by the library. A plain
 * controlled form (the first page of a visit carries no form library): checked at the first
 * submit, then again at every keystroke, the first wrong field focused.
 */
export function LoginForm({ library, onLoggedIn }: { library: LibraryInfo; onLoggedIn: (mustChangePassword: boolean) => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const policyText = usePasswordPolicyText();
  const label = useLibraryLabel();
  const login = useLogin();
  const cardNumber = useCardNumberInput(library.cardNumber);
  const [values, setValues] = useState<LoginValues>({ cardNumber: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const cardRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const check = ({ cardNumber: typed, password }: LoginValues): Partial<Record<keyof LoginValues, string>> => {
    const card = cardNumber.validate(typed);
    return { cardNumber: card === true ? undefined : card, password: password ? undefined : t('common:fieldErrors.required') };
  };
  const errors = submitted ? check(values) : {};
  const inputOf = (name: keyof LoginValues) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValues((previous) => ({ ...previous, [name]: event.target.value })),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = check(values);
    if (found.cardNumber || found.password) {
      (found.cardNumber ? cardRef : passwordRef).current?.focus();
      return;
    }
    login.reset();
    const result = await login
      .mutateAsync({ cardNumber: normalizeCardNumber(values.cardNumber), password: values.password })
      .catch(() => null);
    if (result) onLoggedIn(result.session.mustChangePassword);
  };

  const serverFieldError = (path: string) => {
    if (!isApiError(login.error, 'VALIDATION_FAILED')) return undefined;
    const issue = login.error.details.fields?.find((field) => field.path === path);
    if (!issue) return undefined;
    // A password not of the library's form (p000 checks it before looking the card up): the rule in full.
    return path === 'password' && issue.code !== 'required'
      ? t('login.passwordForm', { policy: policyText(library.password) })
      : fieldMessage(issue);
  };
  const cardError = errors.cardNumber ?? serverFieldError('cardNumber');
  const passwordError = errors.password ?? serverFieldError('password');

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {login.error && !isApiError(login.error, 'VALIDATION_FAILED') ? (
        <Alert tone="error">
          {isApiError(login.error, 'INVALID_CREDENTIALS') ? <InvalidCredentials policy={library.password} /> : errorMessage(login.error)}
        </Alert>
      ) : null}
      <TextField
        label={label('login.cardNumber', 'auth:login.cardNumber')}
        hint={cardNumber.hint(values.cardNumber)}
        error={cardError}
        autoComplete="username"
        inputMode="numeric"
        ref={cardRef}
        {...inputOf('cardNumber')}
      />
      <TextField
        label={t('login.password')}
        hint={policyText(library.password)}
        type="password"
        autoComplete="current-password"
        error={passwordError}
        ref={passwordRef}
        {...inputOf('password')}
      />
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : label('login.submit', 'auth:login.submit')}
      </button>
    </form>
  );
}
