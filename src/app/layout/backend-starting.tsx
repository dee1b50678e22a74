import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackendStarting } from '../../api/client/api';
import { Loading } from '../../components/loading';

/** A start shorter than this goes unremarked: the page's own loading states cover it. */
const NOTICE_AFTER_MS = 1000;

/**
 * Says that the library is being prepared when a backend that starts in the page (the simulated
 * library's first visit) keeps the page waiting for more than a moment.
 */
export function BackendStarting() {
  const { t } = useTranslation();
  const starting = useBackendStarting((state) => state.starting);
  const [overdue, setOverdue] = useState(false);
  useEffect(() => {
    if (!starting) return;
    const timer = setTimeout(() => setOverdue(true), NOTICE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [starting]);
  if (!starting || !overdue) return null;
  return <Loading label={t('app.backendStarting')} />;
}
