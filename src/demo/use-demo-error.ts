import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client/api-error';
import { useErrorMessage, useFieldMessage } from '../lib/error-message';

/**
 * A failure of a panel action in words: the library's refusal by its reason (the counter's own,
 * or the reason a reservation is refused, in the portal's words), else what the app says of it.
 */
export function useDemoError() {
  const { t } = useTranslation(['demo', 'reservation']);
  const errorMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  return (error: unknown): string => {
    if (isApiError(error, 'CONFLICT') && error.details.reason) {
      const { reason } = error.details;
      return t([`refusal.${reason}`, `reservation:refusal.${reason}`], { defaultValue: errorMessage(error) });
    }
    if (isApiError(error, 'NOT_FOUND')) return t('errors.notFound');
    if (isApiError(error, 'VALIDATION_FAILED') && error.details.fields?.length)
      return error.details.fields.map((issue) => fieldMessage(issue)).join(' ');
    return errorMessage(error);
  };
}
