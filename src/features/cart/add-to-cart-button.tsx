import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AddToCartResult } from '../../api/contract/cart';
import { useLibraryTerms, useLibraryWording } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useAddToCart } from './use-add-to-cart';
import './cart.css';

interface AddToCartButtonProps {
  titleIds: string[];
  /** Called once titles went in, e.g. to clear a selection. */
  onAdded?: (result: AddToCartResult) => void;
}

/**
 * 予約かごへ (or the library's own words: カートに入れる in p001 and p004): puts the titles in the cart on show and says what happened, naming every title
 * that did not go in and why. Nothing selected, nothing sent; nor before the app knows whose
 * cart it is (the library's rules and the session are still being read).
 */
export function AddToCartButton({ titleIds, onAdded }: AddToCartButtonProps) {
  const { t } = useTranslation('cart');
  const terms = useLibraryTerms();
  const ownLabel = useLibraryWording();
  const errorMessage = useErrorMessage();
  const add = useAddToCart();
  const result = add.data;

  return (
    <div className="add-to-cart">
      <button
        type="button"
        className="button button-primary"
        disabled={!add.ready || add.isPending || titleIds.length === 0}
        onClick={() => add.mutate(titleIds, { onSuccess: (answer) => onAdded?.(answer) })}
      >
        {add.isPending ? t('adding', terms) : (ownLabel('cart.add') ?? t('add', terms))}
      </button>
      {add.isError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      {result ? (
        <Alert tone={result.added.length > 0 ? 'success' : 'info'} action={<Link to={paths.cart()}>{t('open', terms)}</Link>}>
          {result.added.length > 0 ? <p>{t('added', { ...terms, count: result.added.length })}</p> : null}
          {result.refused.length > 0 ? (
            <ul>
              {result.refused.map((refusal) => (
                <li key={refusal.titleId}>
                  {t(`refused.${refusal.reason}`, { ...terms, title: refusal.title ?? refusal.titleId, max: result.cart.maxItems })}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
