import { useTranslation } from 'react-i18next';
import type { ReservationItem } from '../../api/contract/reservations';
import { useReservationWords } from './use-reservation-words';

export type LockMessage = ReturnType<typeof useLockMessage>;

/**
 * Why 予約取消 or 予約内容変更 is not offered for a reservation, in words, from the reason the
 * library gives with the row (the UI does not re-derive the rule). When only the contact method
 * may still change (配送中, made at the counter), it says so; where the library gives its own advice
 * for a refused cancel (p000), the advice follows. null: both are offered.
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
    const message = t(`lock.${set}.${reason}`, { state: words.lockedState(item, reason) });
    const advice = cancel.reason ? words.cancelAdvice(cancel.reason) : null;
    return advice ? t('lock.withAdvice', { message, advice }) : message;
  };
}
