import { useId, type ComponentProps } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useFollowLinks } from '../../lib/use-follow-links';
import { useRowsToDraw } from '../../lib/use-rows-to-draw';
import { OFFLINE_REASON_ID, useOffline } from '../../api/queries/offline';
import { useReservations } from '../../api/queries/reservations';
import { RowAction } from '../../components/row-action';
import { ReadyList } from './ready-list';
import { ReservationRow } from './reservation-row';
import { reservationName } from './reservation-name';
import { useLockMessage } from './use-lock-message';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';
import { EmptyList } from '../../components/empty-list';

/** Rows shown together: an ordered reservation's volumes in their order, or a run of single rows. */
type Block = { groupId: string; rows: ReservationItem[] } | { groupId: null; rows: ReservationItem[] };

/**
 * Keeps the library's order (open ones newest first, then the cancelled), but gathers the open
 * volumes of one ordered reservation where its first one appears, numbered by their place.
 */
function blocksOf(items: readonly ReservationItem[]): Block[] {
  const blocks: Block[] = [];
  const groups = new Map<string, ReservationItem[]>();
  for (const item of items) {
    const groupId = item.order && item.state !== 'cancelled' ? item.order.groupId : null;
    if (groupId === null) {
      const last = blocks.at(-1);
      if (last && last.groupId === null) last.rows.push(item);
      else blocks.push({ groupId: null, rows: [item] });
      continue;
    }
    const rows = groups.get(groupId);
    if (rows) rows.push(item);
    else {
      const created = [item];
      groups.set(groupId, created);
      blocks.push({ groupId, rows: created });
    }
  }
  for (const rows of groups.values()) rows.sort((a, b) => a.order!.position - b.order!.position);
  return blocks;
}

/**
 * 順番を変更 for an ordered reservation: from its first volume that may move; when none may, the
 * same words, disabled, with the reason (a counter-made volume, all of it prepared already).
 */
function GroupOrderAction({ rows }: { rows: ReservationItem[] }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const whyId = useId();
  const offline = useOffline();
  const from = rows.find((row) => row.actions.reorder.allowed);
  const label = (
    <>
      {t('list.reorder.change')}
      <span className="visually-hidden">{t('list.reorder.forGroup', { count: rows.length })}</span>
    </>
  );
  if (from && !offline) {
    return (
      <Link className="button button-small reservation-group-action" to={paths.reservationOrder(from.id)}>
        {label}
      </Link>
    );
  }
  const first = rows[0]!;
  const reasons = rows.map((row) => row.actions.reorder.reason);
  const reason =
    (['counter-made', 'nothing-to-order'] as const).find((candidate) => reasons.includes(candidate)) ?? reasons[0] ?? 'not-offered';
  return (
    <span className="reservation-group-locked">
      <button
        type="button"
        className="button button-small reservation-group-action"
        disabled
        aria-describedby={offline ? OFFLINE_REASON_ID : whyId}
      >
        {label}
      </button>
      {from ? null : (
        <span id={whyId} className="row-actions-why">
          {t(`list.reorder.locked.${reason}`, { state: words.state(first.state) })}
        </span>
      )}
    </span>
  );
}

/** The blocks that hold the first `count` rows, each with its rows among them. */
function withFirstRows(blocks: readonly Block[], count: number): { block: Block; rows: ReservationItem[] }[] {
  const cut: { block: Block; rows: ReservationItem[] }[] = [];
  let left = count;
  for (const block of blocks) {
    if (left <= 0) break;
    const rows = block.rows.slice(0, left);
    cut.push({ block, rows });
    left -= rows.length;
  }
  return cut;
}

/** The blocks of 予約状況: a screenful of rows first, the rest a render later (see useRowsToDraw). */
function ReservationBlocks({
  blocks,
  headerColumns,
  groupTitle,
  row,
}: {
  blocks: Block[];
  headerColumns: number;
  groupTitle: (count: number) => string;
  row: Omit<ComponentProps<typeof ReservationRow>, 'item' | 'name'>;
}) {
  const drawn = useRowsToDraw(blocks.reduce((sum, block) => sum + block.rows.length, 0));
  return withFirstRows(blocks, drawn).map(({ block, rows }) => (
    <tbody role="rowgroup" key={block.groupId ?? block.rows[0]!.id} className={block.groupId ? 'reservation-group' : undefined}>
      {block.groupId ? (
        <tr role="row" className="reservation-group-head">
          <th role="rowheader" scope="rowgroup" colSpan={headerColumns}>
            <span className="reservation-group-title">{groupTitle(block.rows.length)}</span>
            <GroupOrderAction rows={block.rows} />
          </th>
        </tr>
      ) : null}
      {rows.map((item) => (
        <ReservationRow key={item.id} item={item} name={reservationName(item)} {...row} />
      ))}
    </tbody>
  ));
}

const columns = ['title', 'volume', 'pickup', 'contact', 'state', 'reservedAt', 'securedAt', 'deadline', 'actions'] as const;

/** One table of reservations with its caption: 予約状況 itself, or 予約取消一覧 where the library lists the cancelled apart. */
function ReservationTable({ items, caption, offline }: { items: ReservationItem[]; caption: string; offline: boolean }) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const lockMessage = useLockMessage();
  const library = useLibraryInfo().data;
  const ordered = library?.reservations.ordered ?? 'none';
  const labels = Object.fromEntries(columns.map((column) => [column, words.column(column)])) as Record<(typeof columns)[number], string>;
  const label = (column: (typeof columns)[number]) => labels[column];
  return (
    <table className="reservation-table" role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((column) => (
            <th key={column} role="columnheader" scope="col" className={`col-${column}`}>
              {label(column)}
            </th>
          ))}
        </tr>
      </thead>
      <ReservationBlocks
        blocks={blocksOf(items)}
        headerColumns={columns.length}
        groupTitle={(count) => t(ordered === 'ordered' ? 'list.group.ordered' : 'list.group.series', { count })}
        row={{
          t,
          words,
          lockMessage,
          ordered: library?.reservations.ordered,
          refusedActions: library?.reservations.refusedActions ?? 'disabled',
          offersChanges: library?.features.reservationChanges ?? true,
          label,
          offline,
        }}
      />
    </table>
  );
}

/**
 * 予約状況: 予約確保一覧 (what to collect, where, by when), then every reservation with its
 * state, queue place and dates — the ready ones too, unless the library lists them in 予約確保一覧
 * alone (p002) — and per row 予約取消 and 予約内容変更, disabled or not shown (p000) with the
 * reason in words where the library does not allow them. Cancelled ones come last, in red, or in
 * 予約取消一覧 of their own where the library lists them apart (p004).
 */
export function ReservationList() {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const id = useId();
  const cancelledId = useId();
  const errorMessage = useErrorMessage();
  const library = useLibraryInfo().data;
  const reservations = useReservations();
  const offline = useOffline();
  const followLinks = useFollowLinks();

  // A failed load shows the error; an empty list read before is not shown as 「予約はありません。」 as if it were current.
  if (!reservations.data || (reservations.isError && reservations.data.items.length === 0)) {
    if (reservations.isError) return <LoadError message={errorMessage(reservations.error)} onRetry={() => void reservations.refetch()} />;
    return <Loading />;
  }

  const { items } = reservations.data;
  // Offline, the banner and マイページ's summary say so, dated (a dated line of its own would take this route past its 40 kB).
  const refreshFailed = offline ? null : reservations.isError ? (
    <LoadError message={`${t('list.refreshFailed')} ${errorMessage(reservations.error)}`} onRetry={() => void reservations.refetch()} />
  ) : null;
  const empty = <EmptyList message={t('list.empty')} toSearch={t('list.toSearch')} />;

  if (items.length === 0) {
    return (
      <div className="reservations">
        <h2 className="visually-hidden">{words.listTitle}</h2>
        {refreshFailed}
        {empty}
      </div>
    );
  }

  const ready = items.filter((item) => item.state === 'ready');
  const cancelled = items.filter((item) => item.state === 'cancelled');
  const cancelledDays = library?.reservations.cancelledVisibleDays ?? 0;
  const apart = library?.reservations.cancelledList === 'apart';
  // A ready one stays in 予約確保一覧 alone where the library lists it there only (p002's 予約中一覧: not come yet).
  const readyApart = library?.reservations.readyListed === 'apart';
  const listed = items.filter((item) => !(apart && item.state === 'cancelled') && !(readyApart && item.state === 'ready'));
  const cancelledList = words.cancelledList;

  return (
    <div className="reservations" onClick={followLinks}>
      {refreshFailed}
      <ReadyList items={ready} />

      <section className="reservations-all" aria-labelledby={id}>
        <h2 id={id} className="reservations-heading">
          {words.listTitle}{' '}
          <span className="reservations-count">
            {!apart && cancelled.length > 0
              ? t('list.countWithCancelled', { count: listed.length - cancelled.length, cancelled: cancelled.length })
              : t('list.count', { count: listed.length })}
          </span>
        </h2>
        {items.some((item) => item.actions.changePickup.allowed || item.actions.changeContact.allowed) ? (
          <p className="reservations-bulk">
            <RowAction allowed offline={offline} href={paths.reservationsBulkChange()} describedBy={undefined}>
              {t('bulk.open')}
            </RowAction>{' '}
            <span className="help">{t('bulk.openHint')}</span>
          </p>
        ) : null}
        {!apart && cancelledDays > 0 && cancelled.length > 0 ? (
          <p className="help">{t('list.cancelledNote', { days: cancelledDays })}</p>
        ) : null}
        {listed.length > 0 ? (
          <ReservationTable items={listed} caption={t('list.caption', { list: words.listName })} offline={offline} />
        ) : (
          empty
        )}
      </section>

      {apart && cancelled.length > 0 ? (
        <section className="reservations-all reservations-cancelled" aria-labelledby={cancelledId}>
          <h2 id={cancelledId} className="reservations-heading">
            {cancelledList} <span className="reservations-count">{t('list.count', { count: cancelled.length })}</span>
          </h2>
          <p className="help">{t('list.cancelled.note', { days: cancelledDays })}</p>
          <ReservationTable items={cancelled} caption={t('list.cancelled.caption', { list: cancelledList })} offline={offline} />
        </section>
      ) : null}
    </div>
  );
}
