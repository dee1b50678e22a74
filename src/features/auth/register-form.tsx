import { useLayoutEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RegisterRequest } from '../../api/contract/account';
import type { FieldIssue } from '../../api/contract/errors';
import type { LibraryInfo } from '../../api/contract/library';
import { normalizeCardNumber } from '../../api/contract/card-number';
import { isApiError } from '../../api/client/api-error';
import { Alert } from '../../components/alert';
import { LibraryNotices } from '../../components/library-notices';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { parseTypedDate } from '../../lib/typed-date';
import { useCardNumberInput } from './card-number-input';
import { usePasswordPolicyText } from './password-policy-text';
import type { RegistrationMode } from './registration-mode';
import type { useRegister } from './use-register';
import './auth.css';

interface RegisterValues {
  cardNumber: string;
  nameKana: string;
  birthDate: string;
  phone: string;
  email: string;
  newPassword: string;
  confirmPassword: string;
}

type FieldName = keyof RegisterValues;
const fieldNames: readonly FieldName[] = ['cardNumber', 'nameKana', 'birthDate', 'phone', 'email', 'newPassword', 'confirmPassword'];
const isFieldName = (path: string): path is FieldName => (fieldNames as readonly string[]).includes(path);

/** The refusals the library ties to one field: the form's own mistakes and the password policy. */
function fieldIssuesOf(error: unknown): FieldIssue[] {
  return isApiError(error, 'VALIDATION_FAILED', 'PASSWORD_POLICY_VIOLATION') ? (error.details.fields ?? []) : [];
}

interface RegisterFormProps {
  library: LibraryInfo;
  mode: RegistrationMode;
  registration: ReturnType<typeof useRegister>;
}

/**
 * 利用者番号, 氏名カナ, 生年月日, 電話番号 as registered at the counter (and, where the library confirms
 * by e-mail, the address for the link), then the new password twice. The form checks what it can
 * read itself (the card's format, a real day, the two passwords alike); the library decides the
 * rest, and its field refusals appear next to their fields. A failure keeps everything typed.
 */
export function RegisterForm({ library, mode, registration }: RegisterFormProps) {
  const { t } = useTranslation(['auth', 'common']);
  const fieldMessage = useFieldMessage();
  const policyText = usePasswordPolicyText();
  const byEmail = mode === 'self-registration-email';
  const cardNumber = useCardNumberInput(library.cardNumber);
  const form = useForm<RegisterValues>({
    defaultValues: { cardNumber: '', nameKana: '', birthDate: '', phone: '', email: '', newPassword: '', confirmPassword: '' },
  });
  const [typedCard, typedBirthDate] = useWatch({ control: form.control, name: ['cardNumber', 'birthDate'] });
  const birthDay = parseTypedDate(typedBirthDate);

  /** The library's generic codes (invalid, too_short) said in words that fit the field. */
  const issueMessage = (issue: FieldIssue): string => {
    if (issue.code === 'required') return t('common:fieldErrors.required');
    if (issue.path === 'email') return t('register.emailInvalid');
    if (issue.path === 'phone') return t('register.phoneInvalid');
    if (issue.path === 'birthDate') return t('register.birthDateInvalid');
    return fieldMessage(issue);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    registration.reset();
    const request: RegisterRequest = {
      cardNumber: normalizeCardNumber(values.cardNumber),
      nameKana: values.nameKana.trim(),
      birthDate: parseTypedDate(values.birthDate)!,
      phone: values.phone.trim(),
      newPassword: values.newPassword,
      ...(byEmail ? { email: values.email.trim() } : {}),
    };
    await registration.mutateAsync(request).catch((error: unknown) => {
      fieldIssuesOf(error)
        .filter((issue) => isFieldName(issue.path))
        .forEach((issue, n) =>
          form.setError(issue.path as FieldName, { type: 'server', message: issueMessage(issue) }, { shouldFocus: n === 0 }),
        );
    });
  });

  const issues = fieldIssuesOf(registration.error);
  const placedNextToFields = issues.length > 0 && issues.every((issue) => isFieldName(issue.path));
  const refusal = registration.error && !placedNextToFields ? registration.error : null;

  // The refusal is read at the top of a long form while the patron is at its button: move there.
  const alertRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);

  const error = (name: FieldName) => form.formState.errors[name]?.message;

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {refusal ? (
        <div ref={alertRef} tabIndex={-1} className="form-alert">
          <RegisterRefusal error={refusal} library={library} />
        </div>
      ) : null}
      <fieldset className="form-group">
        <legend>{t('register.identity')}</legend>
        <p className="field-hint">{t('register.identityHint')}</p>
        <TextField
          label={t('login.cardNumber')}
          hint={cardNumber.hint(typedCard)}
          error={error('cardNumber')}
          autoComplete="username"
          inputMode="numeric"
          {...form.register('cardNumber', { validate: cardNumber.validate })}
        />
        <TextField
          label={t('register.nameKana')}
          hint={t('register.nameKanaHint')}
          error={error('nameKana')}
          autoComplete="off"
          {...form.register('nameKana', { validate: (value) => value.trim().length > 0 || t('common:fieldErrors.required') })}
        />
        <TextField
          label={t('register.birthDate')}
          hint={
            <>
              {t('register.birthDateHint')}
              {birthDay ? (
                <span className="field-preview"> {t('register.birthDatePreview', { date: formatDate(birthDay, currentLanguage()) })}</span>
              ) : null}
            </>
          }
          error={error('birthDate')}
          autoComplete="bday"
          {...form.register('birthDate', {
            validate: (value) => {
              if (!value.trim()) return t('common:fieldErrors.required');
              return parseTypedDate(value) !== null || t('register.birthDateInvalid');
            },
          })}
        />
        <TextField
          label={t('register.phone')}
          hint={t('register.phoneHint')}
          error={error('phone')}
          type="tel"
          autoComplete="tel"
          {...form.register('phone', { validate: (value) => value.trim().length > 0 || t('common:fieldErrors.required') })}
        />
      </fieldset>
      {byEmail ? (
        <fieldset className="form-group">
          <legend>{t('register.mailGroup')}</legend>
          <LibraryNotices place="register.email" />
          <TextField
            label={t('register.email')}
            hint={t('register.emailHint')}
            error={error('email')}
            type="email"
            autoComplete="email"
            {...form.register('email', {
              validate: (value) => {
                if (!value.trim()) return t('common:fieldErrors.required');
                // The contract's own rule for an address, so the form and the library agree.
                return RegisterRequest.shape.email.safeParse(value.trim()).success || t('register.emailInvalid');
              },
            })}
          />
        </fieldset>
      ) : null}
      <fieldset className="form-group">
        <legend>{t('register.passwordGroup')}</legend>
        <TextField
          label={t('password.new')}
          hint={policyText(library.password)}
          error={error('newPassword')}
          type="password"
          autoComplete="new-password"
          {...form.register('newPassword', { required: t('common:fieldErrors.required') })}
        />
        <TextField
          label={t('password.confirm')}
          error={error('confirmPassword')}
          type="password"
          autoComplete="new-password"
          {...form.register('confirmPassword', {
            required: t('common:fieldErrors.required'),
            validate: (value, values) => value === values.newPassword || t('password.mismatch'),
          })}
        />
      </fieldset>
      <button type="submit" className="button button-primary" disabled={registration.isPending}>
        {registration.isPending ? t('register.submitting') : t(`register.submit.${mode}`)}
      </button>
    </form>
  );
}

/**
 * A refusal of the whole request. A mismatch names the kinds of data to check, never which one
 * differed, so that nobody can find out a patron's registration by trying.
 */
function RegisterRefusal({ error, library }: { error: Error; library: LibraryInfo }) {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  if (isApiError(error, 'INVALID_CREDENTIALS')) {
    return (
      <Alert tone="error">
        <p>{t('register.mismatch')}</p>
        <p>{t('register.mismatchTips', { max: library.lockout.maxFailures, minutes: library.lockout.lockMinutes })}</p>
      </Alert>
    );
  }
  if (isApiError(error, 'ACCOUNT_LOCKED')) {
    const until = error.details.lockedUntil;
    return (
      <Alert tone="error">
        {until ? t('register.locked', { until: formatDateTime(until, currentLanguage()) }) : t('register.lockedSoon')}
      </Alert>
    );
  }
  if (isApiError(error, 'CONFLICT')) return <Alert tone="error">{t('register.notOffered')}</Alert>;
  return <Alert tone="error">{errorMessage(error)}</Alert>;
}
