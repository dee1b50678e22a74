import { useTranslation } from 'react-i18next';
import { Alert } from './alert';

/** A failed load: what happened, and a button that tries again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="error"
      action={
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('status.retry')}
        </button>
      }
    >
      <p>{t('status.loadFailed')}</p>
      <p>{message}</p>
    </Alert>
  );
}
