import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { useNotices } from '../../lib/notices';

export function Notices() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          tone="info"
          action={
            <button type="button" className="button button-small" onClick={() => dismiss(notice.id)}>
              {t('notice.dismiss')}
            </button>
          }
        >
          {t(notice.key, notice.values)}
        </Alert>
      ))}
    </div>
  );
}
