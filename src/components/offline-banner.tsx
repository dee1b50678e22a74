import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OFFLINE_REASON_ID, useOffline } from '../api/queries/offline';
import { patronKey } from '../api/queries/patron';
import { Alert } from './alert';

/**
 * オフラインです: マイページ's lists are the last ones read, and every action is disabled; each
 * disabled action is described by this banner (OFFLINE_REASON_ID). Back online, the lists are read
 * again (TanStack Query does so when the browser says it is online; the button asks at once).
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offline = useOffline();
  if (!offline) return null;
  return (
    <Alert
      tone="info"
      action={
        <button type="button" className="button" onClick={() => void queryClient.refetchQueries({ queryKey: patronKey, type: 'active' })}>
          {t('offline.retry')}
        </button>
      }
    >
      <p id={OFFLINE_REASON_ID}>
        <strong>{t('offline.title')}</strong> {t('offline.body')}
      </p>
    </Alert>
  );
}
