import { useTranslation } from 'react-i18next';
import { useLibraryTerms } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import type { Namespace, TranslationKey } from '../../lib/i18n/resources';
import { useNotices, type NoticeText } from '../../lib/notices';

const namespaceOf = (key: TranslationKey): Namespace => (key.includes(':') ? (key.slice(0, key.indexOf(':')) as Namespace) : 'common');

/** The app's notices, worded in the current language and in the library's own terms (`{{cart}}`). */
export function Notices() {
  const { notices, dismiss } = useNotices();
  // Only the namespaces of the notices on show (`cart:merged`): a page loads no one else's strings.
  const shown = notices.flatMap((notice) => [notice, ...(notice.details ?? [])]);
  const { t, i18n } = useTranslation([...new Set<Namespace>(['common', ...shown.map(({ key }) => namespaceOf(key))])]);
  const terms = useLibraryTerms();
  if (notices.length === 0) return null;
  const text = ({ key, values }: NoticeText) => i18n.t(key, { ...terms, ...values });
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
