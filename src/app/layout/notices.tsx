import { useTranslation } from 'react-i18next';
import { useLibraryTerms } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { namespaces } from '../../lib/i18n/resources';
import { useNotices, type NoticeText } from '../../lib/notices';

/** The app's notices, worded in the current language and in the library's own terms (`{{cart}}`). */
export function Notices() {
  const { t } = useTranslation(namespaces);
  const terms = useLibraryTerms();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  const text = ({ key, values }: NoticeText) => t(key, { ...terms, ...values });
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          tone={notice.tone ?? 'info'}
          action={
            <button type="button" className="button button-small" onClick={() => dismiss(notice.id)}>
              {t('notice.dismiss')}
            </button>
          }
        >
          <p>{text(notice)}</p>
          {notice.details?.length ? (
            <ul>
              {notice.details.map((detail, n) => (
                <li key={n}>{text(detail)}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ))}
    </div>
  );
}
