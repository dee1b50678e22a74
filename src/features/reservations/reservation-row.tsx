import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { LibraryInfo } from '../../api/contract/library';
import type { ReservationItem } from '../../api/contract/reservations';
import { CardCell } from '../../components/card-cell';
import { RowAction } from '../../components/row-action';
import { paths } from '../../lib/paths';
import type { LockMessage } from './use-lock-message';
import type { ReservationColumn as Column, ReservationWords } from './use-reservation-words';

/** One cell of 予約状況 (a card per reservation on a phone). */
function Cell(props: { column: Column; label: string; children: ReactNode; className?: string }) {
  return <CardCell prefix="reservation" {...props} />;
}

interface ReservationRowProps {
  item: ReservationItem;
  name: string;
  /**
   * The list's words, worked out once for all its rows: a hook per row (translations, the
   * library's words and settings) cost more than the row itself in a list of 200.
   */
  t: TFunction<'reservation'>;
  words: ReservationWords;
  lockMessage: LockMessage;
  ordered: LibraryInfo['reservations']['ordered'] | undefined;
  /** How the library presents 取消 / 予約内容変更 a row does not allow (p000: not at all), and whether it offers changes online. */
  refusedActions: LibraryInfo['reservations']['refusedActions'];
  offersChanges: boolean;
  label: (column: Column) => string;
  /** The library cannot be reached: every action is disabled, described by the banner. */
  offline: boolean;
}

/**
 * A reservation in 予約状況: where and how it will be handed out, its state (with the queue place
 * and how many wait for how many copies), its dates, and 予約取消 / 予約内容変更 — the ones not
 * allowed stay in place, disabled, or are not shown where the library says so (p000's 表示なし),
 * with the reason beside them either way. 予約内容変更 only where the library offers changes.
 */
export function ReservationRow({
  item,
  name,
  t,
  words,
  lockMessage,
  ordered,
  refusedActions,
  offersChanges,
  label,
  offline,
}: ReservationRowProps) {
  const whyId = useId();
  const cancelled = item.state === 'cancelled';
  const why = cancelled ? null : lockMessage(item);
  const changeable = item.actions.changePickup.allowed || item.actions.changeContact.allowed;
  const forTitle = <span className="visually-hidden">{t('list.forTitle', { title: name })}</span>;
  // A normal reservation that can be put in order with others of its series offers it; an ordered one is reordered from its group's heading.
  const orderable = !item.order && item.actions.reorder.allowed;
  const shown = (allowed: boolean) => allowed || refusedActions === 'disabled';

  return (
    <tr role="row" className={`reservation reservation-${item.state}`}>
      <Cell column="title" label={label('title')}>
        <span className="reservation-title">
          {item.order && !cancelled ? (
            <span className="reservation-order" title={t('list.position', { position: item.order.position })}>
              <span aria-hidden="true">{item.order.position}</span>
              <span className="visually-hidden">{t('list.position', { position: item.order.position })}</span>
            </span>
          ) : null}
          <a href={paths.title(item.titleId)}>{item.title}</a>
        </span>
      </Cell>
      <Cell column="volume" label={label('volume')}>
        {item.volumeLabel}
      </Cell>
      <Cell column="pickup" label={label('pickup')}>
        {words.branch(item.pickupBranchId)}
      </Cell>
      <Cell column="contact" label={label('contact')}>
        {words.contact(item.contactMethod)}
      </Cell>
      <Cell column="state" label={label('state')}>
        <span className={`reservation-state reservation-state-${item.state}`}>{words.stateWithReason(item.state, item.cancelReason)}</span>
        {item.queuePosition !== null ? (
          <>
            <span className="reservation-queue">{t('list.queuePosition', { position: item.queuePosition })}</span>
            <span className="reservation-counts">{t('list.queueCounts', { waiting: item.waiting, copies: item.copies })}</span>
          </>
        ) : null}
        {item.heldUntil ? <span className="reservation-held">{t('hold.heldUntil', { date: words.shortDate(item.heldUntil) })}</span> : null}
        {item.state === 'ready' && item.notifiedAt ? (
          <span className="reservation-notified">{t('list.notified', { date: words.shortDate(item.notifiedAt) })}</span>
        ) : null}
      </Cell>
      <Cell column="reservedAt" label={label('reservedAt')}>
        {words.shortDate(item.reservedAt)}
      </Cell>
      <Cell column="securedAt" label={label('securedAt')}>
        {item.securedAt ? words.shortDate(item.securedAt) : null}
      </Cell>
      <Cell column="deadline" label={label('deadline')} className={item.pickupDeadline && !cancelled ? 'reservation-deadline' : undefined}>
        {item.pickupDeadline ? words.shortDate(item.pickupDeadline) : null}
      </Cell>
      <Cell column="actions" label={label('actions')}>
        {cancelled ? null : (
          <span className="row-actions">
            <span className="row-action-buttons">
              {shown(item.actions.cancel.allowed) ? (
                <RowAction
                  allowed={item.actions.cancel.allowed}
                  offline={offline}
                  href={paths.reservationCancel(item.id)}
                  describedBy={why ? whyId : undefined}
                >
                  {words.cancel}
                  {forTitle}
                </RowAction>
              ) : null}
              {offersChanges && shown(changeable) ? (
                <RowAction
                  allowed={changeable}
                  offline={offline}
                  href={paths.reservationChange(item.id)}
                  describedBy={why ? whyId : undefined}
                >
                  {words.change}
                  {forTitle}
                </RowAction>
              ) : null}
              {orderable ? (
                <RowAction allowed offline={offline} href={paths.reservationOrder(item.id)} describedBy={undefined}>
                  {t(ordered === 'series' ? 'list.reorder.series' : 'list.reorder.ordered')}
                  {forTitle}
                </RowAction>
              ) : null}
            </span>
            {item.actions.hold.allowed || item.actions.resume.allowed ? (
              <span className="row-action-buttons reservation-hold-action">
                <RowAction allowed offline={offline} href={paths.reservationHold(item.id)} describedBy={undefined}>
                  {t(item.heldUntil ? 'hold.resume' : 'hold.action')}
                  {forTitle}
                </RowAction>
              </span>
            ) : null}
            {why ? (
              <span id={whyId} className="row-actions-why">
                {why}
              </span>
            ) : null}
          </span>
        )}
      </Cell>
    </tr>
  );
}
