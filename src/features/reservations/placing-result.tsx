import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';
import type { LibraryInfo } from '../../api/contract/library';
import { useLibraryWording } from '../../api/queries/library-info';
import type { PlacementResult } from '../../api/contract/reservations';
import { paths } from '../../lib/paths';
import { itemName } from './placing-draft';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

interface PlacingResultProps {
  result: PlacementResult;
  /** The titles as they were sent, to name each with its volume. */
  items: CartItem[];
  library: LibraryInfo;
  /** The cart the patron came from (the public one or マイページ's tab), to go back to. */
  cartHref: string;
}

/**
 * 予約結果: 「以下のタイトルについて予約を行いました」 and 「以下のタイトルは予約を行うことができません」
 * with 【理由】 per title in the library's words; the refused ones are still in the cart.
 */
export function PlacingResultView({ result, items, library, cartHref }: PlacingResultProps) {
  const { t } = useTranslation('reservation');
  const words = useReservationWords();
  const id = useId();
  // 予約完了, where the library's page names a button that ends the placing (p001, p004).
  const finish = useLibraryWording()('reserve.finish');
  const nameOf = (titleId: string, title: string | null) => {
    const item = items.find((candidate) => candidate.titleId === titleId);
    return item ? itemName(item) : (title ?? titleId);
  };
  return (
    <div className="placing-result">
      {result.placed.length > 0 ? (
        <section className="result-section result-placed" aria-labelledby={`${id}-placed`}>
          <h2 id={`${id}-placed`}>{t('result.placed')}</h2>
          <ul>
            {result.placed.map((item) => (
              <li key={item.reservationId}>{nameOf(item.titleId, item.title)}</li>
            ))}
          </ul>
          <p className="help">
            {t('result.placedNote', { state: words.state('requested'), minutes: library.reservations.approvalMinutes })}
          </p>
        </section>
      ) : null}
      {result.refused.length > 0 ? (
        <section className="result-section result-refused" aria-labelledby={`${id}-refused`}>
          <h2 id={`${id}-refused`}>{t('result.refused')}</h2>
          <ul>
            {result.refused.map((item) => (
              <li key={item.titleId}>
                <span className="result-title">{nameOf(item.titleId, item.title)}</span>
                <span className="result-reason">
                  {t('result.reason')}
                  {t(`refusal.${item.reason}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="help">{t('result.refusedNote', { cart: words.cart })}</p>
        </section>
      ) : null}
      {finish ? (
        <p>
          <Link className="button button-primary" to={paths.mypageReservations()}>
            {finish}
          </Link>
        </p>
      ) : null}
      <ul className="link-list">
        <li>
          <Link to={paths.mypageReservations()}>{t('toList', { list: words.listName })}</Link>
        </li>
        <li>
          <Link to={cartHref}>{t('result.toCart', { cart: words.cart })}</Link>
        </li>
      </ul>
    </div>
  );
}
