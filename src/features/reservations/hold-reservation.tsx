import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import { HoldRefusal, type ReservationItem } from '../../api/contract/reservations';
import { Alert } from '../../components/alert';
import { StepHeading } from '../../components/step-heading';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { ReservationFacts } from './reservation-facts';
import { BackToList, ReservationLoader } from './reservation-loader';
import { useHoldReservation, useResumeReservation } from './use-reservation-changes';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

/**
 * 保留: hold a waiting reservation until a day, within the days the library allows (the row says
 * which), or give a held one another day; 保留を解除 takes it up again at once. A day outside the
 * limits, or a refusal, is said in words, and the reservation stays as it was.
 */
export function HoldReservation({ reservationId }: { reservationId: string }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const hold = useHoldReservation();
  const resume = useResumeReservation();
  if (hold.isSuccess) {
    return (
      <div className="reservation-step">
        <StepHeading>{t('hold.done')}</StepHeading>
        <p>{t('hold.doneLead', { date: words.date(hold.data.heldUntil!), list: words.listName })}</p>
        <ReservationFacts item={hold.data} />
        <BackToList />
      </div>
    );
  }
  if (resume.isSuccess) {
    return (
      <div className="reservation-step">
        <StepHeading>{t('hold.resumed')}</StepHeading>
        <p>{t('hold.resumedLead')}</p>
        <ReservationFacts item={resume.data} />
        <BackToList />
      </div>
    );
  }
  return (
    <ReservationLoader reservationId={reservationId} heading={t('hold.title')}>
      {(item) => <HoldForm item={item} hold={hold} resume={resume} />}
    </ReservationLoader>
  );
}

function HoldForm({
  item,
  hold,
  resume,
}: {
  item: ReservationItem;
  hold: ReturnType<typeof useHoldReservation>;
  resume: ReturnType<typeof useResumeReservation>;
}) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const id = useId();
  const [until, setUntil] = useState(item.heldUntil ?? '');
  const [missing, setMissing] = useState(false);
  const sending = useRef(false);
  const { allowed, reason, earliest, latest } = item.actions.hold;

  if (!allowed && !item.actions.resume.allowed) {
    return (
      <div className="reservation-step">
        <StepHeading>{t('hold.title')}</StepHeading>
        <Alert tone="info">
          <p>{t(`hold.locked.${reason ?? 'not-offered'}`)}</p>
        </Alert>
        <ReservationFacts item={item} />
        <BackToList />
      </div>
    );
  }

  const once = async (action: () => Promise<unknown>) => {
    if (sending.current) return;
    sending.current = true;
    await action().catch(() => null);
    sending.current = false;
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!until) return setMissing(true);
    setMissing(false);
    resume.reset();
    void once(() => hold.mutateAsync({ reservationId: item.id, until }));
  };
  const issues = isApiError(hold.error, 'VALIDATION_FAILED') ? (hold.error.details.fields ?? []) : [];
  const busy = hold.isPending || resume.isPending;
  // A CONFLICT names why, as the row would now (the reservation moved on meanwhile).
  const refused = isApiError(hold.error, 'CONFLICT') ? HoldRefusal.safeParse(hold.error.details.reason) : null;
  const refusal = refused?.success ? refused.data : null;

  return (
    <div className="reservation-step">
      <StepHeading>{t('hold.title')}</StepHeading>
      {hold.isError ? (
        <Alert tone="error">
          <p>{t('hold.failed')}</p>
          {issues.length > 0 ? (
            issues.map((issue) => <p key={issue.code}>{fieldMessage(issue)}</p>)
          ) : (
            <p>{refusal ? t(`hold.locked.${refusal}`) : errorMessage(hold.error)}</p>
          )}
        </Alert>
      ) : null}
      {resume.isError ? (
        <Alert tone="error">
          <p>{t('hold.resumeFailed')}</p>
          <p>{errorMessage(resume.error)}</p>
        </Alert>
      ) : null}
      <p>{item.heldUntil ? t('hold.currently', { date: words.date(item.heldUntil) }) : t('hold.lead')}</p>
      <ReservationFacts item={item} />
      {allowed ? (
        <form className="form hold-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-until`}>{t('hold.until')}</label>
            <input
              id={`${id}-until`}
              type="date"
              value={until}
              min={earliest ?? undefined}
              max={latest ?? undefined}
              aria-describedby={`${id}-hint${missing ? ` ${id}-missing` : ''}`}
              aria-invalid={missing || issues.length > 0 ? true : undefined}
              onChange={(event) => setUntil(event.target.value)}
            />
            <p id={`${id}-hint`} className="field-hint">
              {t('hold.untilHint', { from: words.date(earliest!), to: words.date(latest!) })}
            </p>
            {missing ? (
              <p id={`${id}-missing`} className="field-error">
                {t('hold.dayRequired')}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {hold.isPending ? t('hold.submitting') : item.heldUntil ? t('hold.submitChange') : t('hold.submit')}
            </button>
            {item.actions.resume.allowed ? <ResumeButton item={item} resume={resume} busy={busy} onResume={once} /> : null}
            <Link to={paths.mypageReservations()} className="button">
              {t('back')}
            </Link>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <ResumeButton item={item} resume={resume} busy={busy} onResume={once} />
          <Link to={paths.mypageReservations()} className="button">
            {t('back')}
          </Link>
        </div>
      )}
    </div>
  );
}

function ResumeButton({
  item,
  resume,
  busy,
  onResume,
}: {
  item: ReservationItem;
  resume: ReturnType<typeof useResumeReservation>;
  busy: boolean;
  onResume: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useTranslation('reservation');
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void onResume(() => resume.mutateAsync(item.id))}>
      {resume.isPending ? t('hold.resuming') : t('hold.resume')}
    </button>
  );
}
