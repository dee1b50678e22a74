import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../api/queries/notices';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import './notices.css';

/** お知らせ: every notice the library sent the patron, newest first, the unread ones marked. */
export function NoticeList() {
  const { t } = useTranslation('notice');
  const errorMessage = useErrorMessage();
  const notices = useNotices();
  if (notices.isPending) return <Loading />;
  if (notices.isError) return <LoadError message={errorMessage(notices.error)} onRetry={() => void notices.refetch()} />;
  const language = currentLanguage();
  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('listLabel')}</h2>
      {notices.data.notices.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ul className="notice-list">
          {notices.data.notices.map((notice) => (
            <li key={notice.id} className={notice.read ? 'notice-item' : 'notice-item notice-unread'}>
              <Link to={paths.notice(notice.id)}>
                {notice.read ? null : <span className="notice-badge">{t('unread')}</span>}
                <span className="notice-subject">{notice.subject}</span>
              </Link>
              <span className="notice-meta">
                {t(`kind.${notice.kind}`)} ・ {t('sentAt', { date: formatDateTime(notice.sentAt, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
