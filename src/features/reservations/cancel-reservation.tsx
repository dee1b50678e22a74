import { useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo, useLibraryWording } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { ReservationFacts } from './reservation-facts';
import { BackToList, ReservationLoader } from './reservation-loader';
import { StepHeading } from '../../components/step-heading';
import { useCancelReservation } from './use-reservation-changes';
import { useLockMessage } from './use-lock-message';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

/**
 * 予約取消確認 → 取消する → 「予約取消を申込みました」. The reservation becomes 取消申込 and is
 * still counted until the library approves it; a failure changes nothing and says so. The result
 * promises what the list will then show, as the library lists cancelled reservations: the row
 * marked 取消（本人取消） (p003), moved to 予約取消一覧 (p004), or gone (where none are listed).
 */
export function CancelReservation({ reservationId }: { reservationId: string }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const errorMessage = useErrorMessage();
  const library = useLibraryInfo();
  const cancel = useCancelReservation();

  // What the screen promises (when the cancel becomes final, what the list then shows) is the
  // library's to say: until its rules are here, nothing is promised.
  const rules = library.data?.reservations;
  if (!rules) {
    return library.isError ? <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} /> : <Loading />;
  }
  const minutes = rules.approvalMinutes;

  if (cancel.isSuccess) {
    const requested = words.state('cancel-requested');
    return (
      <div className="reservation-step">
        <StepHeading>{t('cancel.done')}</StepHeading>
        <p>
          {rules.cancelledVisibleDays === 0
            ? t('cancel.doneNoteGone', { minutes, requested, list: words.listName })
            : rules.cancelledList === 'apart'
              ? t('cancel.doneNoteApart', { minutes, requested, list: words.cancelledList, days: rules.cancelledVisibleDays })
              : t('cancel.doneNote', { minutes, requested, state: words.stateWithReason('cancelled', 'patron') })}
        </p>
        <ReservationFacts item={cancel.data} />
        <BackToList />
      </div>
    );
  }
  return (
    <ReservationLoader reservationId={reservationId} heading={words.cancelTitle}>
      {(item) => <CancelConfirmation item={item} cancel={cancel} minutes={minutes} />}
    </ReservationLoader>
  );
}

function CancelConfirmation({
  item,
  cancel,
  minutes,
}: {
  item: ReservationItem;
  cancel: ReturnType<typeof useCancelReservation>;
  minutes: number;
}) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const errorMessage = useErrorMessage();
  const lockMessage = useLockMessage();
  const requeue = useLibraryWording()('reservation.cancel.requeue');
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    await cancel.mutateAsync(item.id).catch(() => null);
    sending.current = false;
  };
  const locked = item.actions.cancel.allowed ? null : lockMessage(item);

  return (
    <div className="reservation-step">
      <StepHeading>{words.cancelTitle}</StepHeading>
      {cancel.isError ? (
        <Alert tone="error">
          <p>{t('cancel.failed')}</p>
          <p>{errorMessage(cancel.error)}</p>
        </Alert>
      ) : null}
      {locked ? (
        <Alert tone="info">
          <p>{locked}</p>
        </Alert>
      ) : (
        <p>{t('cancel.lead', { submit: words.cancelSubmit })}</p>
      )}
      <ReservationFacts item={item} />
      {locked ? (
        <BackToList />
      ) : (
        <>
          <p className="help">{t('cancel.note', { minutes, state: words.state('cancel-requested') })}</p>
          {requeue ? <p className="help">{requeue}</p> : null}
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={cancel.isPending} onClick={() => void send()}>
              {cancel.isPending ? t('cancel.submitting') : words.cancelSubmit}
            </button>
            <Link to={paths.mypageReservations()} className="button">
              {t('back')}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
