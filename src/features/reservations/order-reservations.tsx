import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useReservations } from '../../api/queries/reservations';
import { BackToList, ReservationLoader } from './reservation-loader';
import { reservationName } from './reservation-name';
import { StepHeading } from '../../components/step-heading';
import { useOrderReservations } from './use-reservation-changes';
import { useReservationWords } from './use-reservation-words';
import { MoveButtons, swapWithNeighbour } from './move-buttons';
import './reservations.css';

interface OrderReservationsProps {
  /** The reservation the patron started from; what it may be ordered with comes from the library. */
  reservationId: string;
}

/** シリーズ予約の設定 (p003, from a normal reservation) or 予約の順番の変更. */
function useOrderHeading() {
  const { t } = useTranslation('reservation');
  const series = useLibraryInfo().data?.reservations.ordered === 'series';
  return (item: ReservationItem | undefined) => t(series && !item?.order ? 'order.titleSeries' : 'order.title');
}

/**
 * 順番の変更 → 確認 → 「予約の順番を変更しました」. The library says which reservations may be put
 * in order together (an ordered reservation's movable volumes, normal reservations of the same
 * series); the patron moves them up and down, leaves out normal ones they do not want in the
 * order, confirms, and the list shows the new order. A failure changes nothing and keeps the order
 * the patron chose on screen.
 */
export function OrderReservations({ reservationId }: OrderReservationsProps) {
  const { t } = useTranslation('reservation');
  const heading = useOrderHeading();
  const order = useOrderReservations();
  const started = useReservations().data?.items.find((item) => item.id === reservationId);

  if (order.isSuccess) {
    return (
      <div className="reservation-step">
        <StepHeading>{t('order.done')}</StepHeading>
        <p>{t('order.doneLead')}</p>
        <OrderedItems items={order.data.items} />
        <BackToList />
      </div>
    );
  }
  return (
    <ReservationLoader reservationId={reservationId} heading={heading(started)}>
      {(item) => <OrderSteps item={item} heading={heading(item)} order={order} />}
    </ReservationLoader>
  );
}

/** The reservations in their order, numbered, with where and in what state each is. */
function OrderedItems({ items }: { items: readonly ReservationItem[] }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  return (
    <ol className="placing-items placing-items-numbered" aria-label={t('order.list')}>
      {items.map((item) => (
        <li key={item.id} className="placing-item">
          <span className="placing-item-name">{reservationName(item)}</span>
          <span className="placing-item-facts">
            <span>{words.branch(item.pickupBranchId)}</span>
            <span>{words.state(item.state)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

function OrderSteps({ item, heading, order }: { item: ReservationItem; heading: string; order: ReturnType<typeof useOrderReservations> }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const all = useReservations().data?.items ?? [];
  const byId = new Map(all.map((candidate) => [candidate.id, candidate]));
  const { reorder } = item.actions;
  const [sequence, setSequence] = useState(() => reorder.reservationIds.filter((id) => byId.has(id)));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState(false);

  if (!reorder.allowed) {
    return (
      <div className="reservation-step">
        <StepHeading>{heading}</StepHeading>
        <Alert tone="info">
          <p>{t(`list.reorder.locked.${reorder.reason ?? 'not-offered'}`, { state: words.state(item.state) })}</p>
        </Alert>
        <BackToList />
      </div>
    );
  }

  const included = sequence.filter((id) => !excluded.has(id)).map((id) => byId.get(id)!);
  // Volumes of the ordered reservation that keep their places (the library says which) stay first; the patron is told which.
  const secured = item.order ? all.filter((other) => other.order?.groupId === item.order!.groupId && other.order.keepsPlace) : [];

  if (confirming) {
    return (
      <OrderConfirmation
        secured={secured}
        items={included}
        order={order}
        onBack={() => {
          order.reset();
          setConfirming(false);
        }}
      />
    );
  }
  return (
    <OrderForm
      heading={heading}
      items={sequence.map((id) => byId.get(id)!)}
      excluded={excluded}
      secured={secured}
      onMove={setSequence}
      onToggle={(id) =>
        setExcluded((before) => {
          const after = new Set(before);
          if (!after.delete(id)) after.add(id);
          return after;
        })
      }
      onNext={() => setConfirming(true)}
    />
  );
}

interface OrderFormProps {
  heading: string;
  items: ReservationItem[];
  excluded: ReadonlySet<string>;
  secured: ReservationItem[];
  onMove: (sequence: string[]) => void;
  onToggle: (id: string) => void;
  onNext: () => void;
}

function OrderForm({ heading, items, excluded, secured, onMove, onToggle, onNext }: OrderFormProps) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const [needsTwo, setNeedsTwo] = useState(false);
  const series = useLibraryInfo().data?.reservations.ordered === 'series';
  const count = items.filter((item) => !excluded.has(item.id)).length;

  // An arrow at the end of the list stays focusable and says it cannot go further, so focus is never lost.
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const ids = swapWithNeighbour(
      items.map((item) => item.id),
      index,
      by,
    );
    onMove(ids);
    const moved = items[index]!;
    const position = ids.filter((candidate) => !excluded.has(candidate)).indexOf(moved.id) + 1 + secured.length;
    setAnnouncement(excluded.has(moved.id) ? '' : t('order.moved', { title: reservationName(moved), position }));
  };

  const next = () => {
    if (count < 2) {
      setNeedsTwo(true);
      return;
    }
    onNext();
  };

  // The place each included item will take, after the volumes already prepared.
  const places = new Map(items.filter((item) => !excluded.has(item.id)).map((item, index) => [item.id, secured.length + index + 1]));
  return (
    <div className="reservation-step">
      <StepHeading>{heading}</StepHeading>
      <p>{t('order.lead')}</p>
      {secured.length > 0 ? <p className="help">{t('order.secured', { titles: secured.map(reservationName).join('、') })}</p> : null}
      <section aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`} className="placing-heading">
          {t('order.list')}
        </h3>
        <ol className="order-items" aria-labelledby={`${id}-list`}>
          {items.map((item, index) => {
            const name = reservationName(item);
            const place = places.get(item.id);
            const inOrder = place !== undefined;
            return (
              <li key={item.id} className={`order-item${inOrder ? '' : ' order-item-out'}`}>
                <span className="order-item-place" aria-hidden="true">
                  {inOrder ? place : '–'}
                </span>
                <span className="order-item-body">
                  <span className="placing-item-name">
                    {inOrder ? <span className="visually-hidden">{t('order.place', { position: place })} </span> : null}
                    {name}
                  </span>
                  <span className="placing-item-facts">
                    <span>{words.state(item.state)}</span>
                    {item.order ? (
                      <span className="order-item-grouped">{t(series ? 'order.inSeries' : 'order.inGroup')}</span>
                    ) : (
                      <label className="order-item-include">
                        <input
                          type="checkbox"
                          checked={inOrder}
                          onChange={() => onToggle(item.id)}
                          aria-label={t('order.includeLabel', { title: name })}
                        />
                        <span aria-hidden="true">{t('order.include')}</span>
                      </label>
                    )}
                  </span>
                </span>
                <MoveButtons name={name} index={index} count={items.length} onMove={(by) => move(index, by)} />
              </li>
            );
          })}
        </ol>
      </section>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {needsTwo && count < 2 ? (
        <Alert tone="error">
          <p>{t('order.needsTwo')}</p>
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={next}>
          {t('order.next')}
        </button>
        <Link to={paths.mypageReservations()} className="button">
          {t('back')}
        </Link>
      </div>
    </div>
  );
}

interface OrderConfirmationProps {
  /** Already prepared: first, whatever the patron chose. */
  secured: ReservationItem[];
  items: ReservationItem[];
  order: ReturnType<typeof useOrderReservations>;
  onBack: () => void;
}

function OrderConfirmation({ secured, items, order, onBack }: OrderConfirmationProps) {
  const { t } = useTranslation('reservation');
  const errorMessage = useErrorMessage();
  // Two clicks within one frame both see isPending false: the ref stops the second.
  const sending = useRef(false);
  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    await order.mutateAsync(items.map((item) => item.id)).catch(() => null);
    sending.current = false;
  };
  return (
    <div className="reservation-step">
      <StepHeading>{t('order.confirmTitle')}</StepHeading>
      {order.isError ? (
        <Alert tone="error">
          <p>{t('order.failed')}</p>
          <p>{errorMessage(order.error)}</p>
        </Alert>
      ) : null}
      <p>{t('order.confirmLead')}</p>
      <OrderedItems items={[...secured, ...items]} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={order.isPending} onClick={() => void send()}>
          {order.isPending ? t('order.submitting') : t('order.submit')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('order.back')}
        </button>
      </div>
    </div>
  );
}
