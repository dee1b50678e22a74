import { useTranslation } from 'react-i18next';
import type { TitleSummary } from '../../api/contract/catalogue';

/** 在架 n冊 / 貸出中 / 所蔵なし, and the queue when there is one. */
export function AvailabilityText({ title }: { title: TitleSummary }) {
  const { t } = useTranslation('catalog');
  const { status, onShelf, reservations } = title.availability;
  const text =
    status === 'online'
      ? t('availability.online')
      : status === 'on-shelf'
        ? t('availability.onShelf', { count: onShelf })
        : status === 'on-loan'
          ? t('availability.onLoan')
          : t('availability.none');
  return (
    <>
      <span className={`availability availability-${status}`}>{text}</span>
      {reservations > 0 ? <span className="queue">{t('availability.reservations', { count: reservations })}</span> : null}
    </>
  );
}

/** Why nobody can reserve the title, as a short badge: 禁帯出, 電子テキスト, 最新号, 映像資料… */
export function ReasonBadge({ title }: { title: TitleSummary }) {
  const { t } = useTranslation('catalog');
  if (!title.notReservableReason) return null;
  return <span className={`reason-badge reason-badge-${title.notReservableReason}`}>{t(`reason.${title.notReservableReason}`)}</span>;
}

export function MaterialTypeLabel({ title }: { title: TitleSummary }) {
  const { t } = useTranslation('catalog');
  return <span className="material-type">{t(`materialType.${title.materialType}`)}</span>;
}

/** The title as it is cited in a list: 海辺の姉妹 上. */
export function fullTitle(title: { title: string; volumeLabel: string | null }): string {
  return title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title;
}
