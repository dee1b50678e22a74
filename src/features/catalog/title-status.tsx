import { useTranslation } from 'react-i18next';
import type { TitleSummary } from '../../api/contract/catalogue';

/** 在架 n冊 / 貸出中 / 所蔵なし, and the queue when there is one. */
export function AvailabilityText({ title }: { title: TitleSummary }) {
  const { t } = useTranslation();
  const { status, onShelf, reservations } = title.availability;
  const text =
    status === 'online'
      ? t('catalog.availability.online')
      : status === 'on-shelf'
        ? t('catalog.availability.onShelf', { count: onShelf })
        : status === 'on-loan'
          ? t('catalog.availability.onLoan')
          : t('catalog.availability.none');
  return (
    <>
      <span className={`availability availability-${status}`}>{text}</span>
      {reservations > 0 ? <span className="queue">{t('catalog.availability.reservations', { count: reservations })}</span> : null}
    </>
  );
}

/** Why nobody can reserve the title, as a short badge: 禁帯出, 電子テキスト, 最新号, 映像資料… */
export function ReasonBadge({ title }: { title: TitleSummary }) {
  const { t } = useTranslation();
  if (!title.notReservableReason) return null;
  return <span className={`reason-badge reason-badge-${title.notReservableReason}`}>{t(`catalog.reason.${title.notReservableReason}`)}</span>;
}

export function MaterialTypeLabel({ title }: { title: TitleSummary }) {
  const { t } = useTranslation();
  return <span className="material-type">{t(`catalog.materialType.${title.materialType}`)}</span>;
}

/** The title as it is cited in a list: 海辺の姉妹 上. */
export function fullTitle(title: { title: string; volumeLabel: string | null }): string {
  return title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title;
}
