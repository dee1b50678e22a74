import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useNotices } from '../../api/queries/notices';
import { formatDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';
import { paths } from '../../lib/paths';
import './notices.css';

/**
 * マイページ's banner while reserved items wait at their pickup branch: each title, where, its
 * 取置期限 and the days left, as the library counts them. Nothing while none waits (or before the
 * list is known: お知らせ says when it cannot be read).
 */
export function PickupBanner() {
  const { t, i18n } = useTranslation('notice');
  const waiting = useNotices().data?.waitingForPickup ?? [];
  const branches = useLibraryInfo().data?.branches ?? [];
  if (waiting.length === 0) return null;
  const branchName = (id: string) => {
    const branch = branches.find((item) => item.id === id);
    return branch ? localized(branch.name, i18n.language) : id;
  };
  const language = currentLanguage();
  return (
    <section className="pickup-banner" aria-labelledby="pickup-banner-heading">
      <h2 id="pickup-banner-heading">{t('pickup.heading')}</h2>
      <ul>
        {waiting.map((item) => (
          <li key={item.reservationId}>
            <span className="pickup-title">{item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title}</span>
            <span>
              {t('pickup.branch')}: {branchName(item.pickupBranchId)}
            </span>
            <span>
              {t('pickup.deadline')}:{' '}
              {t('pickup.until', {
                date: formatDate(item.pickupDeadline, language),
                left: item.daysLeft === 0 ? t('pickup.lastDay') : t('pickup.daysLeft', { count: item.daysLeft }),
              })}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.mypageReservations()}>{t('pickup.toList')}</Link>
      </p>
    </section>
  );
}
