import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useReservationWords } from './use-reservation-words';

export type LockMessage = ReturnType<typeof useLockMessage>;

/**
 * Why 予約取消 or 予約内容変更 is not offered for a reservation, in words, from the reason the
 * library gives with the row (the UI does not re-derive the rule). When only the contact method
 * may still change (配送中, made at the counter), it says so. null: both are offered.
 */
export function useLockMessage() {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  return (item: ReservationItem): string | null => {
    const { cancel, changePickup, changeContact } = item.actions;
    const changeable = changePickup.allowed || changeContact.allowed;
    if (cancel.allowed && changeable) return null;
    const reason = cancel.reason ?? changePickup.reason ?? changeContact.reason ?? 'not-offered';
    const set = !cancel.allowed && changeable ? 'contactOnly' : 'all';
    return t(`lock.${set}.${reason}`, { state: words.state(item.state) });
  };
}
