import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactMethod } from '../../api/contract/common';
import type { BulkChangeRefusal, ChangeReservationsResult, ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useReservations } from '../../api/queries/reservations';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { ResultSection } from '../../components/result-section';
import { StepHeading } from '../../components/step-heading';
import { useErrorMessage } from '../../lib/error-message';
import { newRequestId } from '../../lib/new-request-id';
import { paths } from '../../lib/paths';
import { BackToList } from './reservation-loader';
import { reservationName } from './reservation-name';
import { useChangeReservations } from './use-reservation-changes';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

type Field = 'pickup' | 'contact';

/** What the patron chose: which reservations, which part, and its new value. Kept while they go back and forth. */
interface Choice {
  ids: string[];
  field: Field;
  value: string;
}

/** Whether the row allows the part chosen to change, and why not (the row's own reason). */
const permissionFor = (item: ReservationItem, field: Field) =>
  field === 'pickup' ? item.actions.changePickup : item.actions.changeContact;

function useRefusalWords() {
  const { t } = useTranslation('reservation');
  return (reason: BulkChangeRefusal | null) => t(`bulk.refusal.${reason ?? 'not-offered'}`);
}

/**
 * 一括変更: tick reservations in 予約状況 and give them one pickup branch or contact method →
 * 確認 → the result per reservation, the refused ones with 【理由】, as 一括延長 does for loans.
 * The library decides per row when it receives the change, so the result, not the
 * confirmation, is the truth; a failed request changes nothing and keeps every choice.
 */
export function BulkChange() {
  const { t } = useTranslation('reservation');
  const errorMessage = useErrorMessage();
  const reservations = useReservations();
  const change = useChangeReservations();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (change.isSuccess) return <BulkChangeResult result={change.data} />;
  if (!reservations.data) {
    if (reservations.isError) return <LoadError message={errorMessage(reservations.error)} onRetry={() => void reservations.refetch()} />;
    return <Loading />;
  }
  const open = reservations.data.items.filter((item) => item.state !== 'cancelled');
  if (choice && confirming) {
    return (
      <BulkChangeConfirmation
        items={open.filter((item) => choice.ids.includes(item.id))}
        choice={choice}
        change={change}
        onBack={() => {
          change.reset();
          setConfirming(false);
        }}
      />
    );
  }
  return (
    <div className="reservation-step">
      <StepHeading>{t('bulk.title')}</StepHeading>
      <BulkChangeForm
        items={open}
        contactMethods={reservations.data.contactMethods}
        initial={choice}
        onSubmit={(chosen) => {
          setChoice(chosen);
          setConfirming(true);
        }}
      />
    </div>
  );
}

function BulkChangeForm({
  items,
  contactMethods,
  initial,
  onSubmit,
}: {
  items: ReservationItem[];
  contactMethods: ContactMethod[];
  initial: Choice | null;
  onSubmit: (choice: Choice) => void;
}) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const refusalWords = useRefusalWords();
  const library = useLibraryInfo().data;
  const id = useId();
  const [field, setField] = useState<Field>(initial?.field ?? 'pickup');
  const [value, setValue] = useState(initial?.value ?? '');
  const [ids, setIds] = useState<string[]>(initial?.ids ?? []);
  const [problem, setProblem] = useState<'nothingSelected' | 'valueRequired' | null>(null);

  const changeable = items.filter((item) => permissionFor(item, field).allowed);
  if (items.every((item) => !item.actions.changePickup.allowed && !item.actions.changeContact.allowed)) {
    return (
      <>
        <Alert tone="info">
          <p>{t('bulk.none')}</p>
        </Alert>
        <BackToList />
      </>
    );
  }
  const options =
    field === 'pickup'
      ? (library?.branches ?? []).map((branch) => ({ value: branch.id, label: words.branch(branch.id) }))
      : contactMethods.map((method) => ({ value: method, label: words.contact(method) }));
  const chosen = ids.filter((chosenId) => changeable.some((item) => item.id === chosenId));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) return setProblem('nothingSelected');
    if (!options.some((option) => option.value === value)) return setProblem('valueRequired');
    onSubmit({ ids: chosen, field, value });
  };

  return (
    <form className="form bulk-change-form" onSubmit={submit} noValidate>
      <p>{t('bulk.lead')}</p>
      {problem ? (
        <Alert tone="error">
          <p>{t(`bulk.${problem}`)}</p>
        </Alert>
      ) : null}
      <fieldset className="choice-group">
        <legend>{t('bulk.field')}</legend>
        {(['pickup', 'contact'] as const).map((candidate) => (
          <label key={candidate} className="choice">
            <input
              type="radio"
              name={`${id}-field`}
              value={candidate}
              checked={field === candidate}
              onChange={() => {
                setField(candidate);
                setValue('');
              }}
            />
            {t(`bulk.fields.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('bulk.value', { field: t(`bulk.fields.${field}`) })}</label>
        <select id={`${id}-value`} value={value} onChange={(event) => setValue(event.target.value)}>
          <option value="">{t('place.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="bulk-change-rows">
        <legend>
          {t('bulk.select')} <span className="reservations-count">{t('bulk.selected', { count: chosen.length })}</span>
        </legend>
        <ul>
          {items.map((item) => {
            const permission = permissionFor(item, field);
            const whyId = `${id}-${item.id}-why`;
            return (
              <li key={item.id} className={permission.allowed ? undefined : 'bulk-change-locked'}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={permission.allowed && ids.includes(item.id)}
                    disabled={!permission.allowed}
                    aria-describedby={permission.allowed ? undefined : whyId}
                    onChange={(event) =>
                      setIds((current) => (event.target.checked ? [...current, item.id] : current.filter((other) => other !== item.id)))
                    }
                  />
                  <span className="bulk-change-name">{reservationName(item)}</span>
                  <span className="bulk-change-now">
                    {field === 'pickup' ? words.branch(item.pickupBranchId) : words.contact(item.contactMethod)}
                    {' · '}
                    {words.state(item.state)}
                  </span>
                </label>
                {permission.allowed ? null : (
                  <span id={whyId} className="row-actions-why">
                    {refusalWords(permission.reason)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('bulk.toConfirm')}
        </button>
        <Link to={paths.mypageReservations()} className="button">
          {t('back')}
        </Link>
      </div>
    </form>
  );
}

function BulkChangeConfirmation({
  items,
  choice,
  change,
  onBack,
}: {
  items: ReservationItem[];
  choice: Choice;
  change: ReturnType<typeof useChangeReservations>;
  onBack: () => void;
}) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const errorMessage = useErrorMessage();
  // One id for the life of this screen: a retry after a failure is the same 一括変更 to the library.
  const [requestId] = useState(newRequestId);
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);
  const value = choice.field === 'pickup' ? words.branch(choice.value) : words.contact(choice.value as ContactMethod);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    const body =
      choice.field === 'pickup'
        ? { requestId, reservationIds: choice.ids, pickupBranchId: choice.value }
        : { requestId, reservationIds: choice.ids, contactMethod: choice.value as ContactMethod };
    const result = await change.mutateAsync(body).catch(() => null);
    if (!result) sending.current = false;
  };
  return (
    <div className="reservation-step">
      <StepHeading>{t('bulk.confirmTitle')}</StepHeading>
      {change.isError ? (
        <Alert tone="error">
          <p>{t('bulk.failed')}</p>
          <p>{errorMessage(change.error)}</p>
          <p>{t('bulk.retry')}</p>
        </Alert>
      ) : null}
      <p>{t('bulk.confirmLead', { count: items.length, field: t(`bulk.fields.${choice.field}`), value })}</p>
      <ul className="bulk-change-confirm">
        {items.map((item) => (
          <li key={item.id}>{reservationName(item)}</li>
        ))}
      </ul>
      <p className="help">{t('bulk.confirmNote')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={change.isPending} onClick={() => void send()}>
          {change.isPending ? t('bulk.submitting') : t('bulk.submit')}
        </button>
        <button type="button" className="button" disabled={change.isPending} onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}

function BulkChangeResult({ result }: { result: ChangeReservationsResult }) {
  const { t } = useTranslation('reservation');
  const refusalWords = useRefusalWords();
  const changed = result.outcomes.filter((outcome) => outcome.changed);
  const notChanged = result.outcomes.filter((outcome) => !outcome.changed);
  const name = (outcome: ChangeReservationsResult['outcomes'][number]) =>
    reservationName({ title: outcome.title ?? outcome.reservationId, volumeLabel: outcome.volumeLabel });
  return (
    <div className="reservation-step">
      <StepHeading>{t('bulk.resultTitle')}</StepHeading>
      <ResultSection
        heading={t('bulk.changed', { count: changed.length })}
        tone="done"
        rows={changed.map((outcome) => ({ key: outcome.reservationId, name: name(outcome), detail: null }))}
      />
      <ResultSection
        heading={t('bulk.notChanged', { count: notChanged.length })}
        tone="refused"
        rows={notChanged.map((outcome) => ({
          key: outcome.reservationId,
          name: name(outcome),
          detail: (
            <span className="result-reason">
              {t('bulk.reason')}
              {refusalWords(outcome.reason)}
            </span>
          ),
        }))}
      />
      <BackToList />
    </div>
  );
}
