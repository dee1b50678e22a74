import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';
import { itemName } from './placing-draft';

/** One title being reserved: its name with the volume, what it is, and why it cannot be reserved if the cart knows. */
export function PlacingItem({ item, children }: { item: CartItem; children?: ReactNode }) {
  const { t } = useTranslation(['reservation', 'catalog']);
  return (
    <li className="placing-item">
      <span className="placing-item-name">{itemName(item)}</span>
      <span className="placing-item-facts">
        <span className="reservation-badge">{t(`catalog:materialType.${item.title.materialType}`)}</span>
        {item.notReservableReason ? (
          <span className="placing-item-reason">{t('place.notReservable', { reason: t(`refusal.${item.notReservableReason}`) })}</span>
        ) : null}
      </span>
      {children}
    </li>
  );
}
