import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/contract/account';
import type { ContactMethod } from '../../api/contract/common';
import { isApiError } from '../../api/client/api-error';
import { useContactMethodLabel, useLibraryLabel } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { emailInputId } from './email-section';
import { useChangeContact } from './use-account-changes';

const isEmail = (method: ContactMethod) => method !== 'phone' && method !== 'mobile';

/**
 * 連絡方法 (the default for new reservations): chosen among what the library offers. A phone not
 * registered is shown but cannot be chosen (the counter registers phones); choosing an e-mail with
 * no address says 「該当する E-mail アドレスが存在しません」 and leads to the address form. The
 * change may also apply to the open reservations whose contact can still change.
 */
export function ContactSection({ account }: { account: Account }) {
  const { t } = useTranslation(['account', 'reservation']);
  const id = useId();
  const errorMessage = useErrorMessage();
  const change = useChangeContact();
  const [method, setMethod] = useState<ContactMethod>(account.contactMethod);
  const [applyToReservations, setApply] = useState(true);
  const registered = (candidate: ContactMethod) => account.registeredContactMethods.includes(candidate);
  const label = useContactMethodLabel();
  const libraryLabel = useLibraryLabel();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ contactMethod: method, applyToReservations });
  };

  const noEmail =
    isApiError(change.error, 'VALIDATION_FAILED') && change.error.details.fields?.some((field) => field.code === 'email_not_registered');
  // The address form to go to: the one the chosen contact misses (both: the first empty one).
  const missing = account.emails.find((email) => email.address === null)?.slot ?? 1;
  const slotFor = account.emails.length > 1 && (method === 'email2' || (method === 'email-both' && missing === 2)) ? 2 : 1;

  return (
    <section className="account-section" aria-labelledby={id}>
      <h2 id={id}>{libraryLabel('account.contact.title', 'account:contact.title')}</h2>
      {change.isSuccess ? (
        <Alert tone="success">
          <p>
            {t('contact.done', { method: label(change.data.account.contactMethod) })}
            {change.data.reservationsUpdated > 0 ? ` ${t('contact.doneReservations', { count: change.data.reservationsUpdated })}` : ''}
          </p>
        </Alert>
      ) : null}
      {noEmail ? (
        <Alert tone="error">
          <p>{t('contact.noEmail')}</p>
          <p>
            <a href={`#${emailInputId(slotFor)}`}>{t('contact.addEmail')}</a>
          </p>
        </Alert>
      ) : change.isError ? (
        <Alert tone="error">
          <p>{t('contact.failed')}</p>
          <p>{errorMessage(change.error)}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="choice-group">
          <legend>{t('contact.legend')}</legend>
          {account.contactMethods.map((candidate) => {
            const phoneMissing = !isEmail(candidate) && !registered(candidate);
            return (
              <label key={candidate} className="choice">
                <input
                  type="radio"
                  name="contactMethod"
                  value={candidate}
                  checked={method === candidate}
                  disabled={phoneMissing}
                  onChange={() => setMethod(candidate)}
                />
                {label(candidate)}
                {!registered(candidate) ? (
                  <span className="account-unregistered">{t(phoneMissing ? 'contact.counterOnly' : 'contact.unregistered')}</span>
                ) : null}
              </label>
            );
          })}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={applyToReservations} onChange={(event) => setApply(event.target.checked)} />
          {t('contact.applyToReservations')}
        </label>
        <p className="help">{t('contact.applyHint')}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {change.isPending ? t('contact.submitting') : libraryLabel('account.contact.submit', 'account:contact.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
