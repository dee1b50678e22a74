import { useTranslation } from 'react-i18next';
import { useOffline } from '../api/queries/offline';
import { formatFetchedAt } from '../lib/format-date';
import type { Language } from '../lib/i18n/i18n';

/** 「12月7日 10時05分 時点の情報です」 under a list shown from what was read before, while offline. */
export function FetchedAt({ at }: { at: number }) {
  const { t, i18n } = useTranslation();
  const offline = useOffline();
  if (!offline || at === 0) return null;
  return <p className="offline-fetched-at">{t('offline.fetchedAt', { time: formatFetchedAt(at, i18n.language as Language) })}</p>;
}
