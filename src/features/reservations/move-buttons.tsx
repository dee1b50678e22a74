import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** The item's name, for the buttons' labels (「…を上へ」). */
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
}

/**
 * 上へ / 下へ for one item of an order, operable by keyboard. An arrow at the end of the list stays
 * focusable and says it cannot go further, so focus is never lost.
 */
export function MoveButtons({ name, index, count, onMove }: MoveButtonsProps) {
  const { t } = useTranslation('reservation');
  return (
    <span className="order-item-moves">
      <button
        type="button"
        className="button button-small"
        aria-disabled={index === 0 ? true : undefined}
        aria-label={t('order.upLabel', { title: name })}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑ </span>
        {t('order.up')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-disabled={index === count - 1 ? true : undefined}
        aria-label={t('order.downLabel', { title: name })}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓ </span>
        {t('order.down')}
      </button>
    </span>
  );
}

/** The list with the item at `index` moved one place up or down; the same list at either end. */
export function swapWithNeighbour<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const next = [...list];
  if (to < 0 || to >= list.length) return next;
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
