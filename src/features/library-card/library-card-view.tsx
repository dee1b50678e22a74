import { useTranslation } from 'react-i18next';
import { useLibraryCard } from '../../api/queries/library-card';
import { useOffline } from '../../api/queries/offline';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { localized } from '../../lib/localized';
import { Barcode } from './barcode';
import './library-card.css';

/**
 * 利用者カード: the library's name, the patron's, and the card number as the barcode the counter
 * scans, large and black on white. Once read while logged in it shows with no network too.
 */
export function LibraryCardView() {
  const { t, i18n } = useTranslation('card');
  const errorMessage = useErrorMessage();
  const query = useLibraryCard();
  const offline = useOffline();
  if (query.isPending) return <Loading />;
  const card = query.data;
  // Offline, the card kept in this browser stands; otherwise a failed read shows the error.
  if (!card || (query.isError && !offline)) return <LoadError message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  // The card number as the library names it (p000: 登録番号), from the card itself: the same offline.
  const cardNumberName = card.cardNumberLabel ? localized(card.cardNumberLabel, i18n.language) : t('cardNumber');
  return (
    <>
      {offline ? (
        <Alert tone="info">
          <p>{t('offline')}</p>
        </Alert>
      ) : null}
      <p className="help">{t('lead')}</p>
      <section className="library-card" aria-labelledby="library-card-name">
        <p className="library-card-library">{localized(card.libraryName, i18n.language)}</p>
        <h2 id="library-card-name" className="library-card-patron">
          <ruby>
            {card.name}
            <rt>{card.nameKana}</rt>
          </ruby>
        </h2>
        <Barcode
          barcode={card.barcode}
          label={t('barcodeLabel', { card: cardNumberName, symbology: t(`symbology.${card.barcode.symbology}`), number: card.cardNumber })}
        />
        <p className="library-card-number">
          <span className="library-card-number-label">{cardNumberName}</span>
          <span className="mono">{card.cardNumber}</span>
        </p>
      </section>
    </>
  );
}
