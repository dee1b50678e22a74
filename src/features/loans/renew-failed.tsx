import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import { RenewalRefusal } from '../../api/contract/loans';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { useLoanWords } from './use-loan-words';

/** The refusal a CONFLICT names (the same code a loan's row carries), so that the patron is told why in words. */
function refusalOf(error: unknown): RenewalRefusal | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const parsed = RenewalRefusal.safeParse(error.details.reason);
  return parsed.success ? parsed.data : null;
}

/**
 * A 貸出延長 or 一括延長 that did not happen: nothing changed, and why — the library's reason in
 * words when it refused, else the failure and that trying again renews once.
 */
export function RenewFailed({ error, failed }: { error: unknown; failed: string }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const errorMessage = useErrorMessage();
  const refused = refusalOf(error);
  return (
    <Alert tone="error">
      <p>{failed}</p>
      <p>{refused ? words.refusal(refused) : errorMessage(error)}</p>
      {refused ? null : <p>{t('renew.retry')}</p>}
    </Alert>
  );
}
