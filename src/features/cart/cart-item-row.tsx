import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';

/** 在架 n冊 / 貸出中 / 所蔵なし, in the catalogue's words so that a title reads the same in both. */
const shelfKeys = { 'on-shelf': 'onShelf', 'on-loan': 'onLoan', none: 'none', online: 'online' } as const;

interface CartItemRowProps {
  item: CartItem;
  href: string;
  heading: 'h2' | 'h3';
  selected: boolean;
  onToggle: () => void;
  onRemove: () => void;
  removing: boolean;
}

/**
 * One title in the cart: a tick box named by the title, what it is and whether it is on the
 * shelf, and — when this patron cannot reserve it — why, in words. Such an item can still be
 * ticked and removed.
 */
export function CartItemRow({ item, href, heading: Heading, selected, onToggle, onRemove, removing }: CartItemRowProps) {
  const { t } = useTranslation(['cart', 'catalog']);
  const id = useId();
  const { title, notReservableReason: reason } = item;
  const { availability } = title;
  const name = title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title;
  return (
    <li className={reason ? 'cart-item cart-item-blocked' : 'cart-item'}>
      <label className="cart-item-check">
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-labelledby={`${id}-title`}
          aria-describedby={reason ? `${id}-reason` : undefined}
        />
      </label>
      <div className="cart-item-body">
        <Heading id={`${id}-title`} className="cart-item-title">
          <Link to={href}>{name}</Link>
        </Heading>
        <p className="cart-item-byline">{[title.author, title.publisher, t('catalog:year', { year: title.year })].join(' / ')}</p>
        <p className="cart-item-facts">
          <span className="cart-badge">{t(`catalog:materialType.${title.materialType}`)}</span>
          <span className={`cart-availability cart-availability-${availability.status}`}>
            {t(`catalog:availability.${shelfKeys[availability.status]}`, { count: availability.onShelf })}
          </span>
          {availability.reservations > 0 ? (
            <span>{t('catalog:availability.reservations', { count: availability.reservations })}</span>
          ) : null}
        </p>
        {reason ? (
          <p id={`${id}-reason`} className="cart-item-reason">
            <span aria-hidden="true">⚠ </span>
            {t('notReservable', { reason: t(`reason.${reason}`) })}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        className="button button-small cart-item-remove"
        onClick={onRemove}
        disabled={removing}
        aria-label={t('removeOne', { title: name })}
      >
        {t('remove')}
      </button>
    </li>
  );
}
