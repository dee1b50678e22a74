import { useTranslation } from 'react-i18next';
import { useNotices } from '../../api/queries/notices';
import './notices.css';

/**
 * お知らせ in the menu with how many are unread, e.g. お知らせ (2), read out as 「お知らせ、未読2件」.
 * Nothing is added while none is unread or the count is not known yet.
 */
export function NoticesNavLabel() {
  const { t } = useTranslation();
  const unread = useNotices().data?.unreadCount;
  const label = t('nav.notices');
  if (!unread) return label;
  return (
    <>
      <span aria-hidden="true">
        {label} <span className="nav-badge">{unread}</span>
      </span>
      <span className="visually-hidden">{t('nav.noticesUnread', { label, count: unread })}</span>
    </>
  );
}
