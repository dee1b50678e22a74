import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactMethod } from '../../api/contract/common';
import type { ReservationItem } from '../../api/contract/reservations';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useReservations } from '../../api/queries/reservations';
import { StepHeading } from '../../components/step-heading';
import { useReservationWords } from './use-reservation-words';

/** 予約状況を確認する: back to the list, in the library's name for it. */
export function BackToList() {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  return (
    <p>
      <Link to={paths.mypageReservations()}>{t('toList', { list: words.listName })}</Link>
    </p>
  );
}

interface ReservationLoaderProps {
  reservationId: string;
  /** The screen's heading, shown also when the reservation is not found. */
  heading: string;
  children: (item: ReservationItem, contactMethods: ContactMethod[]) => ReactNode;
}

/**
 * The reservation a 取消 or 変更 screen is about, from 予約状況: loading, failed (with a retry),
 * or not (or no longer) the patron's, each said in words with the way back to the list.
 */
export function ReservationLoader({ reservationId, heading, children }: ReservationLoaderProps) {
  const { t } = useTranslation('reservation');
  const errorMessage = useErrorMessage();
  const reservations = useReservations();
  if (!reservations.data) {
    if (reservations.isError) return <LoadError message={errorMessage(reservations.error)} onRetry={() => void reservations.refetch()} />;
    return <Loading />;
  }
  const item = reservations.data.items.find((candidate) => candidate.id === reservationId);
  if (!item) {
    return (
      <div className="reservation-step">
        <StepHeading>{heading}</StepHeading>
        <Alert tone="info">
          <p>{t('notFound')}</p>
        </Alert>
        <BackToList />
      </div>
    );
  }
  return children(item, reservations.data.contactMethods);
}
