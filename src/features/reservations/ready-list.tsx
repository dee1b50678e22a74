import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { paths } from '../../lib/paths';
import { reservationName } from './reservation-name';
import { useReservationWords } from './use-reservation-words';

/** 予約確保一覧: what is waiting for the patron, at which branch, and until when (with the day they were told). */
export function ReadyList({ items }: { items: ReservationItem[] }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const id = useId();
  return (
    <section className="ready" aria-labelledby={id}>
      <h2 id={id} className="reservations-heading">
        {words.readyTitle} <span className="reservations-count">{t('list.count', { count: items.length })}</span>
      </h2>
      {items.length === 0 ? (
        <p className="help">{t('ready.none')}</p>
      ) : (
        <>
          <p className="help">
            {t('ready.lead')} <Link to={paths.libraryCalendar()}>{t('ready.calendar')}</Link>
          </p>
          <ul className="ready-items">
            {items.map((item) => (
              <li key={item.id} className="ready-item">
                <p className="ready-name">
                  <Link to={paths.title(item.titleId)}>{reservationName(item)}</Link>
                </p>
                <dl className="facts">
                  <div>
                    <dt>{t('ready.where')}</dt>
                    <dd>{words.branch(item.pickupBranchId)}</dd>
                  </div>
                  {item.pickupDeadline ? (
                    <div>
                      <dt>{t('ready.until')}</dt>
                      <dd className="ready-deadline">{t('ready.deadline', { date: words.date(item.pickupDeadline) })}</dd>
                    </div>
                  ) : null}
                  {item.notifiedAt ? (
                    <div>
                      <dt>{t('ready.notified')}</dt>
                      <dd>{t('ready.notifiedBy', { date: words.date(item.notifiedAt), contact: words.contact(item.contactMethod) })}</dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
