import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useReservationWords } from './use-reservation-words';

export type LockMessage = ReturnType<typeof useLockMessage>;

/**
 * Why 予約取消 or 予約内容変更 is not offered for a reservation, in words, from the reason the
 * library gives with the row (the UI does not re-derive the rule). When only the contact method
 * may still change (配送中, made at the counter), it says so; where the library gives its own advice
 * for a refused cancel (p000), the advice follows. Where the library offers no change online
 * (`features.reservationChanges`, off in p000), it speaks of 取消 alone. null: all it offers is allowed.
 */
export function useLockMessage() {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const offersChanges = useLibraryInfo().data?.features.reservationChanges ?? true;
  return (item: ReservationItem): string | null => {
    const { cancel, changePickup, changeContact } = item.actions;
    const changeable = changePickup.allowed || changeContact.allowed;
    if (cancel.allowed && (changeable || !offersChanges)) return null;
    const reason = cancel.reason ?? changePickup.reason ?? changeContact.reason ?? 'not-offered';
    const set = !offersChanges ? 'cancelOnly' : !cancel.allowed && changeable ? 'contactOnly' : 'all';
    const message = t(`lock.${set}.${reason}`, { state: words.lockedState(item, reason) });
    const advice = cancel.reason ? words.cancelAdvice(cancel.reason) : null;
    return advice ? t('lock.withAdvice', { message, advice }) : message;
  };
}
