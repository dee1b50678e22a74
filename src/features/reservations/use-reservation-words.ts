import { useTranslation } from 'react-i18next';
import type { ActionReason, ReservationItem } from '../../api/contract/reservations';
import { useContactMethodLabel, useLibraryInfo, useLibraryLabel, useLibraryWording } from '../../api/queries/library-info';
import { formatDate, formatShortDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';

type ReservationState = ReservationItem['state'];

export type ReservationColumn = 'title' | 'volume' | 'pickup' | 'contact' | 'state' | 'reservedAt' | 'securedAt' | 'deadline' | 'actions';

export type ReservationWords = ReturnType<typeof useReservationWords>;

/**
 * The words a reservation is shown with, in the active library's terms: its own state labels
 * (p000 says 確保済み and 順番待ち over the same states), its branch names, and its contact methods
 * (メール where a library has one address).
 */
export function useReservationWords() {
  const { t, i18n } = useTranslation('reservation');
  const label = useLibraryLabel();
  const wording = useLibraryWording();
  const contact = useContactMethodLabel();
  const library = useLibraryInfo().data;
  const language = currentLanguage();
  const state = (value: ReservationState) => label(`reservation.state.${value}`, `reservation:state.${value}`);
  const listName = label('mypage.tab.reservations', 'mypage:tab.reservations');
  return {
    state,
    /** The state as a row of the list shows it: a cancelled one says why (取消（本人取消）). */
    stateWithReason: (value: ReservationState, cancelReason: ReservationItem['cancelReason']) =>
      cancelReason ? `${state(value)}${t('list.cancelReason', { reason: t(`cancelReason.${cancelReason}`) })}` : state(value),
    /**
     * What a refusal names as its cause: the library's own description where its labels are too
     * coarse to say it (p000 shows 配送中 as 順番待ち, and its page explains 確保されていますが、
     * 受取館に届いていない), else the state's label.
     */
    lockedState: (item: ReservationItem, reason: ActionReason) => wording(`reservation.lock.state.${reason}`) ?? state(item.state),
    /** The library's own advice for a refused cancel (p000: the desk of any city library, or by phone), or null. */
    cancelAdvice: (reason: ActionReason) => wording(`reservation.lock.advice.${reason}`),
    contact,
    branch: (branchId: string) => {
      const branch = library?.branches.find((item) => item.id === branchId);
      return branch ? localized(branch.name, i18n.language) : branchId;
    },
    date: (value: string) => formatDate(value, language),
    shortDate: (value: string) => formatShortDate(value, language),
    /** 予約状況 as this library calls the list (予約中一覧, 予約一覧…). */
    listName,
    /** The list's heading: the name of its screen where the library gives it one (p003's 予約状況一覧), else the list's. */
    listTitle: wording('reservation.list.title') ?? listName,
    /** A column of the list, as the library names it (p000: 連絡). */
    column: (column: ReservationColumn) => label(`reservation.column.${column}`, `reservation:list.columns.${column}`),
    cart: label('nav.cart', 'nav.cart'),
    /** The row's 予約取消 and 予約内容変更 as the library names them (p000, p001: 取消). */
    cancel: label('reservation.cancel', 'reservation:list.cancel'),
    change: label('reservation.change', 'reservation:list.change'),
    /** 予約取消一覧, where the library lists cancelled reservations apart (p004). */
    cancelledList: label('reservation.cancelledList', 'reservation:list.cancelled.title'),
    /** 予約取消確認 and its button (p001: 変更する). */
    cancelTitle: label('reservation.cancel.title', 'reservation:cancel.title'),
    cancelSubmit: label('reservation.cancel.submit', 'reservation:cancel.submit'),
    /** 予約情報変更, the screen a row's 予約内容変更 opens, as the library names it. */
    changeTitle: label('reservation.change.title', 'reservation:change.title'),
    /** 予約確保一覧, as the library names it. */
    readyTitle: label('reservation.ready.title', 'reservation:ready.title'),
  };
}
