import type { FieldIssue } from '../../api/contract/errors';
import { isApiError } from '../../api/client/api-error';

/**
 * The refused fields of a VALIDATION_FAILED answer, by the name the form uses. Rule checks name
 * the field itself (isbn); schema checks prefix the part of the request (query.ndc).
 */
export function fieldIssuesOf(error: unknown): (FieldIssue & { field: string })[] {
  if (!isApiError(error, 'VALIDATION_FAILED')) return [];
  return (error.details.fields ?? []).map((issue) => ({ ...issue, field: issue.path.replace(/^query\./, '') }));
}
