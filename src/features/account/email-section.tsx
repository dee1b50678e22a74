import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, EmailSlot } from '../../api/contract/account';
import { isApiError } from '../../api/client/api-error';
import { useLibraryLabel } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { LibraryNotices } from '../../components/library-notices';
import { TextField } from '../../components/text-field';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { useAddEmail, useRemoveEmail } from './use-account-changes';

/** The id of an address's input, so that 連絡方法 can send the patron to it. */
export const emailInputId = (slot: EmailSlot) => `account-email-${slot}`;

/**
 * メールアドレス1/2: each new address gets a confirmation link and is used only once it is opened
 * (24 hours, once). The one in use as a contact cannot be removed until the contact changes.
 */
export function EmailSection({ account }: { account: Account }) {
  const { t } = useTranslation('account');
  const id = useId();
  const title = useLibraryLabel()('account.email.title', 'account:email.title');
  if (account.emails.length === 0) return null;
  return (
    <section className="account-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="help">{t('email.lead', { count: account.emails.length })}</p>
      <LibraryNotices place="account.email" />
      {account.emails.map((email) => (
        <EmailSlotForm key={email.slot} email={email} single={account.emails.length === 1} />
      ))}
    </section>
  );
}

function EmailSlotForm({ email, single }: { email: Account['emails'][number]; single: boolean }) {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const add = useAddEmail();
  const remove = useRemoveEmail();
  const [address, setAddress] = useState('');
  const [empty, setEmpty] = useState(false);
  const label = single ? t('email.single') : t('email.slot', { slot: email.slot });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.reset();
    if (address.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    add.mutate({ slot: email.slot, address: address.trim() }, { onSuccess: () => setAddress('') });
  };

  const fieldIssue = isApiError(add.error, 'VALIDATION_FAILED') ? add.error.details.fields?.[0] : undefined;
  const error = empty ? t('email.empty') : fieldIssue ? fieldMessage(fieldIssue) : undefined;
  const removeRefusal = isApiError(remove.error, 'CONFLICT') ? t('email.inUse') : remove.error ? errorMessage(remove.error) : null;

  return (
    <div className="account-email">
      <h3>{label}</h3>
      <p className="account-email-current">{email.address ?? t('email.unregistered')}</p>
      {email.pending ? (
        <Alert tone="info">
          <p>{t('email.pending', { address: email.pending.address, until: formatDateTime(email.pending.expiresAt, currentLanguage()) })}</p>
        </Alert>
      ) : null}
      {add.isError && !fieldIssue ? (
        <Alert tone="error">
          <p>{errorMessage(add.error)}</p>
        </Alert>
      ) : null}
      {removeRefusal ? (
        <Alert tone="error">
          <p>{removeRefusal}</p>
        </Alert>
      ) : null}
      <form className="form account-email-form" onSubmit={submit} noValidate>
        <TextField
          id={emailInputId(email.slot)}
          label={email.address ? t('email.newAddress', { label }) : t('email.address', { label })}
          hint={t('email.hint')}
          type="email"
          autoComplete="email"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          error={error}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? t('email.sending') : t('email.send')}
          </button>
          {email.address ? (
            <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate(email.slot)}>
              {t('email.remove', { label })}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
