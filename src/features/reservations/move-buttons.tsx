import { useLayoutEffect, useRef } from 'react';
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
  // The arrow pressed keeps focus once its item has moved, so that it can be pressed again. A
  // renderer may move the item by taking its element out of the list and putting it back, which
  // drops focus (preact/compat does, where react-dom moves the neighbour): the arrow takes it again.
  const pressed = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    if (pressed.current && document.activeElement !== pressed.current) pressed.current.focus();
    pressed.current = null;
  }, [index]);
  const press = (button: HTMLButtonElement, by: -1 | 1) => {
    const to = index + by;
    if (to >= 0 && to < count) pressed.current = button;
    onMove(by);
  };
  return (
    <span className="order-item-moves">
      <button
        type="button"
        className="button button-small"
        aria-disabled={index === 0 ? true : undefined}
        aria-label={t('order.upLabel', { title: name })}
        onClick={(event) => press(event.currentTarget, -1)}
      >
        <span aria-hidden="true">↑ </span>
        {t('order.up')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-disabled={index === count - 1 ? true : undefined}
        aria-label={t('order.downLabel', { title: name })}
        onClick={(event) => press(event.currentTarget, 1)}
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
