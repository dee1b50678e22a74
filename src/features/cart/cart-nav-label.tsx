import { useTranslation } from 'react-i18next';
import { useCartCount } from './get-cart';

/**
 * The cart's name in the menu with how many items it holds, e.g. 予約かご (3), read out as
 * 「予約かご 3点」. Nothing is added while the cart is empty or not known yet.
 */
export function CartNavLabel({ label }: { label: string }) {
  const { t } = useTranslation('cart');
  const count = useCartCount();
  if (!count) return label;
  return (
    <>
      <span aria-hidden="true">
        {label} ({count})
      </span>
      <span className="visually-hidden">{t('navCount', { cart: label, count })}</span>
    </>
  );
}
