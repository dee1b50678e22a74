import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import type { LibraryInfo } from '../../api/contract/library';
import { useLibraryLabel } from '../../api/queries/library-info';
import type { PlacementResult } from '../../api/contract/reservations';
import { Alert } from '../../components/alert';
import { useErrorMessage, useFieldMessage } from '../../lib/error-message';
import { newRequestId } from '../../lib/new-request-id';
import type { PlacingDraft } from './placing-draft';
import { PlacingItem } from './placing-item';
import { usePlaceReservations } from './use-reservation-changes';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

interface PlacingConfirmationProps {
  draft: PlacingDraft;
  library: LibraryInfo;
  onBack: () => void;
  onPlaced: (result: PlacementResult) => void;
}

/**
 * 予約内容の確認: what will be reserved, where and how the patron is told; 予約する places it.
 * The request goes under one id for the life of this screen, so a retry after a failure or a
 * second click is the same placing to the library; a failure leaves everything as it was.
 */
export function PlacingConfirmation({ draft, library, onBack, onPlaced }: PlacingConfirmationProps) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const id = useId();
  // 予約する, or the library's own words for it (p001: 予約を確定する).
  const submit = useLibraryLabel()('reserve.confirm', 'reservation:confirm.submit');
  const [requestId] = useState(newRequestId);
  const place = usePlaceReservations();
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);

  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    const result = await place
      .mutateAsync({
        requestId,
        titleIds: draft.items.map((item) => item.titleId),
        pickupBranchId: draft.pickupBranchId,
        contactMethod: draft.contactMethod,
        mode: draft.mode,
      })
      .catch(() => null);
    // Placed: this screen has done its work and sends nothing more (a second click of a
    // double click may come after a fast answer). Failed: the patron may try again.
    if (result) onPlaced(result);
    else sending.current = false;
  };

  const ordered = draft.mode === 'ordered';
  const method = !ordered
    ? t('confirm.methodNormal')
    : library.reservations.ordered === 'series'
      ? t('confirm.methodSeries')
      : t('confirm.methodOrdered');
  const issues = isApiError(place.error, 'VALIDATION_FAILED') ? (place.error.details.fields ?? []) : [];
  const List = ordered ? 'ol' : 'ul';

  return (
    <div className="placing-confirm">
      {place.isError ? (
        <Alert tone="error">
          <p>{t('confirm.failed')}</p>
          {issues.length > 0 ? (
            <>
              <ul>
                {issues.map((issue) => (
                  <li key={`${issue.path}-${issue.code}`}>{fieldMessage(issue)}</li>
                ))}
              </ul>
              <p>{t('confirm.invalid')}</p>
            </>
          ) : (
            <>
              <p>{errorMessage(place.error)}</p>
              <p>{t('confirm.retry', { submit })}</p>
            </>
          )}
        </Alert>
      ) : null}
      <p>{t('confirm.lead', { submit })}</p>
      <section aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`} className="placing-heading">
          {t('place.items')}
        </h2>
        <List className={`placing-items${ordered ? ' placing-items-numbered' : ''}`} aria-labelledby={`${id}-items`}>
          {draft.items.map((item) => (
            <PlacingItem key={item.titleId} item={item} />
          ))}
        </List>
      </section>
      <dl className="facts">
        <div>
          <dt>{t('place.pickup')}</dt>
          <dd>{words.branch(draft.pickupBranchId)}</dd>
        </div>
        <div>
          <dt>{t('place.contact')}</dt>
          <dd>{words.contact(draft.contactMethod)}</dd>
        </div>
        <div>
          <dt>{t('confirm.method')}</dt>
          <dd>{method}</dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={place.isPending || place.isSuccess} onClick={() => void send()}>
          {place.isPending ? t('confirm.submitting') : submit}
        </button>
        <button type="button" className="button" disabled={place.isPending} onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}
