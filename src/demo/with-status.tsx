import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimStatus } from '../api/contract/simulation';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { useErrorMessage } from '../lib/error-message';
import { useSimStatus } from './get-sim-status';

/** A tab that needs the simulated library's status: shown once it is read, with a way to retry. */
export function WithStatus({ children }: { children: (status: SimStatus) => ReactNode }) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const status = useSimStatus();
  if (status.data) return children(status.data);
  if (status.isError)
    return <LoadError message={`${t('panel.loadFailed')} ${errorMessage(status.error)}`} onRetry={() => void status.refetch()} />;
  return <Loading />;
}
