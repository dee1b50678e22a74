import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MaterialType } from '../../api/contract/common';
import type { LibraryInfo } from '../../api/contract/library';
import { useLibraryInfo } from '../../api/queries/library-info';
import { paths } from '../../lib/paths';

/** The library's reservation limits in sentences: 予約は10点までです（用意できたものも含みます）。CDは2点まで予約できます。 */
export function useReservationLimitWords() {
  const { t } = useTranslation(['library', 'catalog']);
  return ({ reservations }: LibraryInfo): string[] => [
    reservations.maxTotal === null
      ? t('guide.noTotal')
      : t(reservations.readyCountsTowardLimit ? 'guide.totalWithReady' : 'guide.total', { count: reservations.maxTotal }),
    ...Object.entries(reservations.maxPerType).map(([type, count]) =>
      t('guide.perType', { type: t(`catalog:materialType.${type as MaterialType}`), count }),
    ),
  ];
}

/**
 * The limits a refusal would name, said before the patron meets it (on the cart and the placing
 * form), with the way to 利用案内.
 */
export function ReservationLimitsLine() {
  const { t, i18n } = useTranslation('library');
  const library = useLibraryInfo();
  const limitWords = useReservationLimitWords();
  if (!library.data) return null;
  return (
    <p className="help reservation-limits">
      {limitWords(library.data).join(i18n.language === 'en' ? ' ' : '')} <Link to={paths.libraryGuide()}>{t('limitsLink')}</Link>
    </p>
  );
}
