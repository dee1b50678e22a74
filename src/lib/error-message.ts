import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../api/contract/errors';
import { ApiError } from '../api/client/api-error';
import { formatDateTime } from './format-date';
import { currentLanguage } from './i18n/i18n';

/** Turns any failure into a sentence in the patron's language that says what to do next. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('errors.INTERNAL_ERROR');
    const language = currentLanguage();
    if (error.code === 'ACCOUNT_LOCKED') {
      const until = error.details.lockedUntil;
      return until ? t('errors.ACCOUNT_LOCKED', { until: formatDateTime(until, language) }) : t('errors.ACCOUNT_LOCKED_SOON');
    }
    if (error.code === 'TEMPORARY_PASSWORD_NOT_YET_VALID' && error.details.validFrom) {
      return t('errors.TEMPORARY_PASSWORD_NOT_YET_VALID', { from: formatDateTime(error.details.validFrom, language) });
    }
    // 「入力した内容は残っています」 only where the patron entered something: never under a list that failed to load.
    if (error.code === 'SERVICE_UNAVAILABLE' && !error.read) return t('errors.SERVICE_UNAVAILABLE_INPUT');
    return t(`errors.${error.code}`);
  };
}

/** The message for one refused field, by its code, in the patron's language. */
export function useFieldMessage() {
  const { t } = useTranslation();
  return (issue: Pick<FieldIssue, 'code' | 'message' | 'params'>): string =>
    t(`fieldErrors.${issue.code}`, { ...issue.params, defaultValue: issue.message });
}
