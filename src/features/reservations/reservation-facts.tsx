import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useReservationWords } from './use-reservation-words';

/** The reservation a cancel or a change is about, as the confirmation screens show it. */
export function ReservationFacts({ item }: { item: ReservationItem }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const label = words.column;
  return (
    <dl className="facts reservation-facts">
      <div>
        <dt>{label('title')}</dt>
        <dd>{item.title}</dd>
      </div>
      {item.volumeLabel ? (
        <div>
          <dt>{label('volume')}</dt>
          <dd>{item.volumeLabel}</dd>
        </div>
      ) : null}
      <div>
        <dt>{label('pickup')}</dt>
        <dd>{words.branch(item.pickupBranchId)}</dd>
      </div>
      <div>
        <dt>{label('contact')}</dt>
        <dd>{words.contact(item.contactMethod)}</dd>
      </div>
      <div>
        <dt>{label('state')}</dt>
        <dd>
          {words.state(item.state)}
          {item.queuePosition !== null ? ` ${t('list.queuePosition', { position: item.queuePosition })}` : null}
        </dd>
      </div>
      <div>
        <dt>{label('reservedAt')}</dt>
        <dd>{words.date(item.reservedAt)}</dd>
      </div>
    </dl>
  );
}
