import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import type { ContactMethod } from '../../api/contract/common';
import type { ReservationItem } from '../../api/contract/reservations';
import { Alert } from '../../components/alert';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { ReservationFacts } from './reservation-facts';
import { BackToList, ReservationLoader } from './reservation-loader';
import { reservationName } from './reservation-name';
import { StepHeading } from '../../components/step-heading';
import { useChangeReservation, type ChangeRequest } from './use-reservation-changes';
import { useLockMessage } from './use-lock-message';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

interface ChangeReservationProps {
  reservationId: string;
}

/**
 * 予約情報変更 → 予約情報変更確認 → 「予約情報変更申込を受付ました」: the pickup branch (only
 * where the item can be handed out) and the contact method (only the patron's own). A part the
 * library does not allow to change is shown, disabled, with the reason.
 */
export function ChangeReservation({ reservationId }: ChangeReservationProps) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const change = useChangeReservation();
  if (change.isSuccess) {
    return (
      <div className="reservation-step">
        <StepHeading>{t('change.done')}</StepHeading>
        <ReservationFacts item={change.data} />
        <BackToList />
      </div>
    );
  }
  return (
    <ReservationLoader reservationId={reservationId} heading={words.changeTitle}>
      {(item, contactMethods) => <ChangeSteps item={item} contactMethods={contactMethods} change={change} />}
    </ReservationLoader>
  );
}

/** The form, then its confirmation; what was chosen stays when the patron goes back. */
function ChangeSteps({
  item,
  contactMethods,
  change,
}: {
  item: ReservationItem;
  contactMethods: ContactMethod[];
  change: ReturnType<typeof useChangeReservation>;
}) {
  const words = useReservationWords();
  const lockMessage = useLockMessage();
  const [pending, setPending] = useState<ChangeRequest | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (!item.actions.changePickup.allowed && !item.actions.changeContact.allowed) {
    return (
      <div className="reservation-step">
        <StepHeading>{words.changeTitle}</StepHeading>
        <Alert tone="info">
          <p>{lockMessage(item)}</p>
        </Alert>
        <ReservationFacts item={item} />
        <BackToList />
      </div>
    );
  }
  if (pending && confirming) {
    return (
      <ChangeConfirmation
        item={item}
        change={pending}
        mutation={change}
        onBack={() => {
          change.reset();
          setConfirming(false);
        }}
      />
    );
  }
  return (
    <ChangeForm
      item={item}
      contactMethods={contactMethods}
      initial={pending}
      onSubmit={(request) => {
        setPending(request);
        setConfirming(true);
      }}
    />
  );
}

interface Values {
  pickupBranchId: string;
  contactMethod: ContactMethod;
}

function ChangeForm({
  item,
  contactMethods,
  initial,
  onSubmit,
}: {
  item: ReservationItem;
  contactMethods: ContactMethod[];
  initial: ChangeRequest | null;
  onSubmit: (change: ChangeRequest) => void;
}) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const id = useId();
  const { changePickup, changeContact } = item.actions;
  // The library lists every branch; one that cannot hand this item out (CD・DVD at a related
  // facility) is shown disabled and named so.
  const someExcluded = changePickup.allowed && changePickup.choices.some((choice) => !choice.allowed);
  const methods = contactMethods.includes(item.contactMethod) ? contactMethods : [item.contactMethod, ...contactMethods];
  const form = useForm<Values>({
    defaultValues: {
      pickupBranchId: initial?.pickupBranchId ?? item.pickupBranchId,
      contactMethod: initial?.contactMethod ?? item.contactMethod,
    },
  });
  const [nothing, setNothing] = useState(false);

  const submit = form.handleSubmit((values) => {
    const request: ChangeRequest = {};
    if (changePickup.allowed && values.pickupBranchId !== item.pickupBranchId) request.pickupBranchId = values.pickupBranchId;
    if (changeContact.allowed && values.contactMethod !== item.contactMethod) request.contactMethod = values.contactMethod;
    if (request.pickupBranchId === undefined && request.contactMethod === undefined) {
      setNothing(true);
      return;
    }
    onSubmit(request);
  });

  const pickupReason = changePickup.reason ?? 'not-offered';
  const pickupLocked = changePickup.allowed
    ? null
    : t(`change.pickupLocked.${pickupReason}`, { state: words.lockedState(item, pickupReason) });
  return (
    <div className="reservation-step">
      <StepHeading>{words.changeTitle}</StepHeading>
      <p>{t('change.lead')}</p>
      <ReservationFacts item={item} />
      <form className="form change-form" onSubmit={submit} noValidate>
        {nothing ? (
          <Alert tone="error">
            <p>{t('change.nothing')}</p>
          </Alert>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-pickup`}>{t('change.pickup')}</label>
          <select
            id={`${id}-pickup`}
            disabled={!changePickup.allowed}
            aria-describedby={pickupLocked ? `${id}-pickup-locked` : someExcluded ? `${id}-pickup-av` : undefined}
            {...form.register('pickupBranchId')}
          >
            {changePickup.choices.map(({ branchId, allowed, reason }) => (
              <option key={branchId} value={branchId} disabled={!allowed}>
                {reason === 'pickup-not-possible' ? t('place.avOption', { name: words.branch(branchId) }) : words.branch(branchId)}
              </option>
            ))}
          </select>
          {someExcluded ? (
            <p id={`${id}-pickup-av`} className="field-hint">
              {t('change.avHint')}
            </p>
          ) : null}
          {pickupLocked ? (
            <p id={`${id}-pickup-locked`} className="field-hint">
              {pickupLocked}
            </p>
          ) : null}
        </div>
        <fieldset className="choice-group" disabled={!changeContact.allowed}>
          <legend>{t('place.contact')}</legend>
          {methods.map((method) => (
            <label key={method} className="choice">
              <input type="radio" value={method} {...form.register('contactMethod')} />
              {words.contact(method)}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('change.submit')}
          </button>
          <Link to={paths.mypageReservations()} className="button">
            {t('back')}
          </Link>
        </div>
      </form>
    </div>
  );
}

function ChangeConfirmation({
  item,
  change,
  mutation,
  onBack,
}: {
  item: ReservationItem;
  change: ChangeRequest;
  mutation: ReturnType<typeof useChangeReservation>;
  onBack: () => void;
}) {
  const { t } = useTranslation('reservation');
  const errorMessage = useErrorMessage();
  const words = useReservationWords();
  const fieldMessage = useFieldMessage();
  const sending = useRef(false);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    await mutation.mutateAsync({ reservationId: item.id, change }).catch(() => null);
    sending.current = false;
  };
  const rows = [
    change.pickupBranchId !== undefined
      ? { key: 'pickup', label: t('change.pickup'), before: words.branch(item.pickupBranchId), after: words.branch(change.pickupBranchId) }
      : null,
    change.contactMethod !== undefined
      ? { key: 'contact', label: t('place.contact'), before: words.contact(item.contactMethod), after: words.contact(change.contactMethod) }
      : null,
  ].filter((row) => row !== null);
  const issues = isApiError(mutation.error, 'VALIDATION_FAILED') ? (mutation.error.details.fields ?? []) : [];

  return (
    <div className="reservation-step">
      <StepHeading>{t('change.confirmTitle')}</StepHeading>
      {mutation.isError ? (
        <Alert tone="error">
          <p>{t('change.failed')}</p>
          {issues.length > 0 ? (
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}-${issue.code}`}>{fieldMessage(issue)}</li>
              ))}
            </ul>
          ) : (
            <p>{errorMessage(mutation.error)}</p>
          )}
        </Alert>
      ) : null}
      <p>{t('change.confirmLead')}</p>
      <dl className="facts reservation-facts">
        <div>
          <dt>{t('list.columns.title')}</dt>
          <dd>{reservationName(item)}</dd>
        </div>
      </dl>
      <table className="change-table">
        <caption className="visually-hidden">{t('change.confirmTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('change.field')}</th>
            <th scope="col">{t('change.before')}</th>
            <th scope="col">{t('change.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td className="change-after">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={mutation.isPending} onClick={() => void send()}>
          {mutation.isPending ? t('change.submitting') : t('change.submit')}
        </button>
        <button type="button" className="button" disabled={mutation.isPending} onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}
