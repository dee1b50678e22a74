import type { ParseKeys } from 'i18next';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import { useLibraryTerms, useLibraryWording } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { CartItemRow } from './cart-item-row';
import { useCart } from './get-cart';
import { useRemoveFromCart } from './use-add-to-cart';
import { selectedItems, useCartSelection, type CartSelection } from './use-cart-selection';
import './cart.css';
import { EmptyList } from '../../components/empty-list';

interface CartListProps {
  /** The element of each title's heading, one level below the page's. */
  itemHeading?: 'h2' | 'h3';
  /** Owned by the caller when the next step (予約する) needs it; the list keeps its own otherwise. */
  selection?: CartSelection;
  /** More toolbar controls working on the ticked items, e.g. 予約する. */
  actions?: (selectedIds: string[], clearSelection: () => void) => ReactNode;
}

/**
 * 予約かご: the cart on show, the patron's or the browser's, with a tick box per title, 全選択,
 * and removal of one title or of the ticked ones. Every state says what it is: loading, failed
 * (with a retry), empty (with a way to 蔵書検索), and a failed removal leaves the cart as it was.
 */
export function CartList({ itemHeading = 'h2', selection: given, actions }: CartListProps) {
  const { t } = useTranslation('cart');
  const terms = useLibraryTerms();
  const errorMessage = useErrorMessage();
  const expired = useSessionToken((state) => state.expired);
  // Login, offered to a patron who has not logged in, comes back to this cart.
  const loginHref = paths.login({ next: useLocation().pathname });
  const { owner, cart, isPending, error, refetch } = useCart();
  const own = useCartSelection();
  const selection = given ?? own;
  const remove = useRemoveFromCart();
  const [removedCount, setRemovedCount] = useState<number | null>(null);
  const removedRef = useRef<HTMLDivElement>(null);

  // The row whose button had the focus is gone: say what happened, where the focus now is.
  useLayoutEffect(() => {
    if (removedCount !== null) removedRef.current?.focus();
  }, [removedCount]);

  const text = (key: ParseKeys<'cart'>, values?: Record<string, unknown>) => t(key, { ...terms, ...values });
  const ownLabel = useLibraryWording();

  const ownerNote =
    owner.kind !== 'guest' ? null : expired ? (
      <Alert tone="info" action={<Link to={loginHref}>{text('login')}</Link>}>
        <p>{text('expiredNote')}</p>
      </Alert>
    ) : (
      <Alert tone="info" action={<Link to={loginHref}>{text('guestLogin')}</Link>}>
        <p>{text('guestNote')}</p>
      </Alert>
    );

  const removedNote =
    removedCount === null ? null : (
      <div ref={removedRef} tabIndex={-1} className="cart-removed">
        <Alert tone="success">
          <p>{text('removed', { count: removedCount })}</p>
        </Alert>
      </div>
    );

  // A failed load shows the error; an empty cart read before is not shown as if it were current.
  if (!cart || (error && cart.items.length === 0)) {
    if (error) return <LoadError message={errorMessage(error)} onRetry={refetch} />;
    return isPending ? <Loading /> : null;
  }

  if (cart.items.length === 0) {
    return (
      <div className="cart">
        {ownerNote}
        {removedNote}
        {/* After a session ended, the patron's own cart is not empty: the note says how to see it. */}
        {owner.kind === 'guest' && expired ? null : <EmptyList message={text('empty')} toSearch={text('toSearch')} />}
      </div>
    );
  }

  const ticked = selectedItems(selection, cart.items);
  const tickedIds = ticked.map((item) => item.titleId);
  const blocked = ticked.filter((item) => item.notReservableReason !== null).length;
  const allTicked = ticked.length === cart.items.length;

  const removeTitles = (titleIds: string[]) => {
    setRemovedCount(null);
    remove.mutate(titleIds, {
      onSuccess: () => {
        selection.deselect(titleIds);
        setRemovedCount(titleIds.length);
      },
    });
  };

  return (
    <div className="cart">
      {ownerNote}
      {error ? <LoadError message={`${text('refreshFailed')} ${errorMessage(error)}`} onRetry={refetch} /> : null}
      {remove.isError ? (
        <Alert tone="error">
          <p>{text('removeFailed')}</p>
          <p>{errorMessage(remove.error)}</p>
        </Alert>
      ) : null}
      {removedNote}

      <div className="cart-toolbar" role="group" aria-label={text('toolbarLabel')}>
        <p className="cart-count">{text('count', { count: cart.items.length, max: cart.maxItems })}</p>
        <div className="cart-toolbar-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => (allTicked ? selection.clear() : selection.selectOnly(cart.items.map((item) => item.titleId)))}
          >
            {allTicked ? text('clearSelection') : (ownLabel('cart.selectAll') ?? text('selectAll'))}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={ticked.length === 0 || remove.isPending}
            onClick={() => removeTitles(tickedIds)}
          >
            {remove.isPending ? text('removing') : text('removeSelected')}
          </button>
          {actions?.(tickedIds, selection.clear)}
        </div>
        <p className="cart-selected" aria-live="polite">
          {text('selected', { count: ticked.length })}
          {blocked > 0 ? <span className="cart-selected-blocked">{text('selectedBlocked', { count: blocked })}</span> : null}
        </p>
      </div>

      <ul className="cart-items" aria-label={text('listLabel')}>
        {cart.items.map((item) => (
          <CartItemRow
            key={item.titleId}
            item={item}
            href={paths.title(item.titleId)}
            heading={itemHeading}
            selected={selection.selected.has(item.titleId)}
            onToggle={() => selection.toggle(item.titleId)}
            onRemove={() => removeTitles([item.titleId])}
            removing={remove.isPending}
          />
        ))}
      </ul>
    </div>
  );
}
